package org.opendividend.review.control.assignment;

import com.google.ortools.Loader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns reviewers to a call's eligible applications so that the total affinity is maximal under the hard rules:
 * exactly the reviews each application needs, every reviewer's load within their range, no conflicted pair, and at
 * least one reader of each target language that someone in the pool reads.
 * <p>
 * How: {@link AssignmentDiagnosis} first (an officer learns every reason at once, not only the solver's "no");
 * then the min-cost flow of {@link FlowModel}, exact when each application has at most one target language to enforce.
 * With several, the flow enforces one per application and is a relaxation: when its optimum reads every other target
 * language too it is optimal; otherwise {@link CpSatModel} solves the exact 0/1 program, started from it.
 * On large calls (more than {@link Options#pruneAbovePairs} pairs) the solvers see a pruned {@link Candidates} list;
 * the flow's dual certificate then proves that the left-out pairs cannot improve it, or adds the pairs that could and
 * solves again, so pruning never changes the optimum of the flow.
 */
public final class ReviewerAssignment {

    /**
     * @param candidatesPerApplication how many reviewers of highest affinity each application keeps when pruning
     * @param pruneAbovePairs          prune when applications × reviewers exceed this
     * @param cpSatSeconds             CP-SAT's time limit; when it runs out, the best assignment found is given, not
     *                                 proven optimal, with the relaxation's bound beside it
     * @param workers                  CP-SAT's threads
     */
    public record Options(int candidatesPerApplication, long pruneAbovePairs, double cpSatSeconds, int workers) {
        public static final Options DEFAULT = new Options(40, 2_000_000, 120, 2);
    }

    private static final int MAX_CERTIFICATE_ROUNDS = 10;

    private ReviewerAssignment() {
    }

    public static AssignmentResult solve(AssignmentInstance instance) {
        return solve(instance, Options.DEFAULT);
    }

    public static AssignmentResult solve(AssignmentInstance instance, Options options) {
        NativeSolvers.load();
        boolean[][] conflicted = instance.conflictMatrix();
        List<AssignmentNotice> notices = new AssignmentDiagnosis(instance, conflicted).notices();
        if (notices.stream().anyMatch(AssignmentNotice::isError)) {
            return AssignmentResult.impossible(notices);
        }
        Affinities affinities = Affinities.of(instance);
        boolean prune = (long) instance.applications().size() * instance.reviewers().size() > options.pruneAbovePairs();
        Candidates candidates = prune
                ? Candidates.pruned(instance, affinities, conflicted, options.candidatesPerApplication())
                : Candidates.all(instance, affinities, conflicted);
        String[] modelled = modelledLanguages(candidates);
        int[][] relaxed = null;
        for (int round = 0; relaxed == null; round++) {
            FlowModel flow = FlowModel.of(candidates, modelled);
            Optional<int[][]> solved = flow.solve();
            if (solved.isEmpty() && !candidates.pruned) {
                return AssignmentResult.impossible(with(notices, AssignmentDiagnosis.combined()));
            }
            List<int[]> improving = solved.isEmpty() || !candidates.pruned ? List.of()
                    : flow.improvingPairs(affinities, conflicted);
            if (solved.isEmpty() || round == MAX_CERTIFICATE_ROUNDS) {
                candidates = Candidates.all(instance, affinities, conflicted);
            } else if (!improving.isEmpty()) {
                candidates = candidates.with(improving, affinities);
            } else {
                relaxed = solved.get();
            }
        }
        double bound = objective(candidates, relaxed);
        if (readsEveryTargetLanguage(candidates, relaxed)) {
            return result(candidates, relaxed, bound, true, AssignmentResult.Method.MIN_COST_FLOW, notices);
        }
        CpSatModel.Solution exact = CpSatModel.solve(candidates, relaxed, options.cpSatSeconds(), options.workers());
        if (exact.chosen() == null && exact.provenInfeasible() && candidates.pruned) {
            return solve(instance, new Options(options.candidatesPerApplication(), Long.MAX_VALUE,
                    options.cpSatSeconds(), options.workers()));
        }
        if (exact.chosen() == null) {
            return AssignmentResult.impossible(with(notices, exact.provenInfeasible()
                    ? AssignmentDiagnosis.combined()
                    : AssignmentNotice.error("assignment.problem.timeLimit", (long) options.cpSatSeconds())));
        }
        // CP-SAT's optimum on a pruned list is proven for the full list only when it reaches the relaxation's bound
        double objective = objective(candidates, exact.chosen());
        boolean proven = exact.provenOptimal()
                && (!candidates.pruned || objective >= bound - ScaledAffinity.tolerance(reviews(instance)));
        return result(candidates, exact.chosen(), proven ? objective : bound, proven, AssignmentResult.Method.CP_SAT,
                notices);
    }

    /** Per application, the enforced language the flow models: the one with fewest candidate readers. */
    private static String[] modelledLanguages(Candidates candidates) {
        String[] modelled = new String[candidates.reviewers.length];
        for (int a = 0; a < modelled.length; a++) {
            int application = a;
            modelled[a] = candidates.enforcedLanguages.get(a).stream()
                    .min(Comparator.comparingLong(l -> readers(candidates, candidates.reviewers[application], l)))
                    .orElse(null);
        }
        return modelled;
    }

    private static boolean readsEveryTargetLanguage(Candidates candidates, int[][] chosen) {
        for (int a = 0; a < chosen.length; a++) {
            for (String language : candidates.enforcedLanguages.get(a)) {
                if (readers(candidates, chosen[a], language) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long readers(Candidates candidates, int[] reviewers, String language) {
        long readers = 0;
        for (int r : reviewers) {
            if (candidates.instance.reviewers().get(r).reads(language)) {
                readers++;
            }
        }
        return readers;
    }

    private static double objective(Candidates candidates, int[][] chosen) {
        double total = 0;
        for (int a = 0; a < chosen.length; a++) {
            for (int r : chosen[a]) {
                total += affinity(candidates, a, r);
            }
        }
        return total;
    }

    private static double affinity(Candidates candidates, int application, int reviewer) {
        return candidates.affinities[application][Arrays.binarySearch(candidates.reviewers[application], reviewer)];
    }

    private static AssignmentResult result(Candidates candidates, int[][] chosen, double bound, boolean proven,
                                           AssignmentResult.Method method, List<AssignmentNotice> notices) {
        AssignmentInstance instance = candidates.instance;
        List<AssignmentResult.Review> reviews = new ArrayList<>();
        for (int a = 0; a < chosen.length; a++) {
            for (int r : chosen[a]) {
                reviews.add(new AssignmentResult.Review(instance.applications().get(a).id(),
                        instance.reviewers().get(r).id(), affinity(candidates, a, r)));
            }
        }
        double objective = objective(candidates, chosen);
        return new AssignmentResult(reviews, objective, Math.max(bound, objective), proven, method, candidates.pairs(),
                notices);
    }

    private static long reviews(AssignmentInstance instance) {
        return instance.applications().stream().mapToLong(AssignmentInstance.Application::reviewsNeeded).sum();
    }

    private static List<AssignmentNotice> with(List<AssignmentNotice> notices, AssignmentNotice added) {
        List<AssignmentNotice> all = new ArrayList<>(notices);
        all.add(0, added);
        return all;
    }

    /** OR-Tools' native library, extracted from its jar and loaded once per class loader. */
    private static final class NativeSolvers {
        private static boolean loaded;

        static synchronized void load() {
            if (!loaded) {
                Loader.loadNativeLibraries();
                loaded = true;
            }
        }
    }
}
