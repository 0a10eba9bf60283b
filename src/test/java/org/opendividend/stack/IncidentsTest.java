package org.opendividend.stack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The incident lines are found in Payara's log as both loggers write them, and only unexpected ones fail a test. */
class IncidentsTest {

    private static final String LOG = """
            [2026-11-29T23:55:54.084+0000] [] [SEVERE] [] [org.opendividend.platform.web.ErrorView] [tid: _ThreadID=32] [[
              incident ac1126cf at /api/v1/applications
            jakarta.ws.rs.ProcessingException: Resource Java method invocation error.
            \tat org.glassfish.jersey.server.model.internal.AbstractJavaResourceMethodDispatcher$1.run(AbstractJavaResourceMethodDispatcher.java:175)
            [2026-11-29T23:55:54.183+0000] [] [SEVERE] [] [org.opendividend.platform.web.UnexpectedErrorMapper] [[
              incident 46a61840-219d-4d23-9c93-31611d3e5f16
            [2026-11-29T23:55:55.000+0000] [] [INFO] [] [fish.payara] [[ the incidents page was rendered ]]
            """;

    @Test
    void bothFormsAreFoundAndNothingElse() {
        assertEquals(List.of("incident ac1126cf at /api/v1/applications", "incident 46a61840-219d-4d23-9c93-31611d3e5f16"),
                Incidents.incidents(LOG));
        assertEquals(List.of(), Incidents.incidents("[INFO] no incidents here; incidental words are not incidents"));
    }

    @Test
    void onlyIncidentsBeyondTheExpectedOnesFailATest() {
        List<String> two = Incidents.incidents(LOG);
        Incidents.expect(2);
        assertNull(Incidents.unexpected(two), "both were expected");
        String failure = Incidents.unexpected(two);
        assertTrue(failure != null && failure.contains("logged 2 incident(s) where the test expected 0"), failure);
        assertTrue(failure.contains("46a61840-219d-4d23-9c93-31611d3e5f16"), "names them: " + failure);
        assertNull(Incidents.unexpected(List.of()), "a test that logged none passes");
    }
}
