package org.opendividend.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CeilingTest {

    private static StartLine.Race<Integer> burst(Duration wall, Integer... statuses) {
        return new StartLine.Race<>(List.of(statuses), wall, null);
    }

    @Test
    void theRushIsMeasuredAgainstTheFasterBurstCountingOnlyStoredBodies() {
        // before: 3 stored in 1 s; after: 4 answers in 1 s but only 2 stored (a 503 and no answer are not stored)
        StartLine.Race<Integer> before = burst(Duration.ofSeconds(1), 201, 201, 201);
        StartLine.Race<Integer> after = burst(Duration.ofSeconds(1), 201, 503, 201, Answers.NO_ANSWER);
        Ceiling ceiling = new Ceiling(before, after);

        assertEquals(3, Ceiling.stored(before));
        assertEquals(2, Ceiling.stored(after));
        assertEquals(3.0, Ceiling.bodiesPerSecond(before), 1e-9);
        assertSame(before, ceiling.faster());
        assertSame(after, new Ceiling(burst(Duration.ofSeconds(2), 201, 201, 201), after).faster());
        assertEquals(1, ceiling.unanswered());
    }
}
