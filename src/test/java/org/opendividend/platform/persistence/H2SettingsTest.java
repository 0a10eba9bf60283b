package org.opendividend.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The H2 defaults are written in three places that Java cannot share a constant with: the data source's annotation
 * (Payara reads it before any code runs), the README's configuration table and the integration tests' server options.
 * They say the same: H2 through its driver, with {@link DatabaseConfiguration#H2_SETTINGS}.
 */
class H2SettingsTest {

    private final DataSourceDefinition dataSource =
            DatabaseConfiguration.class.getAnnotation(DataSourceDefinition.class);

    @Test
    void theDefaultDataSourceIsH2sDriverWithTheSettings() {
        assertTrue(dataSource.className().endsWith(":org.h2.Driver}"), dataSource.className());
        assertTrue(dataSource.url().endsWith(DatabaseConfiguration.H2_SETTINGS + "}"), dataSource.url());
    }

    @Test
    void theReadmeGivesTheSameDefaults() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("| `opendividend.db.datasource-class` | `OPENDIVIDEND_DB_DATASOURCE_CLASS` | `"
                + defaultOf(dataSource.className()) + "` |"), "README's row for the data source class");
        assertTrue(readme.contains("| `opendividend.db.url` | `OPENDIVIDEND_DB_URL` | `" + defaultOf(dataSource.url())
                + "` |"), "README's row for the database URL");
    }

    @Test
    void theIntegrationTestsServerUsesTheSettings() throws IOException {
        String arquillian = Files.readString(Path.of("src/test/resources/arquillian.xml"));
        int url = arquillian.indexOf("-Dopendividend.db.url=jdbc:h2:");
        assertTrue(url >= 0, "the ITs' server is given an H2 URL");
        String option = arquillian.substring(url, arquillian.indexOf(' ', url));
        assertTrue(option.endsWith(DatabaseConfiguration.H2_SETTINGS), option);
    }

    /** The default of a {@code ${MPCONFIG=key:default}} expression. */
    private static String defaultOf(String expression) {
        return expression.substring(expression.indexOf(':') + 1, expression.length() - 1);
    }
}
