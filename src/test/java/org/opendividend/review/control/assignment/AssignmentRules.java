package org.opendividend.review.control.assignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every hard rule of an assignment checked on a result, independently of the solver: exactly the reviews each
 * application needs, no reviewer twice on one application, no conflicted pair, loads within their bounds, a reader of
 * each target language the pool reads. Used by the tests against brute force and by the benchmark on its large instance.
 */
public final class AssignmentRules {

    private AssignmentRules() {
    }

    /** Fails when the result breaks a rule of the instance; {@code seed} names the instance in the message. */
    public static void assertKept(AssignmentInstance instance, AssignmentResult result, long seed) {
        Map<String, Integer> reviewsOf = new HashMap<>();
        Map<String, Integer> loadOf = new HashMap<>();
        Map<String, Set<String>> readOf = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        Set<String> conflicts = new HashSet<>();
        instance.conflicts().forEach(c -> conflicts.add(c.applicationId() + "|" + c.reviewerId()));
        Map<String, AssignmentInstance.Reviewer> reviewers = new HashMap<>();
        instance.reviewers().forEach(r -> reviewers.put(r.id(), r));
        for (AssignmentResult.Review review : result.reviews()) {
            String pair = review.applicationId() + "|" + review.reviewerId();
            assertTrue(pairs.add(pair), "seed " + seed + ": a reviewer twice on one application");
            assertFalse(conflicts.contains(pair), "seed " + seed + ": a conflicted pair " + pair);
            reviewsOf.merge(review.applicationId(), 1, Integer::sum);
            loadOf.merge(review.reviewerId(), 1, Integer::sum);
            readOf.computeIfAbsent(review.applicationId(), k -> new HashSet<>())
                    .addAll(reviewers.get(review.reviewerId()).languagesRead());
        }
        Set<String> readInPool = instance.languagesReadInPool();
        for (AssignmentInstance.Application a : instance.applications()) {
            assertEquals(a.reviewsNeeded(), reviewsOf.getOrDefault(a.id(), 0), "seed " + seed + ": reviews of " + a.id());
            for (String language : a.targetLanguages()) {
                if (readInPool.contains(language) && a.reviewsNeeded() > 0) {
                    assertTrue(readOf.getOrDefault(a.id(), Set.of()).contains(language),
                            "seed " + seed + ": no reader of " + language + " on " + a.id());
                }
            }
        }
        for (AssignmentInstance.Reviewer r : instance.reviewers()) {
            int load = loadOf.getOrDefault(r.id(), 0);
            assertTrue(load >= r.minLoad() && load <= r.maxLoad(), "seed " + seed + ": load of " + r.id() + " " + load);
        }
    }
}
