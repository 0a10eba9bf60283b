package org.opendividend.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommitDurabilityTest {

    @TempDir
    Path dir;

    private JdbcDataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("durability").toAbsolutePath());
        h2.setUser("opendividend");
        h2.setPassword("test");
        return h2;
    }

    @Test
    void durableModeMakesH2WriteEveryCommitBeforeItReturnsAndKeepsTheSetting() throws Exception {
        JdbcDataSource h2 = h2();
        assertEquals(500, writeDelay(h2), "H2's own default: commits wait half a second in memory");

        CommitDurability.State state = CommitDurability.configure(h2, true);

        assertEquals(CommitDurability.Kind.H2, state.kind());
        assertTrue(state.durable() && state.acceptable());
        assertEquals(0, writeDelay(h2));
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
        assertEquals(0, writeDelay(h2), "the setting is stored in the database file");
        try (Connection c = h2.getConnection()) {
            c.createStatement().execute("CHECKPOINT SYNC"); // what DiskSync runs: allowed for the owner
        }
    }

    @Test
    void withoutDurabilityH2GoesBackToItsDelayAndSaysSo() throws Exception {
        JdbcDataSource h2 = h2();
        CommitDurability.State state = CommitDurability.configure(h2, false);
        assertFalse(state.durable());
        assertTrue(state.acceptable(), "turned off on purpose, for a measurement");
        assertTrue(state.how().contains("may be lost"), state.how());
        assertEquals(500, writeDelay(h2));
    }

    @Test
    void postgreSqlIsDurableWithItsDefaults() {
        PGSimpleDataSource pg = TestPostgres.orSkip();

        CommitDurability.State state = CommitDurability.configure(pg, true);

        assertEquals(CommitDurability.Kind.POSTGRESQL, state.kind());
        assertTrue(state.durable(), state.how());
        assertTrue(state.how().contains("synchronous_commit=on"), state.how());
    }

    private static int writeDelay(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery(
                     "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertTrue(r.next());
            return Integer.parseInt(r.getString(1));
        }
    }
}
