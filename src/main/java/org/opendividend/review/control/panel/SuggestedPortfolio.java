package org.opendividend.review.control.panel;

import org.opendividend.review.control.portfolio.FundingPortfolio;
import org.opendividend.review.control.portfolio.PortfolioInstance;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The funding line the panel suggests (issue #11, item 4): the portfolio of maximal total calibrated score within the
 * call's budget and each ministry's share ({@link FundingPortfolio}, exact by CP-SAT), with the ranking, the reserve
 * list, the grey zone and the limits that bind. Its candidates are the applications a funder may fund: ranked, with
 * every review the call asks for, meeting every threshold of the call; the others stay on the panel but out of the
 * portfolio. Each ministry's budget is its share of the call, as published; money is whole TWD.
 */
public final class SuggestedPortfolio {

    /** A panel answers within seconds: the calls it shows are small, and a time limit still gives the best found. */
    static final FundingPortfolio.Options PANEL = new FundingPortfolio.Options(10, 1, 5, true);

    /** What an application asks for and the languages its outputs are for (ISO 639-3). */
    public record Request(long requested, Set<String> languages) {
    }

    private SuggestedPortfolio() {
    }

    /** Whether a row of the panel may be funded: ranked, complete and meeting every threshold. */
    public static boolean isCandidate(Panel.Row row) {
        return row.ranked() && !row.incomplete() && row.scores().meetsThresholds();
    }

    /**
     * The suggested portfolio of the panel's candidates; none when there is no candidate or the call has no money
     * (an application without a request within the call's maximum is left out: the wizard's limits keep that from
     * happening).
     *
     * @param shares   each ministry's share of the call in TWD, in the call's order: its budget and the split of awards
     * @param maxGrant the call's maximum per award in TWD
     */
    public static Optional<PortfolioResult> of(Panel panel, Map<Long, Request> requests, Map<String, BigDecimal> shares,
                                               BigDecimal maxGrant) {
        long maxPerAward = whole(maxGrant);
        List<PortfolioInstance.Candidate> candidates = panel.rows().stream().filter(SuggestedPortfolio::isCandidate)
                .filter(row -> requests.containsKey(row.applicationId()))
                .filter(row -> {
                    long requested = requests.get(row.applicationId()).requested();
                    return requested > 0 && requested <= maxPerAward;
                })
                .map(row -> candidate(row, requests.get(row.applicationId()))).toList();
        List<PortfolioInstance.Ministry> ministries = shares.entrySet().stream()
                .map(s -> new PortfolioInstance.Ministry(s.getKey(), whole(s.getValue()), whole(s.getValue()))).toList();
        long budget = ministries.stream().mapToLong(PortfolioInstance.Ministry::budget).sum();
        if (candidates.isEmpty() || budget <= 0) {
            return Optional.empty();
        }
        return Optional.of(FundingPortfolio.solve(new PortfolioInstance(candidates, budget, maxPerAward, ministries,
                List.of(), Set.of()), PANEL));
    }

    private static PortfolioInstance.Candidate candidate(Panel.Row row, Request request) {
        var calibrated = row.calibration().orElseThrow();
        double score = calibrated.calibratedScore();
        return new PortfolioInstance.Candidate(Long.toString(row.applicationId()), score,
                score - calibrated.halfWidth(), score + calibrated.halfWidth(), request.requested(), null,
                request.languages());
    }

    private static long whole(BigDecimal twd) {
        return twd == null ? 0 : twd.longValue();
    }
}
