package org.opendividend.calls.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.calls.CallFixtures;
import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A call's applicant response window: when it may be opened, when it is open, how its word limit counts. */
class ResponseWindowTest {

    @Test
    void wordsAreCountedPerChineseCharacterAndPerWordOfOtherScripts() {
        assertEquals(0, ResponseWindow.words(null));
        assertEquals(0, ResponseWindow.words("  \n "));
        assertEquals(4, ResponseWindow.words("We will revise it."));
        assertEquals(7, ResponseWindow.words("我們會修正時程"));
        assertEquals(6, ResponseWindow.words("資料集 CC-BY-4.0, ok"), "three characters, CC-BY-4, 0 and ok");
        assertEquals(3, ResponseWindow.words("the speakers' consent"));
        assertEquals(2, ResponseWindow.words("Cʉlʉ Squliq"), "letters with diacritics stay one word");
    }

    @Test
    void theLimitIsBetweenOneAndTheMaximum() {
        Instant closes = CallFixtures.AFTER.plus(Duration.ofDays(7));
        assertThrows(IllegalArgumentException.class, () -> new ResponseWindow(closes, 0));
        assertThrows(IllegalArgumentException.class, () -> new ResponseWindow(closes, ResponseWindow.MAX_WORD_LIMIT + 1));
        ResponseWindow window = new ResponseWindow(closes, 300);
        assertTrue(window.isOpenAt(closes.minusSeconds(1)));
        assertFalse(window.isOpenAt(closes), "closed from its instant");
    }

    @Test
    void opensOnlyWhileTheCallTakesItsFundingDecisionAndAlwaysAhead() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus status : CallStatus.values()) {
            checks.add(() -> {
                FundingCall call = CallFixtures.callIn(status);
                Instant now = CallFixtures.momentIn(status);
                Instant closes = now.plus(Duration.ofDays(7));
                if (CallWorkflow.state(status).takesFundingDecision()) {
                    assertEquals(300, call.openResponseWindow(closes, 300, now).wordLimit(), status.name());
                    assertTrue(call.responseWindow().orElseThrow().isOpenAt(now));
                    assertThrows(IllegalArgumentException.class, () -> call.openResponseWindow(now, 300, now),
                            "never closing at once");
                } else {
                    assertThrows(ForbiddenTransitionException.class, () -> call.openResponseWindow(closes, 300, now),
                            status.name());
                    assertEquals(Optional.empty(), call.responseWindow());
                }
            });
        }
        assertAll(checks);
    }
}
