package org.opendividend.devstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthAnswerTest {

    private static final List<String> CHECKS = List.of("database", "migrations");

    @Test
    void readyWhenEveryNamedCheckIsUp() {
        assertTrue(HealthAnswer.reportsUp("""
                {"status":"UP","checks":[{"name":"database","status":"UP","data":{"product":"H2"}},
                {"name":"migrations","status":"UP"},{"name":"other","status":"UP"}]}""", CHECKS));
    }

    @Test
    void notReadyWhileTheApplicationsChecksAreMissing() {
        // Payara answers UP with no checks while the WAR that brings them is still being deployed
        assertFalse(HealthAnswer.reportsUp("{\"status\":\"UP\",\"checks\":[]}", CHECKS));
        assertFalse(HealthAnswer.reportsUp("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", CHECKS));
    }

    @Test
    void notReadyWhenANamedCheckIsDown() {
        assertFalse(HealthAnswer.reportsUp("""
                {"status":"DOWN","checks":[{"name":"database","status":"UP"},{"name":"migrations","status":"DOWN"}]}""", CHECKS));
        // a name mentioned elsewhere (in a check's data) does not count
        assertFalse(HealthAnswer.reportsUp("""
                {"status":"UP","checks":[{"name":"database","status":"UP","data":{"note":"migrations"}}]}""", CHECKS));
    }

    @Test
    void notReadyOnAnythingUnreadable() {
        assertFalse(HealthAnswer.reportsUp("", CHECKS));
        assertFalse(HealthAnswer.reportsUp("<html>503</html>", CHECKS));
        assertFalse(HealthAnswer.reportsUp("{\"status\":\"UP\"}", CHECKS));
        assertFalse(HealthAnswer.reportsUp("[]", CHECKS));
    }
}
