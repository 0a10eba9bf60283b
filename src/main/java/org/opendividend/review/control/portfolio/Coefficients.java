package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The instance as the numbers of the 0/1 program, computed once for every solve (the optimum, each relaxation, the
 * diagnosis): each candidate's amount, its parts by ministry ({@link AwardSplit}), its scaled score, and the quotas
 * that apply. A quota applies only where an application can meet it: a language to cover that no candidate targets,
 * and a money quota none of whose languages any candidate targets (it would allow funding nothing at all), give
 * warnings instead.
 */
final class Coefficients {

    final PortfolioInstance instance;
    final long[] amounts;
    /** parts[i][m]: what ministry m pays of candidate i's amount. */
    final long[][] parts;
    final long[] quality;
    final List<Limit> limits = new ArrayList<>();
    /** Per money quota applied (in the order of {@link #limits}): which candidates count toward it, and its percent. */
    final List<boolean[]> quotaMembers = new ArrayList<>();
    final List<Integer> quotaPercents = new ArrayList<>();
    final List<PortfolioInstance.MoneyQuota> quotasApplied = new ArrayList<>();
    /** Per language covered (in the order of {@link #limits}): the candidates that target it. */
    final List<int[]> carriers = new ArrayList<>();
    final List<PortfolioNotice> warnings = new ArrayList<>();

    Coefficients(PortfolioInstance instance) {
        this.instance = instance;
        int n = instance.candidates().size();
        amounts = new long[n];
        parts = new long[n][];
        quality = new long[n];
        long[] shares = instance.shares();
        for (int i = 0; i < n; i++) {
            PortfolioInstance.Candidate candidate = instance.candidates().get(i);
            amounts[i] = candidate.amount();
            parts[i] = AwardSplit.of(amounts[i], shares);
            quality[i] = ScaledScore.of(candidate.score());
        }
        limits.add(Limit.callBudget());
        for (PortfolioInstance.Ministry ministry : instance.ministries()) {
            // a ministry without a share pays nothing: its budget cannot bind
            if (ministry.share() > 0) {
                limits.add(new Limit(Limit.Kind.MINISTRY_BUDGET, ministry.code()));
            }
        }
        moneyQuotas();
        languagesToCover();
    }

    private void moneyQuotas() {
        List<PortfolioInstance.MoneyQuota> quotas = instance.moneyQuotas();
        for (int q = 0; q < quotas.size(); q++) {
            PortfolioInstance.MoneyQuota quota = quotas.get(q);
            boolean[] members = new boolean[amounts.length];
            boolean any = false;
            for (int i = 0; i < amounts.length; i++) {
                members[i] = instance.candidates().get(i).targetLanguages().stream()
                        .anyMatch(quota.languages()::contains);
                any |= members[i];
            }
            String languages = String.join(", ", new TreeSet<>(quota.languages()));
            if (!any) {
                warnings.add(PortfolioNotice.warning("portfolio.warning.noCandidateForMoneyQuota", quota.percent(),
                        languages));
                continue;
            }
            limits.add(new Limit(Limit.Kind.MONEY_QUOTA, (q + 1) + ": " + quota.percent() + " % " + languages));
            quotaMembers.add(members);
            quotaPercents.add(quota.percent());
            quotasApplied.add(quota);
        }
    }

    private void languagesToCover() {
        for (String language : new TreeSet<>(instance.languagesToCover())) {
            int[] targeting = java.util.stream.IntStream.range(0, amounts.length)
                    .filter(i -> instance.candidates().get(i).targetLanguages().contains(language)).toArray();
            if (targeting.length == 0) {
                warnings.add(PortfolioNotice.warning("portfolio.warning.noCandidateForLanguage", language));
                continue;
            }
            limits.add(new Limit(Limit.Kind.LANGUAGE_QUOTA, language));
            carriers.add(targeting);
        }
    }

    int size() {
        return amounts.length;
    }

    /** What ministry m (by its index in the instance) pays for the chosen candidates. */
    long paid(boolean[] chosen, int m) {
        long paid = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                paid += parts[i][m];
            }
        }
        return paid;
    }

    long spent(boolean[] chosen) {
        long spent = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                spent += amounts[i];
            }
        }
        return spent;
    }

    int ministryIndex(String code) {
        List<PortfolioInstance.Ministry> ministries = instance.ministries();
        for (int m = 0; m < ministries.size(); m++) {
            if (ministries.get(m).code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
