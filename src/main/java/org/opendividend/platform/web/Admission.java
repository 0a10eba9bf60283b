package org.opendividend.platform.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many writes the server works on at once. A write beyond that waits its turn (first come, first served) for a
 * limited time and is then turned away, so that under overload a request gets a clear "busy, try again" instead of
 * waiting for a database connection until the pool gives up (an error after a minute) or a closed connection.
 */
public final class Admission {

    private final Semaphore turns;
    private final int concurrent;

    public Admission(int concurrent) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one write at a time, not " + concurrent);
        }
        this.concurrent = concurrent;
        this.turns = new Semaphore(concurrent, true);
    }

    /** A turn, given back when the write is done. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** A turn within {@code patience}, or none if the server stayed busy that long. */
    public Optional<Turn> await(Duration patience) throws InterruptedException {
        if (!turns.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return Optional.empty();
        }
        return Optional.of(new Turn() {
            private boolean open = true;

            @Override
            public synchronized void close() {
                if (open) {
                    open = false;
                    turns.release();
                }
            }
        });
    }

    /** Writes being worked on now. */
    public int working() {
        return concurrent - turns.availablePermits();
    }

    /** Writes waiting for their turn now (an estimate, for the logs). */
    public int waiting() {
        return turns.getQueueLength();
    }
}
