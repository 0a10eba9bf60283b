package org.opendividend.platform.persistence;

import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The PostgreSQL the unit tests may use: the one {@code OPENDIVIDEND_TEST_PG_URL} names (CI installs one and sets it,
 * with {@code OPENDIVIDEND_TEST_PG_USER} and {@code OPENDIVIDEND_TEST_PG_PASSWORD}); without it the test is skipped.
 */
final class TestPostgres {

    private TestPostgres() {
    }

    static PGSimpleDataSource orSkip() {
        String url = System.getenv("OPENDIVIDEND_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL named by OPENDIVIDEND_TEST_PG_URL");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_USER", "opendividend"));
        pg.setPassword(System.getenv().getOrDefault("OPENDIVIDEND_TEST_PG_PASSWORD", ""));
        return pg;
    }
}
