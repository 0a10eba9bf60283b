package org.opendividend.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When the current request arrived, as {@link ArrivalStamp} (the first of all filters) recorded it: the instant a
 * deadline is judged by. A request that arrived in time but waited for its turn ({@link AdmissionControl}) or for a
 * row lock held by a co-editor is not refused for the wait. Where no filter ran (a request context opened by the
 * container itself) the arrival is the clock's instant of the question.
 */
@RequestScoped
public class RequestArrival {

    /**
     * The longest a request that arrived in time may take to be worked on: the admission queue's patience for a page's
     * background request (4 × 30 s), then waiting for a database connection or a co-editor's row lock (a minute).
     */
    static final Duration LONGEST_HONEST_WAIT = Duration.ofMinutes(3);

    @Inject
    Clock clock;

    private Instant arrived;

    /** Records the arrival once; later calls keep the first instant, as the request arrived only once. */
    public void arrivedAt(Instant instant) {
        if (arrived == null) {
            arrived = instant;
        }
    }

    /**
     * The arrival instant in the database's precision (microseconds), so that what is stored is what was judged. The
     * arrival is recorded when the request's head is in, before its body: a client could send the head before a
     * deadline and the body (the application) long after it. So the arrival counts only for as long as a request
     * can honestly wait ({@link #LONGEST_HONEST_WAIT}); a request worked on later than that is judged by the clock.
     */
    public Instant instant() {
        Instant now = clock.instant();
        boolean honest = arrived != null && !arrived.plus(LONGEST_HONEST_WAIT).isBefore(now);
        return (honest ? arrived : now).truncatedTo(ChronoUnit.MICROS);
    }
}
