package org.opendividend.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Brings the database to the schema of {@code sql/migration} with Flyway and, in demo mode, loads the idempotent
 * demo data of {@code sql/demo}. The SQL migrations own the schema; Hibernate only validates it.
 */
public final class SchemaMigration {

    static final String MIGRATIONS = "classpath:db/migration";
    static final String DEMO_DATA = "classpath:db/demo";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource, boolean withDemoData) {
        MigrateResult result = flyway(dataSource, withDemoData).migrate();
        LOG.info(() -> "database at schema version " + result.targetSchemaVersion
                + ", " + result.migrationsExecuted + " migration(s) applied");
        return result;
    }

    /** Where the database stands against the migrations in this build. */
    public record State(String version, int pending, int failed) {

        /** Ready for requests: every migration of this build is applied and none failed. */
        public boolean current() {
            return pending == 0 && failed == 0 && version != null;
        }
    }

    /**
     * Reads the schema history (no change): a server whose database lags behind its build, or whose last migration
     * failed, must not take requests that the entities would misread.
     */
    public static State state(DataSource dataSource) {
        MigrationInfoService info = flyway(dataSource, false).info();
        MigrationInfo current = info.current();
        int failed = (int) java.util.Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).count();
        return new State(current == null || current.getVersion() == null ? null : current.getVersion().getVersion(),
                info.pending().length, failed);
    }

    private static Flyway flyway(DataSource dataSource, boolean withDemoData) {
        List<String> locations = new ArrayList<>(List.of(MIGRATIONS));
        if (withDemoData) {
            locations.add(DEMO_DATA);
        }
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data is repeatable (R__) and written as MERGE, so seeding twice changes nothing
                .ignoreMigrationPatterns("*:missing")
                .load();
    }
}
