package org.opendividend.review.control.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pairs the solver may choose: for each application, its eligible reviewers (not conflicted, with room for a
 * review) and their affinities, and the target languages the language rule applies to (those the pool reads).
 * <p>
 * On large calls the list is pruned: each application keeps its {@code perApplication} reviewers of highest
 * affinity, plus its best {@code reviews + 2} readers of each target language (so the language rule keeps its
 * readers), and each reviewer keeps their best {@code 2 × maxLoad} applications (so a reviewer whose best
 * applications go to others still has good ones, and minimum loads stay reachable).
 * Whether pruning changed the optimum is not assumed: {@link ReviewerAssignment} proves it did not, or solves again.
 */
final class Candidates {

    final AssignmentInstance instance;
    final int[][] reviewers;
    final double[][] affinities;
    final List<List<String>> enforcedLanguages;
    final boolean pruned;

    private Candidates(AssignmentInstance instance, int[][] reviewers, double[][] affinities,
                       List<List<String>> enforcedLanguages, boolean pruned) {
        this.instance = instance;
        this.reviewers = reviewers;
        this.affinities = affinities;
        this.enforcedLanguages = enforcedLanguages;
        this.pruned = pruned;
    }

    /** Every eligible pair. */
    static Candidates all(AssignmentInstance instance, Affinities affinities, boolean[][] conflicted) {
        return build(instance, affinities, conflicted, Integer.MAX_VALUE);
    }

    /** The pruned list described above. */
    static Candidates pruned(AssignmentInstance instance, Affinities affinities, boolean[][] conflicted,
                             int perApplication) {
        return build(instance, affinities, conflicted, perApplication);
    }

    long pairs() {
        return Arrays.stream(reviewers).mapToLong(r -> r.length).sum();
    }

    /** The same list with more pairs, each given as {application, reviewer}. */
    Candidates with(List<int[]> added, Affinities affinity) {
        List<TreeSet<Integer>> sets = new ArrayList<>();
        for (int[] r : reviewers) {
            TreeSet<Integer> set = new TreeSet<>();
            Arrays.stream(r).forEach(set::add);
            sets.add(set);
        }
        added.forEach(pair -> sets.get(pair[0]).add(pair[1]));
        int[][] merged = new int[reviewers.length][];
        double[][] mergedAffinities = new double[reviewers.length][];
        for (int a = 0; a < reviewers.length; a++) {
            merged[a] = sets.get(a).stream().mapToInt(Integer::intValue).toArray();
            int application = a;
            mergedAffinities[a] = Arrays.stream(merged[a]).mapToDouble(r -> affinity.between(application, r)).toArray();
        }
        return new Candidates(instance, merged, mergedAffinities, enforcedLanguages, pruned);
    }

    private static Candidates build(AssignmentInstance instance, Affinities affinities, boolean[][] conflicted,
                                    int perApplication) {
        int applicationCount = instance.applications().size();
        int reviewerCount = instance.reviewers().size();
        Set<String> readInPool = instance.languagesReadInPool();
        boolean pruning = perApplication < reviewerCount;
        BestIndexes[] bestOfReviewer = new BestIndexes[reviewerCount];
        for (int r = 0; r < reviewerCount; r++) {
            bestOfReviewer[r] = new BestIndexes(pruning ? 2 * instance.reviewers().get(r).maxLoad() : 0);
        }
        List<TreeSet<Integer>> kept = new ArrayList<>();
        List<List<String>> enforced = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            AssignmentInstance.Application application = instance.applications().get(a);
            List<String> languages = application.reviewsNeeded() == 0 ? List.of()
                    : new TreeSet<>(application.targetLanguages()).stream().filter(readInPool::contains).toList();
            enforced.add(languages);
            double[] row = affinities.row(a);
            TreeSet<Integer> chosen = new TreeSet<>();
            kept.add(chosen);
            if (application.reviewsNeeded() == 0) {
                continue;
            }
            BestIndexes best = new BestIndexes(Math.min(perApplication, reviewerCount));
            List<BestIndexes> bestReaders = new ArrayList<>();
            for (int i = 0; i < languages.size(); i++) {
                bestReaders.add(new BestIndexes(pruning ? application.reviewsNeeded() + 2 : 0));
            }
            for (int r = 0; r < reviewerCount; r++) {
                AssignmentInstance.Reviewer reviewer = instance.reviewers().get(r);
                if (conflicted[a][r] || reviewer.maxLoad() == 0) {
                    continue;
                }
                best.offer(r, row[r]);
                bestOfReviewer[r].offer(a, row[r]);
                for (int i = 0; i < languages.size(); i++) {
                    if (reviewer.reads(languages.get(i))) {
                        bestReaders.get(i).offer(r, row[r]);
                    }
                }
            }
            Arrays.stream(best.indexes()).forEach(chosen::add);
            bestReaders.forEach(b -> Arrays.stream(b.indexes()).forEach(chosen::add));
        }
        for (int r = 0; r < reviewerCount; r++) {
            for (int a : bestOfReviewer[r].indexes()) {
                kept.get(a).add(r);
            }
        }
        int[][] reviewers = new int[applicationCount][];
        double[][] pairAffinities = new double[applicationCount][];
        for (int a = 0; a < applicationCount; a++) {
            reviewers[a] = kept.get(a).stream().mapToInt(Integer::intValue).toArray();
            int application = a;
            pairAffinities[a] = Arrays.stream(reviewers[a]).mapToDouble(r -> affinities.between(application, r)).toArray();
        }
        return new Candidates(instance, reviewers, pairAffinities, enforced, pruning);
    }
}
