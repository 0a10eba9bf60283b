package org.opendividend.platform.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseOutageTest {

    @Test
    void aConnectionFailureOrAServerShuttingDownDeepInTheChainIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new PersistenceException("commit failed",
                new SQLException("I/O error", "08006"))));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("terminating connection due to "
                + "administrator command", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLNonTransientConnectionException("refused"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException(new PoolingException("Connection could not be allocated"))));
    }

    @Test
    void ourOwnFaultsAndRefusedDataAreNot() {
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
    }

    /** Stands for Payara's pool exception, recognised by its name. */
    static final class PoolingException extends Exception {
        PoolingException(String message) {
            super(message);
        }
    }
}
