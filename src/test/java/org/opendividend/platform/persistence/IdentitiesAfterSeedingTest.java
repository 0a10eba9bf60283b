package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo data's fixed ids are never handed out again: after seeding, the next id of every identity column lies
 * above the largest id in its table (before, the submitted versions' counter ran into the seeded 3001–3301 after
 * about 3,000 submissions, each collision a submission answered with an error).
 */
class IdentitiesAfterSeedingTest {

    private static final Clock DEMO_DAY = Clock.fixed(Instant.parse("2031-06-15T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyIdentityColumnContinuesAboveTheSeededIdsOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:identities-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        SchemaMigration.migrate(h2, true, DEMO_DAY);
        try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
            List<IdentitiesAfterSeeding.Identity> identities = IdentitiesAfterSeeding.identities(statement);
            int seeded = 0;
            for (IdentitiesAfterSeeding.Identity identity : identities) {
                long largest = single(statement, "select coalesce(max(" + identity.column() + "), 0) from " + identity.table());
                // H2's catalogue: the value the column's sequence hands out next
                long next = single(statement, "select identity_base from information_schema.columns where table_name = '"
                        + identity.table() + "' and column_name = '" + identity.column() + "' and table_schema = current_schema");
                assertTrue(next > largest, identity + ": next " + next + ", largest id " + largest);
                seeded += largest > 0 ? 1 : 0;
            }
            assertTrue(seeded >= 5, "tables with seeded ids: " + seeded + " of " + identities);
            aSubmissionTakesTheNextIdAboveTheSeededOnes(statement);
        }
    }

    @Test
    void aSubmissionAfterTheDemoDataTakesAnIdAboveItOnPostgreSql() throws SQLException {
        PGSimpleDataSource pg = TestPostgres.orSkip();
        try (Connection c = pg.getConnection(); Statement statement = c.createStatement()) {
            // a clean schema, as on a new deployment
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        SchemaMigration.migrate(pg, true, DEMO_DAY);
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            assertTrue(IdentitiesAfterSeeding.identities(statement).contains(
                    new IdentitiesAfterSeeding.Identity("application_version", "id")));
            aSubmissionTakesTheNextIdAboveTheSeededOnes(statement);
        }
    }

    /** A submitted version's insert as Hibernate sends it (no id) takes the next id above every seeded one. */
    private static void aSubmissionTakesTheNextIdAboveTheSeededOnes(Statement statement) throws SQLException {
        long largestVersion = single(statement, "select max(id) from application_version");
        assertTrue(largestVersion >= 3301, "the demo's submitted versions: up to " + largestVersion);
        statement.executeUpdate("insert into application_version (application_id, number, receipt_number, submitted_at,"
                + " submitted_by, snapshot, snapshot_sha256) values (3001, 99, 'OD-TEST-99', current_timestamp, 'test',"
                + " '{}', 'none')", Statement.RETURN_GENERATED_KEYS);
        try (ResultSet keys = statement.getGeneratedKeys()) {
            assertTrue(keys.next());
            assertEquals(largestVersion + 1, keys.getLong("id"));
        }
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
