package org.opendividend.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The answers of one round, counted by kind of request and HTTP status; a request that got no answer at all (the
 * connection closed or reset, a timeout) is counted apart, since that is what an applicant must never see.
 */
final class Answers {

    static final int NO_ANSWER = 0;

    private final Map<String, Map<Integer, LongAdder>> counts = new ConcurrentHashMap<>();

    void count(String kind, int status) {
        count(kind, status, 1);
    }

    void count(String kind, int status, long times) {
        if (times > 0) {
            counts.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(status, s -> new LongAdder()).add(times);
        }
    }

    long noAnswers() {
        return counts.values().stream().mapToLong(byStatus -> {
            LongAdder none = byStatus.get(NO_ANSWER);
            return none == null ? 0 : none.sum();
        }).sum();
    }

    long of(String kind, int status) {
        LongAdder n = counts.getOrDefault(kind, Map.of()).get(status);
        return n == null ? 0 : n.sum();
    }

    /** E.g. "upload: 201 × 200; submit: 201 × 198, 503 × 2 (retried)"; "no answer" for status 0. */
    @Override
    public String toString() {
        return new TreeMap<>(counts).entrySet().stream().map(kind -> kind.getKey() + ": "
                + new TreeMap<>(kind.getValue()).entrySet().stream()
                        .map(s -> (s.getKey() == NO_ANSWER ? "no answer" : s.getKey() + (s.getKey() == 503 ? " (retried)" : ""))
                                + " × " + s.getValue().sum())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
