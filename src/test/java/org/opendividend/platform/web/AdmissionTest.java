package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionTest {

    @Test
    void givesAsManyTurnsAsAllowedAndTurnsAwayTheNextAfterItsPatience() throws Exception {
        Admission admission = new Admission(2);
        Optional<Admission.Turn> first = admission.await(Duration.ZERO);
        Optional<Admission.Turn> second = admission.await(Duration.ZERO);
        assertTrue(first.isPresent());
        assertTrue(second.isPresent());
        assertEquals(2, admission.working());
        assertFalse(admission.await(Duration.ofMillis(20)).isPresent(), "a third write waits, then is turned away");
        first.get().close();
        first.get().close(); // giving a turn back twice frees only one
        assertEquals(1, admission.working());
        Optional<Admission.Turn> third = admission.await(Duration.ZERO);
        assertTrue(third.isPresent());
        assertFalse(admission.await(Duration.ZERO).isPresent());
    }

    @Test
    void aWaitingWriteGetsTheTurnGivenBack() throws Exception {
        Admission admission = new Admission(1);
        Admission.Turn busy = admission.await(Duration.ZERO).orElseThrow();
        ExecutorService waiter = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch waiting = new CountDownLatch(1);
            Future<Boolean> admitted = waiter.submit(() -> {
                waiting.countDown();
                return admission.await(Duration.ofSeconds(30)).isPresent();
            });
            waiting.await();
            while (admission.waiting() == 0) {
                Thread.onSpinWait();
            }
            busy.close();
            assertTrue(admitted.get());
        } finally {
            waiter.shutdownNow();
        }
    }

    @Test
    void neverMoreAtOnceThanAllowed() throws Exception {
        Admission admission = new Admission(3);
        ExecutorService crowd = Executors.newFixedThreadPool(12);
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                writes.add(crowd.submit(() -> {
                    try (Admission.Turn turn = admission.await(Duration.ofSeconds(30)).orElseThrow()) {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        inside.decrementAndGet();
                        return true;
                    }
                }));
            }
            for (Future<Boolean> write : writes) {
                assertTrue(write.get());
            }
            assertTrue(most.get() <= 3, "at most 3 at once, saw " + most.get());
            assertEquals(0, admission.working());
        } finally {
            crowd.shutdownNow();
        }
    }

    @Test
    void refusesANonsensicalLimit() {
        assertThrows(IllegalArgumentException.class, () -> new Admission(0));
    }
}
