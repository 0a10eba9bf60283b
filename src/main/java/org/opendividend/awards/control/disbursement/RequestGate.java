package org.opendividend.awards.control.disbursement;

import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.awards.entity.TrancheCondition;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.awards.entity.disbursement.DisbursementWorkflow;
import org.opendividend.platform.validation.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Whether a tranche of an accepted award may be requested now, and whether the request's report is valid: every
 * problem with its message key and field, for the page and the facade alike. A tranche is requested when it is due
 * (its date reached in Asia/Taipei, the caller's {@code today}), once the report of the tranche before it is accepted
 * (each of its shares checked), and not while it is requested already; the retained tranche only once every output
 * obligation is verified (the outputs component will say so; until then the first obligation not verified blocks it,
 * named). The amount spent so far is whole TWD, not negative, never above the award. Pure.
 */
public final class RequestGate {

    /** What the gate reads of the award: its amount, tranches and obligations, and which obligations are verified. */
    public record Award(long amount, boolean binding, List<Tranche> tranches, List<Obligation> obligations,
                        Collection<Integer> verifiedObligations) {
    }

    private RequestGate() {
    }

    /** The problems of requesting tranche {@code position} (from 0), given the statuses of every tranche's shares. */
    public static List<FieldProblem> mayRequest(Award award, int position, LocalDate today,
                                                Map<Integer, List<DisbursementStatus>> statusesByTranche) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!award.binding()) {
            problems.add(FieldProblem.of(null, "disbursement.problem.awardNotAccepted"));
            return problems;
        }
        if (position < 0 || position >= award.tranches().size()) {
            problems.add(FieldProblem.of(null, "disbursement.problem.noSuchTranche", position + 1));
            return problems;
        }
        Tranche tranche = award.tranches().get(position);
        List<DisbursementStatus> own = statusesByTranche.getOrDefault(position, List.of());
        // requested already, unless a share of it came back to the grantee (that one is requested again)
        if (!own.isEmpty() && own.stream().noneMatch(s -> DisbursementWorkflow.state(s).waitsFor()
                == DisbursementWorkflow.Who.GRANTEE)) {
            problems.add(FieldProblem.of(null, "disbursement.problem.alreadyRequested", position + 1));
            return problems;
        }
        if (tranche.dueDate().isAfter(today)) {
            problems.add(FieldProblem.of(null, "disbursement.problem.notDue", position + 1,
                    tranche.dueDate().toString()));
        }
        if (position > 0 && !reportAccepted(statusesByTranche.getOrDefault(position - 1, List.of()))) {
            problems.add(FieldProblem.of(null, "disbursement.problem.previousReportNotAccepted", position));
        }
        if (tranche.condition() == TrancheCondition.FINAL_REPORT_AND_OUTPUTS) {
            for (int i = 0; i < award.obligations().size(); i++) {
                if (!award.verifiedObligations().contains(i)) {
                    problems.add(FieldProblem.of(null, "disbursement.problem.obligationNotVerified",
                            award.obligations().get(i).title()));
                    break;
                }
            }
        }
        return problems;
    }

    /** The problems of a request's report: its progress text, the amount spent so far (whole TWD, 0 to the award). */
    public static List<FieldProblem> report(String progress, BigDecimal spentSoFar, long awardAmount, int reportMax) {
        List<FieldProblem> problems = new ArrayList<>();
        if (progress == null || progress.isBlank() || progress.strip().length() > reportMax) {
            problems.add(FieldProblem.of("progress", "disbursement.problem.progressRequired", reportMax));
        }
        if (spentSoFar == null) {
            problems.add(FieldProblem.of("spent", "disbursement.problem.spentRequired"));
        } else if (spentSoFar.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of("spent", "disbursement.problem.wholeTwd"));
        } else if (spentSoFar.signum() < 0) {
            problems.add(FieldProblem.of("spent", "disbursement.problem.negative"));
        } else if (spentSoFar.compareTo(BigDecimal.valueOf(awardAmount)) > 0) {
            problems.add(FieldProblem.of("spent", "disbursement.problem.aboveAward", awardAmount));
        }
        return problems;
    }

    /** Whether a tranche's report was accepted: requested, and each of its shares checked (or further) since. */
    static boolean reportAccepted(List<DisbursementStatus> shares) {
        return !shares.isEmpty() && shares.stream().allMatch(s -> DisbursementWorkflow.state(s).reportAccepted());
    }

    /** What is left of an award once the shares requested (not returned) are counted: never negative. */
    public static long remaining(long awardAmount, Map<DisbursementStatus, Long> requestedByStatus) {
        long taken = requestedByStatus.entrySet().stream()
                .filter(e -> DisbursementWorkflow.state(e.getKey()).open()
                        || DisbursementWorkflow.state(e.getKey()).paid())
                .mapToLong(Map.Entry::getValue).sum();
        return Math.max(0, awardAmount - taken);
    }
}
