package org.opendividend.review.control.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How well each reviewer fits each application: the TF-IDF cosine between the reviewer's expertise (both languages)
 * and the application's texts (both languages), split into {@link Terms}, plus {@link #LANGUAGE_BONUS} times the share
 * of the application's target languages the reviewer reads. The cosine lies in [0, 1], so an affinity lies in
 * [0, 1 + LANGUAGE_BONUS].
 * <p>
 * Term frequencies are damped (1 + ln tf: a word repeated in a long answer should not drown the others), inverse
 * document frequencies are smoothed, ln((1 + N) / (1 + df)) + 1, over all N texts of the instance (applications and
 * reviewers), so a term everyone uses counts little.
 * <p>
 * Deterministic on purpose: anyone who solves the stored instance again must get the same affinities, to the last
 * bit, and so the same assignment. Terms are numbered in the order they first occur in the instance and every sum runs
 * over term numbers in increasing order, never in a hash map's order, and {@link #row} sums in the same order as
 * {@link #between}.
 */
public final class Affinities {

    /**
     * Weight of the languages in an affinity: a reviewer who reads all of an application's target languages gains as
     * much as a fifth of a perfect text match. The hard rule (at least one reader per target language) is the
     * solver's; the bonus makes the second and third reviewers readers too when their expertise is close.
     */
    public static final double LANGUAGE_BONUS = 0.2;

    private final SparseVector[] applications;
    /** The languages as bit sets (one bit per language of the instance): targets per application, read per reviewer. */
    private final BitSet[] targets;
    private final BitSet[] read;
    private final SparseVector[] reviewers;
    /** For each term, the reviewers whose expertise holds it, in increasing order, with their weights. */
    private final int[][] postingReviewers;
    private final double[][] postingWeights;

    private record SparseVector(int[] terms, double[] weights) {
    }

    private Affinities(AssignmentInstance instance) {
        Map<String, Integer> languageNumbers = new HashMap<>();
        targets = instance.applications().stream().map(a -> bits(a.targetLanguages(), languageNumbers))
                .toArray(BitSet[]::new);
        read = instance.reviewers().stream().map(r -> bits(r.languagesRead(), languageNumbers)).toArray(BitSet[]::new);
        Map<String, Integer> termNumbers = new HashMap<>();
        List<Map<Integer, Integer>> applicationCounts = new ArrayList<>();
        for (AssignmentInstance.Application a : instance.applications()) {
            applicationCounts.add(counts(a.textZhTw() + "\n" + a.textEn(), termNumbers));
        }
        List<Map<Integer, Integer>> reviewerCounts = new ArrayList<>();
        for (AssignmentInstance.Reviewer r : instance.reviewers()) {
            reviewerCounts.add(counts(r.expertiseZhTw() + "\n" + r.expertiseEn(), termNumbers));
        }
        int[] documentFrequency = new int[termNumbers.size()];
        applicationCounts.forEach(c -> c.keySet().forEach(t -> documentFrequency[t]++));
        reviewerCounts.forEach(c -> c.keySet().forEach(t -> documentFrequency[t]++));
        int documents = applicationCounts.size() + reviewerCounts.size();
        double[] idf = new double[documentFrequency.length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = Math.log((1.0 + documents) / (1.0 + documentFrequency[t])) + 1.0;
        }
        applications = applicationCounts.stream().map(c -> vector(c, idf)).toArray(SparseVector[]::new);
        reviewers = reviewerCounts.stream().map(c -> vector(c, idf)).toArray(SparseVector[]::new);
        int[] postings = new int[idf.length];
        for (SparseVector r : reviewers) {
            for (int t : r.terms()) {
                postings[t]++;
            }
        }
        postingReviewers = new int[idf.length][];
        postingWeights = new double[idf.length][];
        for (int t = 0; t < idf.length; t++) {
            postingReviewers[t] = new int[postings[t]];
            postingWeights[t] = new double[postings[t]];
        }
        int[] filled = new int[idf.length];
        for (int r = 0; r < reviewers.length; r++) {
            SparseVector vector = reviewers[r];
            for (int i = 0; i < vector.terms().length; i++) {
                int t = vector.terms()[i];
                postingReviewers[t][filled[t]] = r;
                postingWeights[t][filled[t]++] = vector.weights()[i];
            }
        }
    }

    public static Affinities of(AssignmentInstance instance) {
        return new Affinities(instance);
    }

    /** The affinity of a reviewer (by index) to an application (by index). */
    public double between(int application, int reviewer) {
        return textSimilarity(application, reviewer) + languageBonus(application, reviewer);
    }

    /** The TF-IDF cosine of the application's texts and the reviewer's expertise, in [0, 1]. */
    public double textSimilarity(int application, int reviewer) {
        SparseVector a = applications[application];
        SparseVector r = reviewers[reviewer];
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < a.terms().length && j < r.terms().length) {
            if (a.terms()[i] < r.terms()[j]) {
                i++;
            } else if (a.terms()[i] > r.terms()[j]) {
                j++;
            } else {
                sum += a.weights()[i++] * r.weights()[j++];
            }
        }
        return sum;
    }

    /** {@link #LANGUAGE_BONUS} times the share of the application's target languages the reviewer reads. */
    public double languageBonus(int application, int reviewer) {
        BitSet targeted = targets[application];
        int targetCount = targeted.cardinality();
        if (targetCount == 0) {
            return 0;
        }
        int readCount = 0;
        for (int language = targeted.nextSetBit(0); language >= 0; language = targeted.nextSetBit(language + 1)) {
            if (read[reviewer].get(language)) {
                readCount++;
            }
        }
        return LANGUAGE_BONUS * readCount / targetCount;
    }

    /**
     * The affinities of every reviewer to one application, equal to {@link #between} for each, computed through the
     * reviewers' postings so that only reviewers sharing a term are visited (10,000 × 3,000 pairs in seconds).
     */
    public double[] row(int application) {
        double[] row = new double[reviewers.length];
        SparseVector a = applications[application];
        for (int i = 0; i < a.terms().length; i++) {
            int t = a.terms()[i];
            double weight = a.weights()[i];
            int[] postedReviewers = postingReviewers[t];
            double[] postedWeights = postingWeights[t];
            for (int p = 0; p < postedReviewers.length; p++) {
                row[postedReviewers[p]] += weight * postedWeights[p];
            }
        }
        if (!targets[application].isEmpty()) {
            for (int r = 0; r < row.length; r++) {
                row[r] += languageBonus(application, r);
            }
        }
        return row;
    }

    private static BitSet bits(Set<String> languages, Map<String, Integer> languageNumbers) {
        BitSet bits = new BitSet();
        new TreeSet<>(languages).forEach(l -> bits.set(languageNumbers.computeIfAbsent(l, k -> languageNumbers.size())));
        return bits;
    }

    private static Map<Integer, Integer> counts(String text, Map<String, Integer> termNumbers) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String term : Terms.of(text)) {
            int number = termNumbers.computeIfAbsent(term, k -> termNumbers.size());
            counts.merge(number, 1, Integer::sum);
        }
        return counts;
    }

    private static SparseVector vector(Map<Integer, Integer> counts, double[] idf) {
        int[] terms = new int[counts.size()];
        double[] weights = new double[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
            terms[i] = count.getKey();
            weights[i++] = (1 + Math.log(count.getValue())) * idf[count.getKey()];
        }
        double norm = Math.sqrt(Arrays.stream(weights).map(w -> w * w).sum());
        for (int k = 0; k < weights.length && norm > 0; k++) {
            weights[k] /= norm;
        }
        return new SparseVector(terms, weights);
    }
}
