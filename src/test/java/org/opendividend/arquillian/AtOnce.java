package org.opendividend.arquillian;

import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Requests at the same moment, for the Arquillian tests of what must happen once (an offer, an approval, a payment):
 * every work waits on one latch in the server's managed executor and all start together; each outcome is what the work
 * returned or why it failed. Test support: the tests that use it assert on the outcomes.
 */
public final class AtOnce {

    /** What one of several requests at once returned, or why it failed. */
    public record Outcome<T>(T value, Throwable failure) {
    }

    private AtOnce() {
    }

    /** Runs the works together and waits for each, at most {@code minutes} (a work that takes longer fails). */
    public static <T> List<Outcome<T>> run(ManagedExecutorService executor, List<Callable<T>> works, int minutes)
            throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> running = works.stream().map(work -> executor.submit(() -> {
            go.await();
            return work.call();
        })).toList();
        go.countDown();
        List<Outcome<T>> outcomes = new ArrayList<>();
        for (Future<T> future : running) {
            try {
                outcomes.add(new Outcome<>(future.get(minutes, TimeUnit.MINUTES), null));
            } catch (ExecutionException | TimeoutException e) {
                outcomes.add(new Outcome<>(null, e.getCause() == null ? e : e.getCause()));
            }
        }
        return outcomes;
    }

    /** The stack traces of the first three failures, for an assertion's message. */
    public static String traces(List<? extends Outcome<?>> outcomes) {
        StringWriter out = new StringWriter();
        outcomes.stream().filter(o -> o.failure() != null).limit(3)
                .forEach(o -> o.failure().printStackTrace(new PrintWriter(out)));
        return out.toString();
    }
}
