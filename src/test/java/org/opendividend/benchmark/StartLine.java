package org.opendividend.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A crowd at a start line: each entrant gets ready on its own thread (untimed, e.g. reads what it needs), then all
 * are released at once; the clock runs from the release until the last entrant is done.
 */
final class StartLine {

    private StartLine() {
    }

    /** What an entrant does before the line; it returns what it will do after it. */
    interface Entrant<T> {
        Callable<T> getReady() throws Exception;
    }

    /** What each entrant returned, the wall time from the release to the last, and the CPU meanwhile (or null). */
    record Race<T>(List<T> outcomes, Duration wall, CpuUse cpu) {

        double perSecond(long count) {
            return count / (wall.toNanos() / 1e9);
        }
    }

    /** Something done the moment everyone is ready, before the release and the clock (e.g. start a recording). */
    interface AtTheLine {
        void run() throws Exception;
    }

    /** The race, with the CPU of the server process, the identity provider's and the machine's from release to end. */
    static <T> Race<T> race(List<Entrant<T>> entrants, CpuUse.Processes watched) throws Exception {
        return race(entrants, () -> { }, watched);
    }

    static <T> Race<T> race(List<Entrant<T>> entrants, AtTheLine atTheLine, CpuUse.Processes watched) throws Exception {
        CountDownLatch ready = new CountDownLatch(entrants.size());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService crowd = Executors.newFixedThreadPool(entrants.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Entrant<T> entrant : entrants) {
                futures.add(crowd.submit(() -> {
                    Callable<T> run;
                    try {
                        run = entrant.getReady();
                    } finally {
                        ready.countDown();
                    }
                    go.await();
                    return run.call();
                }));
            }
            ready.await();
            atTheLine.run();
            CpuUse.Start cpu = CpuUse.start(watched);
            long start = System.nanoTime();
            go.countDown();
            List<T> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                outcomes.add(future.get());
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            return new Race<>(outcomes, wall, cpu.sinceThen());
        } finally {
            crowd.shutdown();
        }
    }
}
