package org.opendividend.benchmark;

import org.opendividend.devstack.DevStack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The database the deadline rush runs on ({@code -Dbench.db}): {@code h2} (the default, a fresh file database under
 * the benchmark's data folder) or {@code postgres}, the production database, named as the tests name it
 * ({@code OPENDIVIDEND_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}; or {@code -Dbench.db-url}). A PostgreSQL
 * database is emptied before the run (its {@code public} schema dropped and made again), so that every run starts
 * from the migrations and the demo data, as the H2 one does from an empty folder.
 */
record BenchmarkDatabase(String name, String url, String user, String password) {

    static BenchmarkDatabase chosen(Path dataDir) {
        String kind = System.getProperty("bench.db", "h2").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "", "h2" -> new BenchmarkDatabase("H2 file database", DevStack.Settings.h2In(dataDir), null, null);
            case "postgres", "postgresql" -> {
                String url = firstSet(System.getProperty("bench.db-url"), System.getenv("OPENDIVIDEND_TEST_PG_URL"));
                if (url == null) {
                    throw new IllegalArgumentException("-Dbench.db=postgres needs OPENDIVIDEND_TEST_PG_URL (or -Dbench.db-url)");
                }
                yield new BenchmarkDatabase("PostgreSQL", url,
                        System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_USER", "opendividend"),
                        System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_PASSWORD", ""));
            }
            default -> throw new IllegalArgumentException("-Dbench.db is h2 or postgres, not " + kind);
        };
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** What the application server needs beside the URL (which the stack's settings carry). */
    Map<String, String> applicationEnvironment() {
        return postgres() ? Map.of("OPENDIVIDEND_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                "OPENDIVIDEND_DB_USER", user, "OPENDIVIDEND_DB_PASSWORD", password) : Map.of();
    }

    /** Empties a PostgreSQL database; an H2 one is new already (its folder was deleted). */
    void reset() throws SQLException {
        if (!postgres()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
    }

    /** For the report: which database, and for PostgreSQL where (without credentials). */
    String description() {
        return postgres() ? name + " (" + url.replaceAll("\\?.*", "") + ")" : name;
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
