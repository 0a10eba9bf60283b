package org.opendividend.benchmark;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry benchmark's documented mix and its percentiles (nearest rank). */
class RegistryLoadTest {

    @Test
    void theMixIsSeventyTenTenTen() {
        Map<RegistryLoad.Kind, Integer> counts = new EnumMap<>(RegistryLoad.Kind.class);
        Random random = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            RegistryLoad.Request request = RegistryLoad.request(random, 10_000);
            counts.merge(request.kind(), 1, Integer::sum);
            assertTrue(request.path().startsWith("/api/v1/registry/projects"), request.path());
        }
        assertEquals(70_000, counts.get(RegistryLoad.Kind.FIRST_PAGE), 1_000);
        assertEquals(10_000, counts.get(RegistryLoad.Kind.LATER_PAGE), 1_000);
        assertEquals(10_000, counts.get(RegistryLoad.Kind.FILTERED), 1_000);
        assertEquals(10_000, counts.get(RegistryLoad.Kind.ONE_PROJECT), 1_000);
    }

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] micros = new long[100];
        for (int i = 0; i < 100; i++) {
            micros[i] = (i + 1) * 1000L;
        }
        assertEquals(50.0, RegistryLoad.percentile(micros, 50));
        assertEquals(99.0, RegistryLoad.percentile(micros, 99));
        assertEquals(1.0, RegistryLoad.percentile(new long[] {1000}, 99));
        assertTrue(Double.isNaN(RegistryLoad.percentile(new long[0], 50)));
    }
}
