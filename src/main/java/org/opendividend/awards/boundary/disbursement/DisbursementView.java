package org.opendividend.awards.boundary.disbursement;

import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.awards.entity.disbursement.DisbursementStatus;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.platform.i18n.BilingualText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One ministry's share of a tranche as its pages show it: the award, the tranche (its number from 1), the paying
 * ministry, the amount, where it stands with every step taken (names, not subjects), the report, a return's reason,
 * the report's PDF ({@code null} for a request from before PDFs were asked for), the payment once recorded, and what the person reading it may do now ({@code actionable}, or why not).
 */
public record DisbursementView(long id, long awardId, String awardNumber, String awardTitleZhTw, String awardTitleEn,
                               int tranchePosition, String ministryCode, String ministryZhTw, String ministryEn,
                               long amount, DisbursementStatus status, String progressReport, long spentSoFar,
                               String requestedByName, Instant requestedAt, String returnReason, List<Step> steps,
                               String paymentReference, LocalDate valueDate, boolean actionable, String refusalKey,
                               long version, ReportFile reportPdf) {

    /** A step taken, by whom (their name), when and why. */
    public record Step(String actorName, DisbursementAction action, Instant takenAt, String reason) {
    }

    public DisbursementView {
        steps = List.copyOf(steps);
    }

    /** The tranche's number as people count: from 1. */
    public int trancheNumber() {
        return tranchePosition + 1;
    }

    public String awardTitle(Locale locale) {
        return BilingualText.pick(locale, awardTitleZhTw, awardTitleEn);
    }

    public String ministry(Locale locale) {
        return BilingualText.pick(locale, ministryZhTw, ministryEn);
    }
}
