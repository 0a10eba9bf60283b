package org.opendividend.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a fault of ours from the database being away (stopped, crashed, restarting, unreachable): then nothing was
 * stored and the client should simply try again, which a 503 with {@code Retry-After} says, rather than a 500 that
 * reports an incident to investigate.
 */
public final class DatabaseOutage {

    /** PostgreSQL: the server is shutting down, crashed or starting up (57P01–57P03). */
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03");
    /** Payara's pool, when it cannot open a connection (named, not imported: the class is the container's). */
    private static final String POOL_EXHAUSTED_OR_REFUSED = "PoolingException";

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getSimpleName().equals(POOL_EXHAUSTED_OR_REFUSED)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_AWAY.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
