package org.opendividend.calls.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.calls.CallFixtures.AFTER;
import static org.opendividend.calls.CallFixtures.CLOSES_AT;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.NOW;
import static org.opendividend.calls.CallFixtures.OPENS_AT;
import static org.opendividend.calls.CallFixtures.twd;

class PublicationCheckTest {

    private static List<FieldProblem> problems(Consumer<CallFixtures.ContentBuilder> change) {
        return PublicationCheck.problems(CallFixtures.draft(CallFixtures.content(change)), NOW);
    }

    private static void assertOnly(FieldProblem expected, Consumer<CallFixtures.ContentBuilder> change) {
        assertEquals(List.of(expected), problems(change));
    }

    @Test
    void theCompleteDraftMayBePublished() {
        assertEquals(List.of(), PublicationCheck.problems(CallFixtures.draft(), NOW));
    }

    @Test
    void anOpeningInstantAlreadyPassedIsNoObstacle() {
        // a call published late opens at once; only the closing must lie ahead
        assertEquals(List.of(), PublicationCheck.problems(CallFixtures.draft(), OPENS_AT.plusSeconds(1)));
    }

    @Test
    void anEmptyDraftCannotBePublished() {
        List<FieldProblem> problems = PublicationCheck.problems(CallFixtures.emptyDraft(), NOW);
        List<String> fields = problems.stream().map(FieldProblem::field).toList();
        for (String field : List.of("titleZhTw", "titleEn", "summaryZhTw", "summaryEn", "descriptionZhTw", "descriptionEn",
                "budget", "shares.moc", "minGrant", "maxGrant", "opensAt", "closesAt", "organisationTypes",
                "targetLanguages", "focusAreas", "criteria", "licences.CODE", "licences.DATASET")) {
            assertTrue(fields.contains(field), field + " in " + problems);
        }
    }

    @Test
    void theEnglishTitleIsRequired() {
        assertOnly(FieldProblem.of("titleEn", "validation.required"), b -> b.texts(t -> new CallTexts(t.titleZhTw(), "  ",
                t.summaryZhTw(), t.summaryEn(), t.descriptionZhTw(), t.descriptionEn())));
    }

    @Test
    void everyTextIsRequiredInBothLanguages() {
        assertEquals(List.of(FieldProblem.of("summaryZhTw", "validation.required"),
                        FieldProblem.of("descriptionEn", "validation.required")),
                problems(b -> b.texts(t -> new CallTexts(t.titleZhTw(), t.titleEn(), "", t.summaryEn(),
                        t.descriptionZhTw(), ""))));
    }

    @Test
    void aCallNeedsABudget() {
        assertOnly(FieldProblem.of("budget", "call.problem.noBudget"), b -> b.budget = BigDecimal.ZERO);
    }

    @Test
    void theSharesMustAddUpToTheBudget() {
        assertOnly(FieldProblem.of("shares", "call.problem.sharesSum", twd(10_000_000), twd(12_000_000)),
                b -> b.budget = twd(12_000_000));
        assertOnly(FieldProblem.of("shares", "call.problem.sharesSum", twd(11_000_000), twd(10_000_000)),
                b -> b.shares = Map.of(LEAD, twd(7_000_000), CO_FUNDER, twd(4_000_000)));
    }

    @Test
    void sharesAreComparedByValueNotByScale() {
        assertEquals(List.of(), problems(b -> b.budget = new BigDecimal("10000000.00")));
    }

    @Test
    void aFundingMinistryMustPutMoneyIn() {
        assertOnly(FieldProblem.of("shares.moda", "call.problem.emptyShare", CO_FUNDER),
                b -> b.shares = Map.of(LEAD, CallFixtures.BUDGET, CO_FUNDER, BigDecimal.ZERO));
        assertOnly(FieldProblem.of("shares.moc", "call.problem.emptyShare", LEAD),
                b -> b.shares = Map.of(LEAD, BigDecimal.ZERO, CO_FUNDER, CallFixtures.BUDGET));
    }

    @Test
    void aCoFundersShareMustBeAcceptedByThatMinistryItself() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        assertEquals(List.of(FieldProblem.of("shares.moda", "call.problem.shareNotAccepted", CO_FUNDER)),
                PublicationCheck.problems(call, NOW), "the lead set moda's share, moda did not accept it");

        call.decideShare(CO_FUNDER, ShareConsent.declined(CallFixtures.CO_FUNDER_SHARE, "not in this year's budget",
                CallFixtures.approverOfModa().actor(), NOW), NOW);
        assertEquals(List.of(FieldProblem.of("shares.moda", "call.problem.shareDeclined", CO_FUNDER, "not in this year's budget")),
                PublicationCheck.problems(call, NOW));

        call.decideShare(CO_FUNDER, ShareConsent.accepted(CallFixtures.CO_FUNDER_SHARE,
                CallFixtures.approverOfModa().actor(), NOW), NOW);
        assertEquals(List.of(), PublicationCheck.problems(call, NOW));

        call.changeShare(CO_FUNDER, twd(3_000_000), CallFixtures.officerOfModa().actor(), NOW);
        call.changeShare(LEAD, twd(7_000_000), CallFixtures.officerOfMoc().actor(), NOW);
        assertEquals(List.of(FieldProblem.of("shares.moda", "call.problem.shareNotAccepted", CO_FUNDER)),
                PublicationCheck.problems(call, NOW), "the acceptance was of another amount");
    }

    @Test
    void theLeadMinistrysOwnShareNeedsNoSeparateAcceptance() {
        FundingCall call = CallFixtures.draftAwaitingConsent(CallFixtures.content(b -> b.shares = Map.of(LEAD, CallFixtures.BUDGET)));
        assertEquals(List.of(), PublicationCheck.problems(call, NOW), "its approver publishes the call");
    }

    @Test
    void aCallNeedsASmallestGrant() {
        assertOnly(FieldProblem.of("minGrant", "call.problem.noMinGrant"), b -> b.minGrant = BigDecimal.ZERO);
    }

    @Test
    void theLargestGrantCannotExceedTheBudget() {
        assertOnly(FieldProblem.of("maxGrant", "call.problem.maxAboveBudget"), b -> b.maxGrant = twd(10_000_001));
        assertEquals(List.of(), problems(b -> b.maxGrant = CallFixtures.BUDGET), "the whole budget for one grant is allowed");
    }

    @Test
    void theLargestGrantCannotBeBelowTheSmallest() {
        assertOnly(FieldProblem.of("maxGrant", "call.problem.maxBelowMin"), b -> b.maxGrant = twd(499_999));
    }

    @Test
    void theClosingMustLieInTheFuture() {
        FundingCall call = CallFixtures.draft();
        assertEquals(List.of(FieldProblem.of("closesAt", "call.problem.closesInPast")), PublicationCheck.problems(call, AFTER));
        assertEquals(List.of(FieldProblem.of("closesAt", "call.problem.closesInPast")), PublicationCheck.problems(call, CLOSES_AT),
                "closing now is closing in the past");
        assertEquals(List.of(), PublicationCheck.problems(call, CLOSES_AT.minusSeconds(1)));
    }

    @Test
    void theDatesMustBeInOrder() {
        assertOnly(FieldProblem.of("closesAt", "call.problem.datesReversed"), b -> {
            b.opensAt = CLOSES_AT.plus(Duration.ofDays(1));
            b.closesAt = CLOSES_AT;
        });
    }

    @Test
    void bothDatesAreRequired() {
        assertOnly(FieldProblem.of("opensAt", "validation.required"), b -> b.opensAt = null);
        assertOnly(FieldProblem.of("closesAt", "validation.required"), b -> b.closesAt = null);
    }

    @Test
    void aCallIsOpenToSomeOrganisations() {
        assertOnly(FieldProblem.of("organisationTypes", "call.problem.noOrganisationTypes"), b -> b.organisationTypes = Set.of());
    }

    @Test
    void aCallTargetsSomeLanguage() {
        assertOnly(FieldProblem.of("targetLanguages", "call.problem.noLanguages"), b -> b.targetLanguages = Set.of());
    }

    @Test
    void aCallHasSomeFocus() {
        assertOnly(FieldProblem.of("focusAreas", "call.problem.noFocusAreas"), b -> b.focusAreas = Set.of());
    }

    @Test
    void aCallHasCriteria() {
        assertOnly(FieldProblem.of("criteria", "call.problem.noCriteria"), b -> b.criteria = List.of());
    }

    @Test
    void theCriteriasWeightsMake100() {
        List<CallContent.CriterionSpec> ninety = CallFixtures.criteria().subList(0, 2).stream()
                .map(c -> new CallContent.CriterionSpec(c.text(), 45, c.scale(), c.threshold())).toList();
        assertOnly(FieldProblem.of("criteria", "call.problem.weights", 90), b -> b.criteria = ninety);
    }

    @Test
    void everyOutputTypeNeedsALicence() {
        assertOnly(FieldProblem.of("licences.DOCUMENTATION", "call.problem.noLicences", new Translatable("output.type.DOCUMENTATION")),
                b -> b.licences(OutputType.DOCUMENTATION, Set.of()));
        assertOnly(FieldProblem.of("licences.MODEL_WEIGHTS", "call.problem.noLicences", new Translatable("output.type.MODEL_WEIGHTS")),
                b -> {
                    b.allowedLicences = new java.util.EnumMap<>(b.allowedLicences);
                    b.allowedLicences.remove(OutputType.MODEL_WEIGHTS);
                });
    }

    @Test
    void onlyADraftIsPublished() {
        FundingCall published = CallFixtures.published();
        assertEquals(List.of(FieldProblem.of(null, "call.problem.notDraft")), PublicationCheck.problems(published, NOW));
        for (CallStatus status : List.of(CallStatus.OPEN, CallStatus.ARCHIVED)) {
            List<FieldProblem> problems = PublicationCheck.problems(CallFixtures.callIn(status), NOW);
            assertEquals(FieldProblem.of(null, "call.problem.notDraft"), problems.get(0), status.name());
        }
    }
}
