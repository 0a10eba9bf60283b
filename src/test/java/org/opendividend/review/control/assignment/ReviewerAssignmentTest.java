package org.opendividend.review.control.assignment;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The solver against brute force: on 200 small random instances (up to 4 applications, 5 reviewers, 2 reviews each,
 * with conflicts, load ranges and up to two target languages per application) it finds an assignment exactly when
 * one exists, with the optimal total affinity, and its assignment keeps every rule.
 */
class ReviewerAssignmentTest {

    private static final String[] LANGUAGES = {"cmn", "hak", "ami"};
    private static final String[] WORDS = {"語音辨識", "機器翻譯", "客語語料", "阿美族語", "speech", "translation",
            "corpus", "safety", "評測", "evaluation", "開源模型", "open", "model"};

    @Test
    void findsTheOptimumOfEverySmallInstanceOrNoneWhenNoneExists() {
        int solvedByFlow = 0;
        int solvedByCpSat = 0;
        int impossible = 0;
        for (long seed = 1; seed <= 200; seed++) {
            AssignmentInstance instance = random(new Random(seed));
            AssignmentResult result = ReviewerAssignment.solve(instance);
            double best = bruteForceOptimum(instance);
            if (Double.isNaN(best)) {
                assertFalse(result.assigned(), "seed " + seed + ": no assignment exists, yet one was given");
                assertFalse(result.errors().isEmpty(), "seed " + seed + ": an impossible instance needs a reason");
                impossible++;
                continue;
            }
            assertTrue(result.assigned(), "seed " + seed + ": an assignment exists, but " + result.notices());
            assertTrue(result.provenOptimal(), "seed " + seed);
            assertEquals(best, result.objective(), 1e-6, "seed " + seed + ": the optimum");
            assertEquals(result.objective(), result.upperBound(), 1e-6, "seed " + seed);
            AssignmentRules.assertKept(instance, result, seed);
            assertEquals(best, cpSatAlone(instance), 1e-6, "seed " + seed + ": CP-SAT's optimum");
            if (result.method() == AssignmentResult.Method.MIN_COST_FLOW) {
                solvedByFlow++;
            } else {
                solvedByCpSat++;
            }
        }
        // the seeds must exercise both solvers and impossible instances, or the comparison proves less than it says
        assertTrue(solvedByFlow > 20 && solvedByCpSat > 2 && impossible > 20,
                "flow " + solvedByFlow + ", CP-SAT " + solvedByCpSat + ", impossible " + impossible);
    }

    @Test
    void pruningWithItsCertificateKeepsTheOptimum() {
        for (long seed = 1; seed <= 40; seed++) {
            AssignmentInstance instance = random(new Random(seed));
            AssignmentResult full = ReviewerAssignment.solve(instance);
            // one candidate per application: the certificate must bring back every pair that can improve the flow
            AssignmentResult pruned = ReviewerAssignment.solve(instance, new ReviewerAssignment.Options(1, 0, 60, 2));
            assertEquals(full.assigned(), pruned.assigned(), "seed " + seed);
            if (full.assigned()) {
                assertEquals(full.objective(), pruned.objective(), 1e-6, "seed " + seed);
                AssignmentRules.assertKept(instance, pruned, seed);
            }
        }
    }

    /** CP-SAT's optimum on every eligible pair, without the flow before it. */
    private static double cpSatAlone(AssignmentInstance instance) {
        Candidates all = Candidates.all(instance, Affinities.of(instance), instance.conflictMatrix());
        CpSatModel.Solution solution = CpSatModel.solve(all, null, 60, 1);
        assertTrue(solution.provenOptimal());
        double total = 0;
        for (int a = 0; a < solution.chosen().length; a++) {
            for (int r : solution.chosen()[a]) {
                total += Affinities.of(instance).between(a, r);
            }
        }
        return total;
    }

    /** The best total affinity over every assignment that keeps the rules, NaN when there is none. */
    private static double bruteForceOptimum(AssignmentInstance instance) {
        Affinities affinities = Affinities.of(instance);
        boolean[][] conflicted = instance.conflictMatrix();
        return best(instance, affinities, conflicted, 0, new int[instance.reviewers().size()]);
    }

    private static double best(AssignmentInstance instance, Affinities affinities, boolean[][] conflicted, int a,
                               int[] loads) {
        if (a == instance.applications().size()) {
            for (int r = 0; r < loads.length; r++) {
                if (loads[r] < instance.reviewers().get(r).minLoad()) {
                    return Double.NaN;
                }
            }
            return 0;
        }
        double best = Double.NaN;
        int reviewers = instance.reviewers().size();
        for (int subset = 0; subset < 1 << reviewers; subset++) {
            if (Integer.bitCount(subset) != instance.applications().get(a).reviewsNeeded()
                    || !allowed(instance, conflicted, a, subset, loads)) {
                continue;
            }
            double value = 0;
            for (int r = 0; r < reviewers; r++) {
                if ((subset & 1 << r) != 0) {
                    loads[r]++;
                    value += affinities.between(a, r);
                }
            }
            double rest = best(instance, affinities, conflicted, a + 1, loads);
            for (int r = 0; r < reviewers; r++) {
                if ((subset & 1 << r) != 0) {
                    loads[r]--;
                }
            }
            if (!Double.isNaN(rest) && (Double.isNaN(best) || value + rest > best)) {
                best = value + rest;
            }
        }
        return best;
    }

    private static boolean allowed(AssignmentInstance instance, boolean[][] conflicted, int a, int subset, int[] loads) {
        Set<String> read = new HashSet<>();
        for (int r = 0; r < instance.reviewers().size(); r++) {
            if ((subset & 1 << r) != 0) {
                AssignmentInstance.Reviewer reviewer = instance.reviewers().get(r);
                if (conflicted[a][r] || loads[r] + 1 > reviewer.maxLoad()) {
                    return false;
                }
                read.addAll(reviewer.languagesRead());
            }
        }
        AssignmentInstance.Application application = instance.applications().get(a);
        Set<String> readInPool = instance.languagesReadInPool();
        return application.reviewsNeeded() == 0 || application.targetLanguages().stream()
                .filter(readInPool::contains).allMatch(read::contains);
    }

    private static AssignmentInstance random(Random random) {
        int applicationCount = 1 + random.nextInt(4);
        int reviewerCount = 1 + random.nextInt(5);
        int reviews = 1 + random.nextInt(2);
        List<AssignmentInstance.Application> applications = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            applications.add(new AssignmentInstance.Application("A" + a, words(random, 4), words(random, 4),
                    languages(random, random.nextInt(3)), reviews));
        }
        List<AssignmentInstance.Reviewer> reviewers = new ArrayList<>();
        for (int r = 0; r < reviewerCount; r++) {
            int min = random.nextInt(4) == 0 ? 1 : 0;
            reviewers.add(new AssignmentInstance.Reviewer("R" + r, words(random, 2), words(random, 2),
                    languages(random, 1 + random.nextInt(3)), min, min + 1 + random.nextInt(3)));
        }
        List<AssignmentInstance.Conflict> conflicts = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            for (int r = 0; r < reviewerCount; r++) {
                if (random.nextInt(8) == 0) {
                    conflicts.add(new AssignmentInstance.Conflict("A" + a, "R" + r, "same organisation"));
                }
            }
        }
        return new AssignmentInstance(applications, reviewers, conflicts);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return text.toString();
    }

    private static Set<String> languages(Random random, int count) {
        Set<String> languages = new HashSet<>();
        for (int i = 0; i < count; i++) {
            languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        }
        return languages;
    }
}
