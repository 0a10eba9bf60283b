package org.opendividend.calls.control;

import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.calls.entity.ShareDecision;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a draft is complete and coherent enough to publish: texts in both languages, shares that add up to the
 * budget and that every co-funding ministry accepted, grant limits within it, dates in order and in the future, criteria whose weights make 100 %, and a
 * licence policy for every type of output. An empty list means it may be published.
 */
public final class PublicationCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PublicationCheck() {
    }

    public static List<FieldProblem> problems(FundingCall call, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (CallWorkflow.find(call.recordedStatus(), CallAction.PUBLISH).isEmpty()) {
            problems.add(FieldProblem.of(null, "call.problem.notDraft"));
        }
        var t = call.texts();
        requireText(problems, "titleZhTw", t.titleZhTw());
        requireText(problems, "titleEn", t.titleEn());
        requireText(problems, "summaryZhTw", t.summaryZhTw());
        requireText(problems, "summaryEn", t.summaryEn());
        requireText(problems, "descriptionZhTw", t.descriptionZhTw());
        requireText(problems, "descriptionEn", t.descriptionEn());
        money(problems, call);
        dates(problems, call, now);
        if (call.organisationTypes().isEmpty()) {
            problems.add(FieldProblem.of("organisationTypes", "call.problem.noOrganisationTypes"));
        }
        if (call.targetLanguages().isEmpty()) {
            problems.add(FieldProblem.of("targetLanguages", "call.problem.noLanguages"));
        }
        if (call.focusAreas().isEmpty()) {
            problems.add(FieldProblem.of("focusAreas", "call.problem.noFocusAreas"));
        }
        for (int i = 0; i < call.reviewSetup().criteria().size(); i++) {
            var text = call.reviewSetup().criteria().get(i).text();
            requireText(problems, "criteria." + i + ".nameZhTw", text.nameZhTw());
            requireText(problems, "criteria." + i + ".nameEn", text.nameEn());
        }
        for (int i = 0; i < call.questions().size(); i++) {
            var spec = call.questions().get(i).spec();
            requireText(problems, "questions." + i + ".labelZhTw", spec.labelZhTw());
            requireText(problems, "questions." + i + ".labelEn", spec.labelEn());
        }
        if (call.reviewSetup().criteria().isEmpty()) {
            problems.add(FieldProblem.of("criteria", "call.problem.noCriteria"));
        } else {
            int weights = call.reviewSetup().criteria().stream().mapToInt(c -> c.weightPercent()).sum();
            if (weights != 100) {
                problems.add(FieldProblem.of("criteria", "call.problem.weights", weights));
            }
        }
        call.outputPolicy().allowedLicences().forEach((type, ids) -> {
            if (ids.isEmpty()) {
                problems.add(FieldProblem.of("licences." + type.name(), "call.problem.noLicences",
                        new Translatable(type.labelKey())));
            }
        });
        return problems;
    }

    private static void money(List<FieldProblem> problems, FundingCall call) {
        if (call.budget().signum() <= 0) {
            problems.add(FieldProblem.of("budget", "call.problem.noBudget"));
        } else if (call.funding().totalShares().compareTo(call.budget()) != 0) {
            problems.add(FieldProblem.of("shares", "call.problem.sharesSum", call.funding().totalShares(), call.budget()));
        }
        call.shares().forEach((ministry, amount) -> {
            if (amount.signum() <= 0) {
                problems.add(FieldProblem.of("shares." + ministry, "call.problem.emptyShare", ministry));
            }
        });
        consents(problems, call);
        if (call.minGrant().signum() <= 0) {
            problems.add(FieldProblem.of("minGrant", "call.problem.noMinGrant"));
        }
        if (call.maxGrant().compareTo(call.minGrant()) < 0 || call.maxGrant().signum() <= 0) {
            problems.add(FieldProblem.of("maxGrant", "call.problem.maxBelowMin"));
        } else if (call.budget().signum() > 0 && call.maxGrant().compareTo(call.budget()) > 0) {
            problems.add(FieldProblem.of("maxGrant", "call.problem.maxAboveBudget"));
        }
        if (call.outputPolicy().retentionPercent() < 0 || BigDecimal.valueOf(call.outputPolicy().retentionPercent()).compareTo(HUNDRED) > 0) {
            problems.add(FieldProblem.of("retentionPercent", "validation.between", 0, 100));
        }
    }

    /** No ministry's money is committed without its own approver's acceptance of its share as it stands. */
    private static void consents(List<FieldProblem> problems, FundingCall call) {
        Map<String, BigDecimal> shares = call.shares();
        Map<String, ShareConsent> consents = call.shareConsents();
        for (String ministry : call.coFunders()) {
            ShareConsent consent = consents.get(ministry);
            if (consent == null || !consent.isFor(shares.get(ministry))) {
                problems.add(FieldProblem.of("shares." + ministry, "call.problem.shareNotAccepted", ministry));
            } else if (consent.decision() == ShareDecision.DECLINED) {
                problems.add(FieldProblem.of("shares." + ministry, "call.problem.shareDeclined", ministry, consent.reason()));
            }
        }
    }

    private static void dates(List<FieldProblem> problems, FundingCall call, Instant now) {
        if (call.opensAt() == null) {
            problems.add(FieldProblem.of("opensAt", "validation.required"));
        }
        if (call.closesAt() == null) {
            problems.add(FieldProblem.of("closesAt", "validation.required"));
        } else if (!call.closesAt().isAfter(now)) {
            problems.add(FieldProblem.of("closesAt", "call.problem.closesInPast"));
        }
        if (call.opensAt() != null && call.closesAt() != null && !call.opensAt().isBefore(call.closesAt())) {
            problems.add(FieldProblem.of("closesAt", "call.problem.datesReversed"));
        }
    }

    private static void requireText(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "validation.required"));
        }
    }
}
