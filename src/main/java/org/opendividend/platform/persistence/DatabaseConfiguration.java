package org.opendividend.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its URL, driver class and credentials come from MicroProfile Config
 * (environment variables override {@code microprofile-config.properties}), so that only demo values live in the
 * repository, and no password at all. H2 by default; PostgreSQL in production. The defaults are repeated here because Payara creates the
 * data source before it reads the application's {@code microprofile-config.properties}; environment variables and
 * system properties are read in time. Durability of commits: see {@link CommitDurability}.
 */
@DataSourceDefinition(
        name = DatabaseConfiguration.JNDI_NAME,
        className = "${MPCONFIG=opendividend.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=opendividend.db.url:jdbc:h2:file:./data/h2/opendividend}",
        user = "${MPCONFIG=opendividend.db.user:opendividend}",
        // no fallback: production refuses to start without it (StartupSettings), demo gets it from its launcher
        password = "${MPCONFIG=opendividend.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a connection is checked before it is handed out, and all are dropped when one is found broken: after the
        // database server restarted, requests get fresh connections instead of failing on dead ones
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DatabaseConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/opendividend";
}
