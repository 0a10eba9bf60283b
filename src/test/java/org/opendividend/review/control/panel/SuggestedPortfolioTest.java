package org.opendividend.review.control.panel;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.boundary.ReviewSetupView;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.review.control.calibration.ReviewerBiasModel;
import org.opendividend.review.control.portfolio.PortfolioResult;
import org.opendividend.review.entity.Recommendation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The panel's suggested funding line on a small call: only complete applications meeting every threshold are
 * candidates, and the suggestion is the best set within the budgets, checked against every subset.
 */
class SuggestedPortfolioTest {

    private static final CriterionView QUALITY = new CriterionView(1L, "品質", "Quality", "", "", 100,
            ScoreScale.ZERO_TO_FIVE_HALVES, new BigDecimal("3"));
    private static final ReviewSetupView SETUP = new ReviewSetupView(2, true, new BigDecimal("6"), List.of(QUALITY));
    /** moc pays 60 % of every award, moda 40 %: 1,000,000 TWD in all. */
    private static final Map<String, BigDecimal> SHARES = new LinkedHashMap<>(Map.of("moc", new BigDecimal("600000"),
            "moda", new BigDecimal("400000")));
    private static final BigDecimal MAXIMUM = new BigDecimal("500000");

    private static SubmittedReview review(long application, long reviewer, String score) {
        return new SubmittedReview(application, reviewer, "subject-" + reviewer, Map.of(1L, new BigDecimal(score)), 3,
                Recommendation.FUND);
    }

    private static Panel panel() {
        List<SubmittedReview> reviews = List.of(
                review(1, 901, "4.5"), review(1, 902, "4"),
                review(2, 902, "4"), review(2, 903, "3.5"),
                review(3, 901, "3.5"), review(3, 903, "3.5"),
                review(4, 901, "5"), review(4, 902, "4.5"),
                review(5, 902, "3"), review(5, 903, "3.5"),
                review(6, 903, "5"),                        // one review of two: not a candidate
                review(7, 901, "2"), review(7, 902, "2.5")); // below the thresholds: not a candidate
        return Panel.of(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), reviews, SETUP, ReviewerBiasModel.DEFAULT);
    }

    private static final Map<Long, Long> REQUESTS = Map.of(1L, 400_000L, 2L, 300_000L, 3L, 250_000L, 4L, 500_000L,
            5L, 200_000L, 6L, 100_000L, 7L, 100_000L);

    private static Map<Long, SuggestedPortfolio.Request> requests() {
        Map<Long, SuggestedPortfolio.Request> requests = new LinkedHashMap<>();
        REQUESTS.forEach((id, amount) -> requests.put(id, new SuggestedPortfolio.Request(amount, Set.of("hak"))));
        return requests;
    }

    @Test
    void onlyCompleteApplicationsMeetingEveryThresholdAreCandidates() {
        PortfolioResult result = SuggestedPortfolio.of(panel(), requests(), SHARES, MAXIMUM).orElseThrow();
        Set<String> ranked = new TreeSet<>(result.ranking().stream().map(PortfolioResult.Ranked::id).toList());
        assertEquals(Set.of("1", "2", "3", "4", "5"), ranked);
    }

    @Test
    void theSuggestionIsTheBestSetWithinTheBudgetsAsEverySubsetShows() {
        Panel panel = panel();
        PortfolioResult result = SuggestedPortfolio.of(panel, requests(), SHARES, MAXIMUM).orElseThrow();
        assertTrue(result.provenOptimal());

        List<Panel.Row> candidates = panel.rows().stream().filter(SuggestedPortfolio::isCandidate).toList();
        double best = -1;
        Set<String> bestSet = Set.of();
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            long money = 0;
            double total = 0;
            Set<String> chosen = new TreeSet<>();
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    Panel.Row row = candidates.get(i);
                    money += REQUESTS.get(row.applicationId());
                    total += row.calibration().orElseThrow().calibratedScore();
                    chosen.add(Long.toString(row.applicationId()));
                }
            }
            if (money <= 1_000_000 && total > best) {
                best = total;
                bestSet = chosen;
            }
        }
        assertEquals(bestSet, new TreeSet<>(result.funded()));
        assertEquals(best, result.objective(), 1e-3);
        long spent = result.funded().stream().mapToLong(id -> REQUESTS.get(Long.parseLong(id))).sum();
        assertEquals(spent, result.spent());
        assertEquals(spent, result.paidByMinistry().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(result.paidByMinistry().get("moc") <= 600_000 && result.paidByMinistry().get("moda") <= 400_000,
                result.paidByMinistry().toString());
    }

    @Test
    void withoutACandidateOrMoneyThereIsNoSuggestion() {
        Panel none = Panel.of(List.of(6L, 7L), new ArrayList<>(List.of(review(6, 903, "5"))), SETUP,
                ReviewerBiasModel.DEFAULT);
        assertTrue(SuggestedPortfolio.of(none, requests(), SHARES, MAXIMUM).isEmpty());
        assertTrue(SuggestedPortfolio.of(panel(), requests(), Map.of(), MAXIMUM).isEmpty());
    }
}
