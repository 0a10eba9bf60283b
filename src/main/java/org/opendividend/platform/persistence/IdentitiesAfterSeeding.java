package org.opendividend.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * After the demo data is loaded: every identity column starts again above the largest id in its table. The demo
 * data inserts rows with fixed ids (organisations 2001–2006, applications and their versions 3001–3006, …), which
 * neither H2 nor PostgreSQL counts against a column's identity: its counter went on from 1 and, a few thousand rows
 * later, handed out a seeded id again: the deadline-rush benchmark's warm-up, past 3,000 submissions, met the 19
 * seeded ids of submitted versions (3001–3301) as 19 submissions answered with an error. Both databases take
 * {@code ALTER TABLE … ALTER COLUMN … RESTART WITH n}. Demo mode only, at every start: the ids of rows deleted from
 * the top of a table since the last start may be handed out again, which no reference survives (a deleted row's
 * references went with it).
 */
final class IdentitiesAfterSeeding {

    private static final Logger LOG = Logger.getLogger(IdentitiesAfterSeeding.class.getName());

    private IdentitiesAfterSeeding() {
    }

    /** A table's identity column. */
    record Identity(String table, String column) {
    }

    /** Restarts each identity column of the current schema at its table's largest id plus one; empty tables stay. */
    static void restartAboveLargestIds(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int restarted = 0;
            for (Identity identity : identities(statement)) {
                Long largest = largest(statement, identity);
                if (largest != null) {
                    // names from the database's own catalogue, never from input
                    statement.execute("alter table " + identity.table() + " alter column " + identity.column()
                            + " restart with " + (largest + 1));
                    restarted++;
                }
            }
            int count = restarted;
            LOG.info(() -> "demo data: " + count + " identity column(s) restarted above the seeded ids");
        } catch (SQLException e) {
            throw new IllegalStateException("restarting the identity columns after the demo data failed", e);
        }
    }

    static List<Identity> identities(Statement statement) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select table_name, column_name from information_schema.columns"
                + " where is_identity = 'YES' and table_schema = current_schema order by table_name")) {
            while (rows.next()) {
                identities.add(new Identity(rows.getString(1), rows.getString(2)));
            }
        }
        return identities;
    }

    private static Long largest(Statement statement, Identity identity) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select max(" + identity.column() + ") from " + identity.table())) {
            rows.next();
            long value = rows.getLong(1);
            return rows.wasNull() ? null : value;
        }
    }
}
