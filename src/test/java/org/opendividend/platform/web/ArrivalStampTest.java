package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The arrival of a request, recorded by the first filter, stays what it was however long the request then waits. */
class ArrivalStampTest {

    private static final Instant ARRIVED = Instant.parse("2027-03-31T08:59:59.999Z");

    /** A clock the test moves on, as time passes while a request waits. */
    private static final class MovingClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(ARRIVED);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void theArrivalIsTheInstantTheFirstFilterSawNotTheInstantOfTheQuestion() throws Exception {
        MovingClock clock = new MovingClock();
        RequestArrival arrival = new RequestArrival();
        arrival.clock = clock;
        ArrivalStamp stamp = new ArrivalStamp();
        stamp.clock = clock;
        stamp.arrival = arrival;
        AtomicReference<Instant> judged = new AtomicReference<>();

        stamp.doFilter(null, null, (request, response) -> {
            clock.now.set(ARRIVED.plus(Duration.ofSeconds(40))); // queued for admission, then waited for a lock
            judged.set(arrival.instant());
        });

        assertEquals(ARRIVED, judged.get());
        arrival.arrivedAt(clock.instant());
        assertEquals(ARRIVED, arrival.instant(), "a request arrives once");
    }

    /** A head sent before the deadline and a body long after it: the arrival counts only for an honest wait. */
    @Test
    void anArrivalLongerAgoThanAnHonestWaitCountsForNothing() {
        MovingClock clock = new MovingClock();
        RequestArrival arrival = new RequestArrival();
        arrival.clock = clock;
        arrival.arrivedAt(ARRIVED);
        clock.now.set(ARRIVED.plus(RequestArrival.LONGEST_HONEST_WAIT));
        assertEquals(ARRIVED, arrival.instant(), "at the longest honest wait, still the arrival");
        Instant later = ARRIVED.plus(RequestArrival.LONGEST_HONEST_WAIT).plusMillis(1);
        clock.now.set(later);
        assertEquals(later, arrival.instant(), "beyond it, the clock");
    }

    @Test
    void withoutARecordedArrivalTheClockAnswersInTheDatabasesPrecision() {
        MovingClock clock = new MovingClock();
        clock.now.set(Instant.parse("2027-03-31T08:59:59.123456789Z"));
        RequestArrival arrival = new RequestArrival();
        arrival.clock = clock;
        assertEquals(Instant.parse("2027-03-31T08:59:59.123456Z"), arrival.instant());
        clock.now.set(ARRIVED);
        assertEquals(ARRIVED, arrival.instant(), "not recorded: each question asks the clock");
    }
}
