package org.opendividend.review.control.portfolio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranked list of a portfolio: every candidate by calibrated score (higher first; ties by the lower end of the
 * interval, the surer first, then by id so that the order never depends on the input's), the funding line (the
 * lowest-ranked funded candidate: the optimum need not fund a prefix of the ranking, as a large request may not fit
 * where two smaller ones do), the reserve list and the grey zone: every candidate other than the line's own whose
 * uncertainty interval [low, high] contains the line's calibrated score, funded or not, so that the page can say
 * that their order against the line is not settled by the reviews.
 */
final class Ranking {

    final List<PortfolioResult.Ranked> ranked = new ArrayList<>();
    final PortfolioResult.Ranked line;
    final List<PortfolioResult.Ranked> reserve = new ArrayList<>();
    final List<PortfolioResult.Ranked> greyZone = new ArrayList<>();

    Ranking(Coefficients c, boolean[] chosen) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            order.add(i);
        }
        List<PortfolioInstance.Candidate> candidates = c.instance.candidates();
        order.sort(Comparator.<Integer>comparingDouble(i -> -candidates.get(i).score())
                .thenComparingDouble(i -> -candidates.get(i).low())
                .thenComparing(i -> candidates.get(i).id()));
        PortfolioResult.Ranked last = null;
        for (int i : order) {
            PortfolioInstance.Candidate candidate = candidates.get(i);
            PortfolioResult.Ranked entry = new PortfolioResult.Ranked(ranked.size() + 1, candidate.id(),
                    candidate.score(), candidate.low(), candidate.high(), c.amounts[i], chosen[i]);
            ranked.add(entry);
            if (chosen[i]) {
                last = entry;
            } else {
                reserve.add(entry);
            }
        }
        line = last;
        if (line != null) {
            ranked.stream().filter(r -> r != line && r.low() <= line.score() && line.score() <= r.high())
                    .forEach(greyZone::add);
        }
    }
}
