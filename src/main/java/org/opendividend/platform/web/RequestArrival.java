package org.opendividend.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.time.Clock;
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

    @Inject
    Clock clock;

    private Instant arrived;

    /** Records the arrival once; later calls keep the first instant, as the request arrived only once. */
    public void arrivedAt(Instant instant) {
        if (arrived == null) {
            arrived = instant;
        }
    }

    /** The arrival instant in the database's precision (microseconds), so that what is stored is what was judged. */
    public Instant instant() {
        return (arrived != null ? arrived : clock.instant()).truncatedTo(ChronoUnit.MICROS);
    }
}
