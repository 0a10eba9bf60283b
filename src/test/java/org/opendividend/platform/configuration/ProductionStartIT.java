package org.opendividend.platform.configuration;

import org.junit.jupiter.api.Test;
import org.opendividend.devstack.DevStack;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real server started as a production deployment that forgot its secrets: the deployment fails, the log names
 * each missing setting, and nothing touches the database (no migration, no demo data). The server alone, no Keycloak:
 * it must fail before it would need it. Its own port (default 8880, {@code -Dopendividend.production.app-port}).
 */
class ProductionStartIT {

    private static final int APP_PORT = Integer.getInteger("opendividend.production.app-port", 8880);

    @Test
    void aProductionStartWithoutSecretsFailsNamingThem() throws Exception {
        DevStack stack = DevStack.forTest("production-data", APP_PORT, APP_PORT + 100)
                // what a production server without its settings gets: no mode, no secret, no password
                .withApplicationEnvironment(Map.of("OPENDIVIDEND_MODE", "", "OPENDIVIDEND_OIDC_CLIENT_SECRET", "",
                        "OPENDIVIDEND_DB_PASSWORD", ""));
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class, stack::startApplicationAlone);
            assertTrue(refused.getMessage().contains("failed to deploy"), refused.getMessage());
            String log = stack.applicationLogSinceStart();
            assertTrue(log.contains("Open Dividend cannot start in production mode"), log);
            assertTrue(log.contains("opendividend.oidc.client-secret (environment variable OPENDIVIDEND_OIDC_CLIENT_SECRET) is not set"), log);
            assertTrue(log.contains("opendividend.db.password (environment variable OPENDIVIDEND_DB_PASSWORD) is not set"), log);
            assertTrue(log.contains("which holds no readable audit-checkpoint.key"), log);
            assertFalse(log.contains("migration(s) applied"), "the database is not touched");
        } finally {
            stack.close();
        }
    }
}
