package org.opendividend.platform.web;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.platform.i18n.Languages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one shape of the API's problems, also for a bad query parameter that a resource refuses itself. */
class ErrorResponsesTest {

    @Test
    void aBadParameterIsNamedInTheProblemAndItsMessageInTheReadersLanguage() {
        JsonObject body = ErrorResponses.badParameterBody("deadlineAfter", "api.calls.badParameter", Languages.EN);

        assertEquals(400, body.getInt("status"));
        assertEquals("bad_request", body.getString("code"));
        assertEquals("deadlineAfter", body.getString("parameter"));
        assertTrue(body.getString("message").startsWith("The query parameter \"deadlineAfter\""), body.getString("message"));
        JsonObject chinese = ErrorResponses.badParameterBody("deadlineAfter", "api.calls.badParameter", Languages.ZH_TW);
        assertTrue(chinese.getString("message").startsWith("查詢參數「deadlineAfter」"), chinese.getString("message"));
    }
}
