package org.opendividend.review.control.portfolio;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the portfolio solver needs to draw a call's funding line, and nothing else, with the other components' ids
 * as strings and money in whole TWD. Languages are ISO 639-3 codes (hak, ami, nan...).
 * <p>
 * The call splits every award among its ministries in the proportions of their shares of the call ({@code CallView}'s
 * shares, in TWD: 20,000,000 of moc and 10,000,000 of moda split each award 2:1, as {@link AwardSplit} rounds it),
 * and each ministry pays its parts out of its own budget. On a published call the budget is the sum of the shares and
 * each ministry's budget is its share; a budget may be smaller (what remains after an earlier round, or a ministry that
 * cut its share), which is when one ministry's budget binds before the others.
 *
 * @param budget         the call's money for this portfolio (TWD)
 * @param maxPerAward    the call's maximum per award (TWD): no officer's reduced amount may exceed it
 * @param ministries     who pays, in the call's order (the order breaks ties of {@link AwardSplit})
 * @param moneyQuotas    each: at least a percentage of the funded money to projects with any of its languages
 * @param languagesToCover a funded project per language listed (where an application targets it)
 */
public record PortfolioInstance(List<Candidate> candidates, long budget, long maxPerAward, List<Ministry> ministries,
                                List<MoneyQuota> moneyQuotas, Set<String> languagesToCover) {

    /**
     * An eligible, reviewed application: its calibrated score with the score's uncertainty interval, the amount it
     * requests and the amount an officer proposes instead (null: the request), and the languages it serves.
     */
    public record Candidate(String id, double score, double low, double high, long requested, Long reduced,
                            Set<String> targetLanguages) {
        public Candidate {
            targetLanguages = Set.copyOf(targetLanguages);
            if (!(low <= score && score <= high) || !ScaledScore.inRange(low) || !ScaledScore.inRange(high)) {
                throw new IllegalArgumentException("candidate " + id + ": the score " + score
                        + " must lie in its interval [" + low + ", " + high + "], within ±" + ScaledScore.MAX_SCORE);
            }
            if (requested <= 0) {
                throw new IllegalArgumentException("candidate " + id + " requests no money");
            }
        }

        /** What funding it costs: the officer's reduced amount when there is one, else the request. */
        public long amount() {
            return reduced == null ? requested : reduced;
        }
    }

    /** A ministry of the call: its share of the call (TWD, the split of every award) and what it may spend now. */
    public record Ministry(String code, long share, long budget) {
        public Ministry {
            if (share < 0 || budget < 0) {
                throw new IllegalArgumentException("ministry " + code + " has a negative share or budget");
            }
        }
    }

    /** At least {@code percent} % of the funded money to projects that target any of {@code languages}. */
    public record MoneyQuota(Set<String> languages, int percent) {
        public MoneyQuota {
            languages = Set.copyOf(languages);
            if (languages.isEmpty() || percent < 0 || percent > 100) {
                throw new IllegalArgumentException("a money quota needs languages and a percentage from 0 to 100");
            }
        }
    }

    public PortfolioInstance {
        candidates = List.copyOf(candidates);
        ministries = List.copyOf(ministries);
        moneyQuotas = List.copyOf(moneyQuotas);
        languagesToCover = Set.copyOf(languagesToCover);
        requireUnique(candidates.stream().map(Candidate::id).toList(), "candidate");
        requireUnique(ministries.stream().map(Ministry::code).toList(), "ministry");
        if (budget < 0 || maxPerAward <= 0) {
            throw new IllegalArgumentException("the budget must not be negative and the maximum per award positive");
        }
        if (ministries.stream().mapToLong(Ministry::share).sum() <= 0) {
            throw new IllegalArgumentException("no ministry has a share of the call");
        }
        for (Candidate candidate : candidates) {
            List<PortfolioNotice> problems = AmountCheck.problems(candidate, maxPerAward);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("candidate " + candidate.id() + ": " + problems);
            }
        }
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("the " + what + " id " + id + " occurs twice");
            }
        }
    }

    /** The ministries' shares in the call's order, as {@link AwardSplit} takes them. */
    long[] shares() {
        return ministries.stream().mapToLong(Ministry::share).toArray();
    }
}
