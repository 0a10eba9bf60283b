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
        // H2 through its driver, not its XA data source: the pool then keeps one connection object per session, so H2
        // reads its settings once per connection instead of once per transaction (a query whose cost grows with the
        // database file), and no XA calls are made for the one database (BENCHMARKS.md, deadline rush)
        className = "${MPCONFIG=opendividend.db.datasource-class:org.h2.Driver}",
        url = "${MPCONFIG=opendividend.db.url:jdbc:h2:file:./data/h2/opendividend"
                + DatabaseConfiguration.H2_SETTINGS + "}",
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

    /**
     * Appended to every H2 URL the launchers build: each session keeps 64 parsed statements instead of H2's 8, so the
     * forty-odd statements of an upload and a submission are parsed once per connection, not once per use (parsing
     * was the largest single cost of the database in a deadline rush's profile).
     */
    public static final String H2_SETTINGS = ";QUERY_CACHE_SIZE=64";
}
