package org.opendividend.review.control.assignment;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * The assignment as a 0/1 program for OR-Tools' CP-SAT, for when an application has several target languages to
 * enforce (a covering constraint per language, which a flow cannot express): a Boolean per candidate pair, exactly
 * the reviews per application, the load range per reviewer, at least one reader per enforced language, maximising the
 * scaled affinities. Started from the flow relaxation's assignment as a hint.
 */
final class CpSatModel {

    /**
     * What CP-SAT found: the reviewers per application (null when none was found), whether it proved them optimal,
     * and whether it proved that no assignment exists (rather than running out of time).
     */
    record Solution(int[][] chosen, boolean provenOptimal, boolean provenInfeasible) {
    }

    private CpSatModel() {
    }

    static Solution solve(Candidates candidates, int[][] hint, double timeLimitSeconds, int workers) {
        AssignmentInstance instance = candidates.instance;
        int applicationCount = instance.applications().size();
        CpModel model = new CpModel();
        BoolVar[][] x = new BoolVar[applicationCount][];
        List<List<BoolVar>> byReviewer = new ArrayList<>();
        instance.reviewers().forEach(r -> byReviewer.add(new ArrayList<>()));
        List<BoolVar> all = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (int a = 0; a < applicationCount; a++) {
            int[] reviewers = candidates.reviewers[a];
            x[a] = new BoolVar[reviewers.length];
            for (int i = 0; i < reviewers.length; i++) {
                x[a][i] = model.newBoolVar("x" + a + "_" + reviewers[i]);
                byReviewer.get(reviewers[i]).add(x[a][i]);
                all.add(x[a][i]);
                weights.add(ScaledAffinity.of(candidates.affinities[a][i]));
            }
            model.addEquality(LinearExpr.sum(x[a]), instance.applications().get(a).reviewsNeeded());
            for (String language : candidates.enforcedLanguages.get(a)) {
                List<BoolVar> readers = new ArrayList<>();
                for (int i = 0; i < reviewers.length; i++) {
                    if (instance.reviewers().get(reviewers[i]).reads(language)) {
                        readers.add(x[a][i]);
                    }
                }
                model.addGreaterOrEqual(LinearExpr.sum(readers.toArray(BoolVar[]::new)), 1);
            }
            if (hint != null) {
                for (int i = 0; i < reviewers.length; i++) {
                    model.addHint(x[a][i], contains(hint[a], reviewers[i]));
                }
            }
        }
        for (int r = 0; r < byReviewer.size(); r++) {
            AssignmentInstance.Reviewer reviewer = instance.reviewers().get(r);
            model.addLinearConstraint(LinearExpr.sum(byReviewer.get(r).toArray(BoolVar[]::new)), reviewer.minLoad(),
                    reviewer.maxLoad());
        }
        model.maximize(LinearExpr.weightedSum(all.toArray(BoolVar[]::new),
                weights.stream().mapToLong(Long::longValue).toArray()));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(workers).setMaxTimeInSeconds(timeLimitSeconds);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Solution(null, false, status == CpSolverStatus.INFEASIBLE);
        }
        int[][] chosen = new int[applicationCount][];
        for (int a = 0; a < applicationCount; a++) {
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < x[a].length; i++) {
                if (solver.booleanValue(x[a][i])) {
                    picked.add(candidates.reviewers[a][i]);
                }
            }
            chosen[a] = picked.stream().mapToInt(Integer::intValue).toArray();
        }
        return new Solution(chosen, status == CpSolverStatus.OPTIMAL, false);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
