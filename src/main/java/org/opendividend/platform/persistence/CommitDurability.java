package org.opendividend.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * How the database keeps a commit, set or checked once at deployment (after the migrations): a receipt may only be
 * given for data that a crash of the application server, and where possible of the machine, cannot take back.
 * <ul>
 * <li>H2 (embedded): by default H2 writes committed transactions to its file only after a delay (WRITE_DELAY,
 * 500 ms), so the last commits before a kill were lost. Durable mode sets {@code WRITE_DELAY 0}: every commit is
 * written to the file before the commit returns (it then survives a crash of the process); {@link DiskSync} adds
 * the fsync that makes an acknowledged commit survive a crash of the machine too.</li>
 * <li>PostgreSQL: a commit returns after its WAL record is flushed when {@code fsync} and {@code synchronous_commit}
 * are on (the server's defaults); this checks them and reports, since only the server's owner can change them.</li>
 * </ul>
 */
public final class CommitDurability {

    private static final Logger LOG = Logger.getLogger(CommitDurability.class.getName());
    /** H2's own default, for the benchmark's "without durable commits" figure. */
    static final int H2_DEFAULT_WRITE_DELAY_MS = 500;

    /** The database kind as far as durability is concerned. */
    public enum Kind { H2, POSTGRESQL, OTHER }

    /**
     * What was found or set.
     *
     * @param kind    the database
     * @param wanted  whether durable commits were asked for ({@code opendividend.db.durable-commits})
     * @param durable whether a committed transaction survives a crash of the application server once it returns
     * @param how     in words, for the log and the readiness check
     */
    public record State(Kind kind, boolean wanted, boolean durable, String how) {

        /** Fit to acknowledge: durable, or durability was deliberately turned off (measurements only). */
        public boolean acceptable() {
            return durable || !wanted;
        }
    }

    private CommitDurability() {
    }

    /** Sets (H2) or checks (PostgreSQL) how commits are kept; {@code durable = false} only for measurements. */
    public static State configure(DataSource dataSource, boolean durable) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            State state = switch (kind(connection)) {
                case H2 -> {
                    int delay = durable ? 0 : H2_DEFAULT_WRITE_DELAY_MS;
                    statement.execute("SET WRITE_DELAY " + delay);
                    yield new State(Kind.H2, durable, durable, "H2 WRITE_DELAY " + delay + " ms"
                            + (durable ? ", fsync before each acknowledgement" : ": the last commits before a crash may be lost"));
                }
                case POSTGRESQL -> {
                    String fsync = setting(statement, "fsync");
                    String synchronousCommit = setting(statement, "synchronous_commit");
                    // every value but off (on, local, remote_write, remote_apply) waits for the local WAL flush
                    boolean kept = "on".equals(fsync) && !"off".equals(synchronousCommit);
                    yield new State(Kind.POSTGRESQL, durable, kept, "PostgreSQL fsync=" + fsync + ", synchronous_commit=" + synchronousCommit);
                }
                case OTHER -> new State(Kind.OTHER, durable, true, connection.getMetaData().getDatabaseProductName()
                        + ": durability as the database server provides it");
            };
            LOG.info(() -> "commits: " + state.how() + (state.durable() ? "" : " (NOT DURABLE)"));
            return state;
        } catch (SQLException e) {
            throw new IllegalStateException("could not set or read how the database keeps commits", e);
        }
    }

    static Kind kind(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return Kind.H2;
        }
        return product.contains("postgres") ? Kind.POSTGRESQL : Kind.OTHER;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + name)) {
            return result.next() ? result.getString(1) : "unknown";
        }
    }

    /**
     * Whether commits are made durable: MicroProfile Config {@code opendividend.db.durable-commits} (environment
     * {@code OPENDIVIDEND_DB_DURABLE_COMMITS}), default true; false only to measure what durability costs.
     */
    public static boolean durableCommitsWanted() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("opendividend.db.durable-commits", Boolean.class).orElse(true);
        } catch (IllegalStateException noConfigOutsideTheServer) {
            String value = System.getenv("OPENDIVIDEND_DB_DURABLE_COMMITS");
            return value == null || Boolean.parseBoolean(value);
        }
    }
}
