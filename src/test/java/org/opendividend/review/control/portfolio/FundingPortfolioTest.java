package org.opendividend.review.control.portfolio;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portfolio solver against brute force (every subset of up to 12 candidates) on seeded random instances with
 * budgets, uneven ministry shares, reduced amounts and quotas: the same optimum, every limit kept, and the same answer
 * to "does this limit bind" as brute force gives with the limit left out; then hand-made instances for the binding
 * report, the diagnosis of impossible quotas, the grey zone and reduced amounts.
 */
class FundingPortfolioTest {

    private static final String[] LANGUAGES = {"cmn", "hak", "ami", "nan"};
    private static final long HUGE = Long.MAX_VALUE / 4;

    @Test
    void findsBruteForcesOptimumAndItsBindingLimitsOnSmallInstances() {
        int infeasible = 0;
        int quotaBinds = 0;
        int ministryBinds = 0;
        int together = 0;
        for (long seed = 1; seed <= 120; seed++) {
            PortfolioInstance instance = random(new Random(seed));
            Long best = bruteForceOptimum(instance);
            PortfolioResult result = FundingPortfolio.solve(instance);
            if (best == null) {
                assertEquals(PortfolioResult.Status.INFEASIBLE, result.status(), "seed " + seed + ": none exists");
                assertFalse(result.errors().isEmpty(), "seed " + seed + ": an impossible instance needs a reason");
                infeasible++;
                continue;
            }
            assertEquals(PortfolioResult.Status.OPTIMAL, result.status(), "seed " + seed + ": " + result.notices());
            assertEquals(best, result.scaledObjective(), "seed " + seed + ": the optimum");
            assertEquals(result.scaledObjective() / 1e6, result.bestBound(), 1e-9, "seed " + seed);
            assertEquals(0, result.gap(), 1e-12, "seed " + seed);
            PortfolioRules.assertKept(instance, result, seed);
            for (PortfolioResult.Binding binding : result.bindings()) {
                Long relaxed = bruteForceOptimum(relax(instance, binding.limit()));
                PortfolioResult.Effect expected = relaxed > best ? PortfolioResult.Effect.BINDS
                        : PortfolioResult.Effect.SLACK;
                assertEquals(expected, binding.effect(), "seed " + seed + ": " + binding.limit());
                assertEquals((relaxed - best) / 1e6, binding.gain(), 1e-9, "seed " + seed + ": " + binding.limit());
                if (expected == PortfolioResult.Effect.BINDS) {
                    switch (binding.limit().kind()) {
                        case MONEY_QUOTA, LANGUAGE_QUOTA -> quotaBinds++;
                        case MINISTRY_BUDGET -> ministryBinds++;
                        case BUDGETS_TOGETHER -> together++;
                        default -> { }
                    }
                }
            }
            // every limit of the instance is reported, and budgets together only when no budget binds alone
            long limits = 1 + instance.ministries().stream().filter(m -> m.share() > 0).count()
                    + instance.moneyQuotas().size() + instance.languagesToCover().size()
                    - result.warnings().size();
            boolean budgetBinds = result.binding().stream().anyMatch(b -> b.limit().isBudget());
            assertEquals(limits + (budgetBinds ? 0 : 1), result.bindings().size(), "seed " + seed);
        }
        // the seeds must exercise impossible instances and every kind of binding, or the comparison proves less
        assertTrue(infeasible >= 5 && quotaBinds > 20 && ministryBinds > 25 && together > 25,
                "infeasible " + infeasible + ", quotas " + quotaBinds + ", ministries " + ministryBinds
                        + ", budgets together " + together);
    }

    @Test
    void whenTheTimeRunsOutTheBestFoundComesWithItsBoundAndNoBindingReport() {
        PortfolioInstance instance = org.opendividend.benchmark.SyntheticPortfolioInstances.generate(2_000, 42);
        PortfolioResult result = FundingPortfolio.solve(instance, new FundingPortfolio.Options(5, 2, 1, true));
        switch (result.status()) {
            case FEASIBLE -> {
                assertTrue(result.bestBound() * 1e6 >= result.scaledObjective(), "the bound is above the objective");
                assertTrue(result.gap() > 0, "a gap, or it would be proven optimal");
                assertEquals(List.of(), result.bindings(), "no binding report against an unproven optimum");
                PortfolioRules.assertKept(instance, result, 42);
            }
            case UNKNOWN -> assertEquals("portfolio.problem.timeLimit", result.errors().get(0).key());
            // a fast machine may prove the optimum in 5 s: the benchmark's optimum, with its binding report
            case OPTIMAL -> assertEquals(69_644_480_000L, result.scaledObjective());
            default -> throw new AssertionError(result.status() + " " + result.notices());
        }
        System.out.println("portfolio of 2,000 in 5 s: " + result.status() + ", gap " + result.gap());
    }

    @Test
    void aMinistryWithLessLeftThanItsShareBindsAlone() {
        // moc and moda split every award 2:1; moda has only 400,000 left, so at most 1,200,000 of awards
        PortfolioInstance instance = instance(List.of(
                        candidate("A", 90, 800_000, Set.of()),
                        candidate("B", 80, 400_000, Set.of()),
                        candidate("C", 70, 400_000, Set.of())),
                3_000_000, List.of(new PortfolioInstance.Ministry("moc", 2_000_000, 2_000_000),
                        new PortfolioInstance.Ministry("moda", 1_000_000, 400_000)),
                List.of(), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(List.of("A", "B"), result.funded());
        assertEquals(400_000, result.paidByMinistry().get("moda"));
        assertEquals(800_000, result.paidByMinistry().get("moc"));
        PortfolioResult.Binding moda = binding(result, Limit.Kind.MINISTRY_BUDGET, "moda");
        assertEquals(PortfolioResult.Effect.BINDS, moda.effect());
        assertEquals(70, moda.gain(), 1e-9);
        assertEquals(400_000, moda.used());
        assertEquals(400_000, moda.bound());
        assertEquals(PortfolioResult.Effect.SLACK, binding(result, Limit.Kind.MINISTRY_BUDGET, "moc").effect());
        assertEquals(PortfolioResult.Effect.SLACK, binding(result, Limit.Kind.CALL_BUDGET, "").effect());
        assertEquals(List.of(moda), result.binding());
    }

    @Test
    void onAPublishedCallNoBudgetBindsAloneButTheMoneyTogetherDoes() {
        PortfolioInstance instance = instance(List.of(
                        candidate("A", 90, 600_000, Set.of()),
                        candidate("B", 80, 600_000, Set.of()),
                        candidate("C", 70, 600_000, Set.of())),
                1_500_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000),
                        new PortfolioInstance.Ministry("moda", 500_000, 500_000)),
                List.of(), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(List.of("A", "B"), result.funded());
        PortfolioResult.Binding together = binding(result, Limit.Kind.BUDGETS_TOGETHER, "");
        assertEquals(List.of(together), result.binding());
        assertEquals(70, together.gain(), 1e-9);
        assertEquals(1_200_000, together.used());
    }

    @Test
    void aHakkaMoneyQuotaBindsAndSaysWhatItCosts() {
        // without the quota A and B (non-Hakka) are funded; 30 % to Hakka forces H in, at the cost of B
        PortfolioInstance instance = instance(List.of(
                        candidate("A", 90, 500_000, Set.of("cmn")),
                        candidate("B", 85, 500_000, Set.of("cmn")),
                        candidate("H", 60, 400_000, Set.of("hak", "cmn"))),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(new PortfolioInstance.MoneyQuota(Set.of("hak"), 30)), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(List.of("A", "H"), result.funded());
        PortfolioResult.Binding quota = binding(result, Limit.Kind.MONEY_QUOTA, "1: 30 % hak");
        assertEquals(PortfolioResult.Effect.BINDS, quota.effect());
        assertEquals(25, quota.gain(), 1e-9);
        assertEquals(400_000, quota.used());
        assertEquals(270_000, quota.bound());
        assertEquals(List.of(quota), result.binding());
    }

    @Test
    void aLanguageToCoverBindsWhenItsProjectWouldNotBeFundedOtherwise() {
        PortfolioInstance instance = instance(List.of(
                        candidate("A", 90, 500_000, Set.of("cmn")),
                        candidate("B", 85, 500_000, Set.of("cmn")),
                        candidate("T", 50, 300_000, Set.of("ami"))),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(), Set.of("ami", "hak"));
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(List.of("A", "T"), result.funded());
        assertEquals(PortfolioResult.Effect.BINDS, binding(result, Limit.Kind.LANGUAGE_QUOTA, "ami").effect());
        assertEquals(List.of(PortfolioNotice.warning("portfolio.warning.noCandidateForLanguage", "hak")),
                result.warnings());
    }

    @Test
    void aLanguageWhoseEveryApplicationIsTooDearIsNamedWithTheNumbers() {
        PortfolioInstance instance = instance(List.of(
                        candidate("A", 90, 500_000, Set.of("cmn")),
                        candidate("T1", 70, 1_500_000, Set.of("ami")),
                        candidate("T2", 60, 1_200_000, Set.of("ami"))),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(), Set.of("ami"));
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(PortfolioResult.Status.INFEASIBLE, result.status());
        assertTrue(result.funded().isEmpty());
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.languageOverBudget", "ami", "T2", 1_200_000L,
                1_000_000L)), result.errors());
    }

    @Test
    void aLanguageTooDearForOneMinistryNamesTheMinistryAndItsPart() {
        PortfolioInstance instance = instance(List.of(candidate("T", 70, 900_000, Set.of("ami"))),
                3_000_000, List.of(new PortfolioInstance.Ministry("moc", 2_000_000, 2_000_000),
                        new PortfolioInstance.Ministry("nstc", 1_000_000, 250_000)),
                List.of(), Set.of("ami"));
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.languageOverMinistryBudget", "ami", "T",
                900_000L, "nstc", 300_000L, 250_000L)), FundingPortfolio.solve(instance).errors());
    }

    @Test
    void quotasThatFitAloneButNotTogetherGiveTheMoneyTheyNeed() {
        PortfolioInstance instance = instance(List.of(
                        candidate("H", 70, 600_000, Set.of("hak")),
                        candidate("T", 60, 700_000, Set.of("ami")),
                        candidate("T2", 50, 800_000, Set.of("ami"))),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(), Set.of("ami", "hak"));
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.quotasOverBudget", 1_300_000L, 1_000_000L)),
                FundingPortfolio.solve(instance).errors());
    }

    @Test
    void aMoneyQuotaThatNoBudgetCanMeetBesideTheLanguagesToCoverIsNamed() {
        // covering nan costs 800,000 outside Hakka; all of Hakka's applications bring 300,000: 27 % at most, not 50 %
        PortfolioInstance instance = instance(List.of(
                        candidate("N", 70, 800_000, Set.of("nan")),
                        candidate("H1", 60, 100_000, Set.of("hak")),
                        candidate("H2", 50, 200_000, Set.of("hak"))),
                5_000_000, List.of(new PortfolioInstance.Ministry("moc", 5_000_000, 5_000_000)),
                List.of(new PortfolioInstance.MoneyQuota(Set.of("hak"), 50)), Set.of("nan"));
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.moneyQuotaClash", 50, "hak", "nan")),
                FundingPortfolio.solve(instance).errors());
    }

    @Test
    void aMoneyQuotaNoApplicationCanMeetDoesNotApply() {
        PortfolioInstance instance = instance(List.of(candidate("A", 90, 500_000, Set.of("cmn"))),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(new PortfolioInstance.MoneyQuota(Set.of("tay", "ami"), 20)), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(List.of("A"), result.funded());
        assertEquals(List.of(PortfolioNotice.warning("portfolio.warning.noCandidateForMoneyQuota", 20, "ami, tay")),
                result.warnings());
    }

    @Test
    void theFundingLineTheReserveAndTheGreyZone() {
        // B is ranked second but too dear beside A: A, C and E are funded (225), so E is the line, below B and D
        PortfolioInstance instance = instance(List.of(
                        new PortfolioInstance.Candidate("A", 90, 74, 95, 400_000, null, Set.of()),
                        new PortfolioInstance.Candidate("B", 80, 70, 88, 700_000, null, Set.of()),
                        new PortfolioInstance.Candidate("C", 75, 71, 79, 300_000, null, Set.of()),
                        new PortfolioInstance.Candidate("D", 72, 58, 76, 400_000, null, Set.of()),
                        new PortfolioInstance.Candidate("E", 60, 55, 74.99, 200_000, null, Set.of())),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(Set.of("A", "C", "E"), Set.copyOf(result.funded()));
        assertEquals(List.of("A", "B", "C", "D", "E"), ids(result.ranking()));
        assertEquals(List.of(1, 2, 3, 4, 5), result.ranking().stream().map(PortfolioResult.Ranked::rank).toList());
        assertEquals("E", result.fundingLine().id());
        assertEquals(List.of("B", "D"), ids(result.reserve()));
        // E's 60 lies only in D's interval [58, 76] (and in E's own, which does not count)
        assertEquals(List.of("D"), ids(result.greyZone()));
    }

    @Test
    void theGreyZoneHoldsEveryIntervalAcrossTheLine() {
        PortfolioInstance instance = instance(List.of(
                        new PortfolioInstance.Candidate("A", 90, 74, 95, 400_000, null, Set.of()),
                        new PortfolioInstance.Candidate("B", 80, 70, 88, 700_000, null, Set.of()),
                        new PortfolioInstance.Candidate("C", 75, 71, 79, 300_000, null, Set.of()),
                        new PortfolioInstance.Candidate("D", 72, 65, 76, 400_000, null, Set.of()),
                        new PortfolioInstance.Candidate("E", 60, 55, 74.99, 400_000, null, Set.of())),
                1_000_000, List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000)),
                List.of(), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        // A + C leave 300,000 and nothing else fits, so C (75) is the line; the intervals of A (down to 74), B and D
        // contain 75, E's ends just below it
        assertEquals(List.of("A", "C"), result.funded());
        assertEquals("C", result.fundingLine().id());
        assertEquals(List.of("B", "D", "E"), ids(result.reserve()));
        assertEquals(List.of("A", "B", "D"), ids(result.greyZone()));
    }

    @Test
    void nothingFundedHasNoLineAndNoGreyZone() {
        PortfolioInstance instance = instance(List.of(candidate("A", 90, 900_000, Set.of())),
                500_000, List.of(new PortfolioInstance.Ministry("moc", 500_000, 500_000)), List.of(), Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance);
        assertEquals(PortfolioResult.Status.OPTIMAL, result.status());
        assertTrue(result.funded().isEmpty());
        assertNull(result.fundingLine());
        assertEquals(List.of("A"), ids(result.reserve()));
        assertTrue(result.greyZone().isEmpty());
    }

    @Test
    void aReducedAmountIsWhatThePortfolioCountsAndNeverAboveTheRequestOrTheMaximum() {
        List<PortfolioInstance.Ministry> moc = List.of(new PortfolioInstance.Ministry("moc", 1_000_000, 1_000_000));
        PortfolioInstance.Candidate a = candidate("A", 90, 600_000, Set.of());
        PortfolioInstance.Candidate b = new PortfolioInstance.Candidate("B", 80, 80, 80, 600_000, 400_000L, Set.of());
        PortfolioResult result = FundingPortfolio.solve(instance(List.of(a, b), 1_000_000, moc, List.of(), Set.of()));
        assertEquals(List.of("A", "B"), result.funded());
        assertEquals(1_000_000, result.spent());

        PortfolioInstance.Candidate above = new PortfolioInstance.Candidate("C", 80, 80, 80, 600_000, 700_000L,
                Set.of());
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.reducedAboveRequest", "C", 700_000L, 600_000L)),
                AmountCheck.problems(above, 2_000_000));
        assertThrows(IllegalArgumentException.class,
                () -> instance(List.of(above), 1_000_000, moc, List.of(), Set.of()));
        PortfolioInstance.Candidate overMaximum = new PortfolioInstance.Candidate("D", 80, 80, 80, 3_000_000,
                2_500_000L, Set.of());
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.reducedAboveMaximum", "D", 2_500_000L,
                2_000_000L)), AmountCheck.problems(overMaximum, 2_000_000));
        PortfolioInstance.Candidate zero = new PortfolioInstance.Candidate("E", 80, 80, 80, 600_000, 0L, Set.of());
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.reducedNotPositive", "E", 0L)),
                AmountCheck.problems(zero, 2_000_000));
        PortfolioInstance.Candidate request = new PortfolioInstance.Candidate("F", 80, 80, 80, 3_000_000, null,
                Set.of());
        assertEquals(List.of(PortfolioNotice.error("portfolio.problem.requestAboveMaximum", "F", 3_000_000L,
                2_000_000L)), AmountCheck.problems(request, 2_000_000));
        assertEquals(List.of(), AmountCheck.problems(b, 2_000_000));
    }

    @Test
    void anAwardIsSplitByTheSharesToTheLastDollar() {
        assertEquals(List.of(34L, 33L, 33L), boxed(AwardSplit.of(100, new long[] {1, 1, 1})));
        // 1,000,001 × 2/3 = 666,667.33 and × 1/3 = 333,333.67: the larger remainder gets the dollar left over
        assertEquals(List.of(666_667L, 333_334L), boxed(AwardSplit.of(1_000_001, new long[] {20_000_000, 10_000_000})));
        assertEquals(List.of(0L, 500L), boxed(AwardSplit.of(500, new long[] {0, 7})));
        Random random = new Random(5);
        for (int k = 0; k < 1_000; k++) {
            long amount = random.nextInt(100_000_000);
            long[] shares = {random.nextInt(1_000_000_000), random.nextInt(1_000_000_000) + 1L, random.nextInt(3)};
            long[] parts = AwardSplit.of(amount, shares);
            assertEquals(amount, parts[0] + parts[1] + parts[2]);
            double total = shares[0] + shares[1] + shares[2];
            for (int m = 0; m < 3; m++) {
                assertTrue(Math.abs(parts[m] - amount * (shares[m] / total)) < 1, "split " + amount);
            }
        }
    }

    // ---- random instances and brute force

    private static PortfolioInstance random(Random random) {
        int n = 1 + random.nextInt(12);
        List<PortfolioInstance.Candidate> candidates = new ArrayList<>();
        long requestedTotal = 0;
        for (int i = 0; i < n; i++) {
            double score = 40 + random.nextInt(5_500) / 100.0;
            long requested = (1 + random.nextInt(20)) * 100_000L + random.nextInt(1_000);
            Long reduced = random.nextInt(5) == 0 ? requested - random.nextInt((int) (requested / 2)) : null;
            Set<String> languages = new HashSet<>();
            for (String language : LANGUAGES) {
                if (random.nextInt(3) == 0) {
                    languages.add(language);
                }
            }
            candidates.add(new PortfolioInstance.Candidate("A" + i, score, score - random.nextInt(800) / 100.0,
                    score + random.nextInt(800) / 100.0, requested, reduced, languages));
            requestedTotal += requested;
        }
        long budget = (long) (requestedTotal * (0.2 + 0.6 * random.nextDouble()));
        int ministryCount = 1 + random.nextInt(3);
        List<PortfolioInstance.Ministry> ministries = new ArrayList<>();
        long[] shares = new long[ministryCount];
        long shareTotal = 0;
        for (int m = 0; m < ministryCount; m++) {
            shares[m] = 1 + random.nextInt(5);
            shareTotal += shares[m];
        }
        for (int m = 0; m < ministryCount; m++) {
            long share = budget * shares[m] / shareTotal;
            // half the time a published call (every ministry its share); else some have less left
            long left = random.nextBoolean() ? share : (long) (share * (0.3 + 0.7 * random.nextDouble()));
            ministries.add(new PortfolioInstance.Ministry(new String[] {"moc", "nstc", "moda"}[m], share, left));
        }
        List<PortfolioInstance.MoneyQuota> quotas = new ArrayList<>();
        if (random.nextBoolean()) {
            quotas.add(new PortfolioInstance.MoneyQuota(Set.of("hak"), 10 * (1 + random.nextInt(5))));
        }
        if (random.nextInt(3) == 0) {
            quotas.add(new PortfolioInstance.MoneyQuota(Set.of("ami", "nan"), 10 * (1 + random.nextInt(4))));
        }
        Set<String> toCover = new HashSet<>();
        if (random.nextBoolean()) {
            toCover.add(LANGUAGES[1 + random.nextInt(3)]);
            if (random.nextBoolean()) {
                toCover.add("tay");
            }
            if (random.nextBoolean()) {
                toCover.add(LANGUAGES[1 + random.nextInt(3)]);
            }
        }
        return new PortfolioInstance(candidates, budget, 3_000_000, ministries, quotas, toCover);
    }

    /** The best total of scaled scores over every subset that keeps every limit, or null when none does. */
    private static Long bruteForceOptimum(PortfolioInstance instance) {
        int n = instance.candidates().size();
        Long best = null;
        boolean[] funded = new boolean[n];
        for (int subset = 0; subset < 1 << n; subset++) {
            long total = 0;
            for (int i = 0; i < n; i++) {
                funded[i] = (subset & 1 << i) != 0;
                total += funded[i] ? ScaledScore.of(instance.candidates().get(i).score()) : 0;
            }
            if ((best == null || total > best) && PortfolioRules.kept(instance, funded)) {
                best = total;
            }
        }
        return best;
    }

    /** The instance without one limit, written out for brute force (a budget lifted, a quota dropped). */
    private static PortfolioInstance relax(PortfolioInstance instance, Limit limit) {
        long budget = instance.budget();
        List<PortfolioInstance.Ministry> ministries = new ArrayList<>(instance.ministries());
        List<PortfolioInstance.MoneyQuota> quotas = new ArrayList<>(instance.moneyQuotas());
        Set<String> toCover = new HashSet<>(instance.languagesToCover());
        switch (limit.kind()) {
            case CALL_BUDGET -> budget = HUGE;
            case MINISTRY_BUDGET -> ministries.replaceAll(m -> m.code().equals(limit.subject())
                    ? new PortfolioInstance.Ministry(m.code(), m.share(), HUGE) : m);
            case BUDGETS_TOGETHER -> {
                budget = HUGE;
                ministries.replaceAll(m -> new PortfolioInstance.Ministry(m.code(), m.share(), HUGE));
            }
            case MONEY_QUOTA -> quotas.remove(Integer.parseInt(limit.subject().split(":")[0]) - 1);
            case LANGUAGE_QUOTA -> toCover.remove(limit.subject());
        }
        return new PortfolioInstance(instance.candidates(), budget, instance.maxPerAward(), ministries, quotas,
                toCover);
    }

    // ---- helpers

    private static PortfolioInstance.Candidate candidate(String id, double score, long requested,
                                                         Set<String> languages) {
        return new PortfolioInstance.Candidate(id, score, score, score, requested, null, languages);
    }

    private static PortfolioInstance instance(List<PortfolioInstance.Candidate> candidates, long budget,
                                              List<PortfolioInstance.Ministry> ministries,
                                              List<PortfolioInstance.MoneyQuota> quotas, Set<String> toCover) {
        return new PortfolioInstance(candidates, budget, 2_000_000, ministries, quotas, toCover);
    }

    private static PortfolioResult.Binding binding(PortfolioResult result, Limit.Kind kind, String subject) {
        return result.bindings().stream().filter(b -> b.limit().equals(new Limit(kind, subject))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + subject + " in " + result.bindings()));
    }

    private static List<String> ids(List<PortfolioResult.Ranked> ranked) {
        return ranked.stream().map(PortfolioResult.Ranked::id).toList();
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
