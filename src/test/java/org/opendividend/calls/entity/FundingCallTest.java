package org.opendividend.calls.entity;

import org.opendividend.organisations.entity.OrganisationType;
import org.junit.jupiter.api.Test;
import org.opendividend.calls.CallFixtures;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.calls.CallFixtures.AFTER;
import static org.opendividend.calls.CallFixtures.CLOSES_AT;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.CREATED;
import static org.opendividend.calls.CallFixtures.DURING;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.NOW;
import static org.opendividend.calls.CallFixtures.OPENS_AT;
import static org.opendividend.calls.CallFixtures.UNRELATED;
import static org.opendividend.calls.CallFixtures.twd;

class FundingCallTest {

    private static final Actor OFFICER = CallFixtures.officerOfMoc().actor();
    private static final Actor APPROVER = CallFixtures.approverOfMoc().actor();
    private static final Actor CO_FUNDING_OFFICER = CallFixtures.officerOfModa().actor();

    // ---------------------------------------------------------------- draft and revise

    @Test
    void aDraftAdoptsTheDefaultLicencesOnlyForTypesWithoutAPolicy() {
        FundingCall call = CallFixtures.emptyDraft();
        call.adoptDefaultLicences(Map.of(OutputType.CODE, Set.of("MIT"), OutputType.DATASET, Set.of("CC0-1.0")));
        assertEquals(Set.of("MIT"), call.outputPolicy().allowedLicences().get(OutputType.CODE));
        call.adoptDefaultLicences(Map.of(OutputType.CODE, Set.of("Apache-2.0"), OutputType.DOCUMENTATION, Set.of("CC-BY-4.0")));
        assertEquals(Set.of("MIT"), call.outputPolicy().allowedLicences().get(OutputType.CODE), "a chosen policy is not overwritten");
        assertEquals(Set.of("CC-BY-4.0"), call.outputPolicy().allowedLicences().get(OutputType.DOCUMENTATION));
        assertEquals(Set.of(), call.outputPolicy().allowedLicences().get(OutputType.EVALUATION), "no default given, none adopted");
    }

    @Test
    void aNewDraftHasTheFundsDefaults() {
        FundingCall call = CallFixtures.emptyDraft();
        assertEquals(CallStatus.DRAFT, call.recordedStatus());
        assertEquals(CallStatus.DRAFT, call.statusAt(AFTER), "a draft stays a draft whatever the time");
        assertEquals(Map.of(LEAD, BigDecimal.ZERO), call.shares(), "the lead ministry's share is there from the start");
        assertTrue(call.isFundedBy(LEAD));
        assertEquals(Set.of(), call.coFunders());
        assertEquals(0, call.funding().coFunding(call.leadMinistry()).signum(), "nobody co-funds a new draft");
        assertEquals(10, call.outputPolicy().retentionPercent());
        assertEquals(OutputPolicy.DEFAULT_RETENTION_PERCENT, call.outputPolicy().retentionPercent());
        assertEquals(LEAD, call.leadMinistry());
        assertEquals(CallFixtures.PROGRAMME, call.programmeCode());
        assertEquals(CallTexts.EMPTY, call.texts());
        assertEquals(0, call.budget().signum());
        assertEquals(OFFICER.subject(), call.authorship().authorSubject());
        assertEquals(OFFICER.displayName(), call.authorship().authorName());
        assertEquals(CREATED, call.authorship().createdAt());
        assertEquals(CREATED, call.updatedAt());
        assertNull(call.authorship().publishedAt());
        assertNull(call.opensAt());
        assertNull(call.closesAt());
        assertEquals(List.of(), call.reviewSetup().criteria());
        assertEquals(List.of(), call.extensions());
        call.outputPolicy().allowedLicences().forEach((type, ids) -> assertEquals(Set.of(), ids, "no licence yet for " + type));
        assertEquals(Set.of(OutputType.values()), call.outputPolicy().allowedLicences().keySet(), "every output type is listed");
    }

    @Test
    void reviseTakesEverythingFromTheContent() {
        FundingCall call = CallFixtures.draft();
        CallContent c = CallFixtures.content();
        assertEquals(c.texts(), call.texts());
        assertEquals(c.funding().budget(), call.budget());
        assertEquals(c.funding().shares(), call.shares());
        assertEquals(Set.of(CO_FUNDER), call.coFunders());
        assertEquals(c.funding().shares().get(CO_FUNDER), call.funding().coFunding(call.leadMinistry()), "the one co-funder's share, not the lead's");
        assertEquals(c.funding().minGrant(), call.minGrant());
        assertEquals(c.funding().maxGrant(), call.maxGrant());
        assertEquals(c.funding().maxDurationMonths(), call.maxDurationMonths());
        assertEquals(OPENS_AT, call.opensAt());
        assertEquals(CLOSES_AT, call.closesAt());
        assertEquals(c.eligibility().organisationTypes(), call.organisationTypes());
        assertEquals(c.eligibility().focusAreas(), call.focusAreas());
        assertEquals(Set.copyOf(c.eligibility().targetLanguages()), Set.copyOf(call.targetLanguages()));
        assertEquals(List.of("nan", "hak"), call.targetLanguages(), "in the catalogue's order");
        assertEquals(c.eligibility().requiredAttachments(), call.requiredAttachments());
        assertEquals(c.review().criteria(), call.reviewSetup().criteria().stream()
                .map(k -> new CallContent.CriterionSpec(k.text(), k.weightPercent(), k.scale(), k.threshold())).toList());
        assertEquals(c.review().overallThreshold(), call.reviewSetup().overallThreshold());
        assertEquals(c.review().reviewsPerApplication(), call.reviewSetup().reviewsPerApplication());
        assertEquals(c.review().blindReview(), call.reviewSetup().blindReview());
        assertEquals(c.eligibility().questions(), call.questions().stream().map(Question::spec).toList());
        assertEquals(c.outputs().allowedLicences(), call.outputPolicy().allowedLicences());
        assertEquals(c.outputs().requiredMofClass(), call.outputPolicy().requiredMofClass());
        assertEquals(c.outputs().releaseDeadlineMonths(), call.outputPolicy().releaseDeadlineMonths());
        assertEquals(c.outputs().retentionPercent(), call.outputPolicy().retentionPercent());
        assertEquals(CREATED.plus(Duration.ofHours(1)), call.updatedAt());
    }

    @Test
    void reviseReplacesCollectionsInsteadOfAddingToThem() {
        FundingCall call = CallFixtures.draft();
        List<CallContent.CriterionSpec> oneCriterion = List.of(new CallContent.CriterionSpec(
                new Criterion.CriterionText("品質", "Quality", "", ""), 100, ScoreScale.ONE_TO_NINE, new BigDecimal("6")));
        CallContent second = CallFixtures.content(b -> {
            b.criteria = oneCriterion;
            b.questions = List.of();
            b.allowedLicences = Map.of(OutputType.CODE, Set.of("MIT"));
            b.shares = Map.of(LEAD, twd(10_000_000));
            b.organisationTypes = Set.of(OrganisationType.COMPANY);
            b.focusAreas = Set.of(FocusArea.OPEN_MODELS);
            b.targetLanguages = Set.of("ami");
            b.requiredAttachments = Set.of();
        });
        call.revise(second, OFFICER, NOW);

        assertEquals(1, call.reviewSetup().criteria().size());
        assertEquals("Quality", call.reviewSetup().criteria().get(0).text().nameEn());
        assertEquals(List.of(), call.questions());
        assertEquals(Set.of("MIT"), call.outputPolicy().allowedLicences().get(OutputType.CODE));
        assertEquals(Set.of(), call.outputPolicy().allowedLicences().get(OutputType.DATASET), "licences of other types are gone");
        assertEquals(Map.of(LEAD, twd(10_000_000)), call.shares(), "the co-funder's share is gone");
        assertFalse(call.isFundedBy(CO_FUNDER));
        assertEquals(Set.of(OrganisationType.COMPANY), call.organisationTypes());
        assertEquals(Set.of(FocusArea.OPEN_MODELS), call.focusAreas());
        assertEquals(List.of("ami"), call.targetLanguages());
        assertEquals(Set.of(), call.requiredAttachments());
        assertEquals(NOW, call.updatedAt());
    }

    @Test
    void reviseKeepsTheLeadMinistrysShareWhenTheContentLeavesItOut() {
        FundingCall call = CallFixtures.draft(CallFixtures.content(b -> b.shares = Map.of(CO_FUNDER, twd(4_000_000))));
        assertEquals(Map.of(LEAD, BigDecimal.ZERO, CO_FUNDER, twd(4_000_000)), call.shares());
    }

    @Test
    void onlyADraftMayBeRevised() {
        for (CallStatus status : CallStatus.values()) {
            if (status == CallStatus.DRAFT) {
                continue;
            }
            FundingCall call = CallFixtures.callIn(status);
            CallContent other = CallFixtures.content(b -> b.budget = twd(1));
            assertThrows(IllegalStateException.class, () -> call.revise(other, OFFICER, CallFixtures.momentIn(status)), status.name());
            assertEquals(CallFixtures.BUDGET, call.budget(), "nothing changed when " + status);
            assertEquals(status, call.recordedStatus());
        }
    }

    // ---------------------------------------------------------------- the schedule, to the instant

    @Test
    void statusAtTheExactInstants() {
        FundingCall call = CallFixtures.published();
        assertEquals(CallStatus.PUBLISHED, call.statusAt(OPENS_AT.minusNanos(1)));
        assertEquals(CallStatus.OPEN, call.statusAt(OPENS_AT));
        assertEquals(CallStatus.OPEN, call.statusAt(CLOSES_AT.minus(Duration.ofNanos(1_000))), "one microsecond before closing");
        assertEquals(CallStatus.OPEN, call.statusAt(CLOSES_AT.minusNanos(1)));
        assertEquals(CallStatus.CLOSED, call.statusAt(CLOSES_AT));
        assertEquals(CallStatus.CLOSED, call.statusAt(AFTER));
        assertEquals(CallStatus.PUBLISHED, call.recordedStatus(), "asking does not record anything");
    }

    @Test
    void statusAtIsTheSameWhenTheScheduleWasRecorded() {
        FundingCall call = CallFixtures.callIn(CallStatus.OPEN);
        assertEquals(CallStatus.OPEN, call.statusAt(CLOSES_AT.minus(Duration.ofNanos(1_000))));
        assertEquals(CallStatus.CLOSED, call.statusAt(CLOSES_AT));
    }

    @Test
    void applicationsAreOnTimeStrictlyBeforeTheClosingInstant() {
        FundingCall call = CallFixtures.published();
        assertFalse(call.acceptsApplicationsAt(OPENS_AT.minusNanos(1)), "not yet open");
        assertTrue(call.acceptsApplicationsAt(OPENS_AT));
        assertTrue(call.acceptsApplicationsAt(CLOSES_AT.minus(Duration.ofNanos(1_000))));
        assertFalse(call.acceptsApplicationsAt(CLOSES_AT), "at the closing instant it is too late");
        assertFalse(CallFixtures.draft().acceptsApplicationsAt(DURING), "a draft never accepts applications");
    }

    @Test
    void catchUpRecordsOpeningThenClosingAndNothingInBetween() {
        FundingCall call = CallFixtures.published();
        assertEquals(Optional.empty(), call.catchUp(OPENS_AT.minusNanos(1)));
        assertEquals(CallStatus.PUBLISHED, call.recordedStatus());

        assertEquals(Optional.of(CallAction.OPEN), call.catchUp(OPENS_AT));
        assertEquals(CallStatus.OPEN, call.recordedStatus());
        assertEquals(OPENS_AT, call.updatedAt());
        assertEquals(Optional.empty(), call.catchUp(DURING), "nothing changed since");
        assertEquals(OPENS_AT, call.updatedAt(), "not touched when nothing changed");

        assertEquals(Optional.of(CallAction.CLOSE), call.catchUp(CLOSES_AT));
        assertEquals(CallStatus.CLOSED, call.recordedStatus());
        assertEquals(Optional.empty(), call.catchUp(AFTER));
        assertEquals(CallStatus.CLOSED, call.recordedStatus());
    }

    @Test
    void catchUpAfterTheWholeScheduleRecordsTheClosing() {
        FundingCall call = CallFixtures.published();
        assertEquals(Optional.of(CallAction.CLOSE), call.catchUp(AFTER));
        assertEquals(CallStatus.CLOSED, call.recordedStatus());
    }

    @Test
    void catchUpLeavesDraftsAndLaterStatusesAlone() {
        for (CallStatus status : List.of(CallStatus.DRAFT, CallStatus.CLOSED, CallStatus.IN_REVIEW, CallStatus.DECIDED,
                CallStatus.ARCHIVED)) {
            FundingCall call = CallFixtures.callIn(status);
            assertEquals(Optional.empty(), call.catchUp(AFTER.plus(Duration.ofDays(400))), status.name());
            assertEquals(status, call.recordedStatus());
        }
    }

    @Test
    void applyJudgesFromTheStatusAtTheInstantNotFromALaggingRecord() {
        FundingCall call = CallFixtures.published();
        // the scheduler has not recorded the closing, yet the call is closed
        assertEquals(CallStatus.IN_REVIEW, call.apply(CallAction.START_REVIEW, OFFICER, AFTER));
    }

    // ---------------------------------------------------------------- deadline extensions

    @Test
    void anOpenCallsDeadlineMayBeMovedLaterWithAReason() {
        FundingCall call = CallFixtures.callIn(CallStatus.OPEN);
        Instant later = CLOSES_AT.plus(Duration.ofDays(7));
        DeadlineExtension extension = call.extendDeadline(later, "颱風停班停課", OFFICER, DURING);

        assertEquals(CLOSES_AT, extension.previousClosesAt());
        assertEquals(later, extension.newClosesAt());
        assertEquals("颱風停班停課", extension.reason());
        assertEquals(OFFICER.displayName(), extension.extendedByName());
        assertEquals(DURING, extension.extendedAt());
        assertEquals(later, call.closesAt());
        assertEquals(List.of(extension), call.extensions());
        assertEquals(DURING, call.updatedAt());
        assertTrue(call.acceptsApplicationsAt(CLOSES_AT), "the old deadline no longer closes it");
        assertFalse(call.acceptsApplicationsAt(later));
    }

    @Test
    void aPublishedCallNotYetOpenMayBeExtended() {
        FundingCall call = CallFixtures.published();
        call.extendDeadline(CLOSES_AT.plusSeconds(1), "more time", OFFICER, NOW);
        assertEquals(CLOSES_AT.plusSeconds(1), call.closesAt());
    }

    @Test
    void anExtensionMustBeLaterThanTheCurrentClosing() {
        FundingCall call = CallFixtures.callIn(CallStatus.OPEN);
        assertThrows(IllegalArgumentException.class, () -> call.extendDeadline(CLOSES_AT, "same", OFFICER, DURING));
        assertThrows(IllegalArgumentException.class,
                () -> call.extendDeadline(CLOSES_AT.minusSeconds(1), "earlier", OFFICER, DURING));
        assertEquals(CLOSES_AT, call.closesAt());
        assertEquals(List.of(), call.extensions());

        Instant first = CLOSES_AT.plus(Duration.ofDays(7));
        call.extendDeadline(first, "first", OFFICER, DURING);
        assertThrows(IllegalArgumentException.class,
                () -> call.extendDeadline(CLOSES_AT.plus(Duration.ofDays(3)), "later than the original, not the current",
                        OFFICER, DURING));
        assertEquals(first, call.closesAt());
        assertEquals(1, call.extensions().size());
    }

    @Test
    void onlyAPublishedOrOpenCallsDeadlineMayBeExtended() {
        Instant later = AFTER.plus(Duration.ofDays(30));
        for (CallStatus status : List.of(CallStatus.DRAFT, CallStatus.CLOSED, CallStatus.IN_REVIEW, CallStatus.DECIDED,
                CallStatus.ARCHIVED)) {
            FundingCall call = CallFixtures.callIn(status);
            assertThrows(IllegalStateException.class,
                    () -> call.extendDeadline(later, "too late", OFFICER, CallFixtures.momentIn(status)), status.name());
            assertEquals(CLOSES_AT, call.closesAt());
        }
        FundingCall unrecordedClosing = CallFixtures.callIn(CallStatus.OPEN);
        assertThrows(IllegalStateException.class, () -> unrecordedClosing.extendDeadline(later, "at the deadline", OFFICER, CLOSES_AT),
                "closed from the closing instant even if not recorded yet");
        assertEquals(List.of(), unrecordedClosing.extensions());
    }

    // ---------------------------------------------------------------- text corrections

    @Test
    void textsMayBeCorrectedInDraftPublishedAndOpenCalls() {
        CallTexts corrected = new CallTexts("更正標題", "Corrected title", "摘要", "Summary", "說明", "Description");
        for (CallStatus status : List.of(CallStatus.DRAFT, CallStatus.PUBLISHED, CallStatus.OPEN)) {
            FundingCall call = CallFixtures.callIn(status);
            Instant at = CallFixtures.momentIn(status);
            assertTrue(call.canCorrectTextsAt(at), status.name());
            call.correctTexts(corrected, OFFICER, at);
            assertEquals(corrected, call.texts(), status.name());
            assertEquals(at, call.updatedAt());
            assertEquals(CallFixtures.BUDGET, call.budget(), "only the texts change");
        }
    }

    @Test
    void textsCannotBeCorrectedOnceTheCallClosed() {
        CallTexts corrected = new CallTexts("更正標題", "Corrected title", "摘要", "Summary", "說明", "Description");
        for (CallStatus status : List.of(CallStatus.CLOSED, CallStatus.IN_REVIEW, CallStatus.DECIDED, CallStatus.ARCHIVED)) {
            FundingCall call = CallFixtures.callIn(status);
            assertFalse(call.canCorrectTextsAt(AFTER), status.name());
            assertThrows(IllegalStateException.class, () -> call.correctTexts(corrected, OFFICER, AFTER), status.name());
            assertEquals(CallFixtures.texts(), call.texts());
        }
        FundingCall open = CallFixtures.callIn(CallStatus.OPEN);
        assertFalse(open.canCorrectTextsAt(CLOSES_AT), "closed at the instant, recorded or not");
        assertThrows(IllegalStateException.class, () -> open.correctTexts(corrected, OFFICER, CLOSES_AT));
        assertEquals(CallFixtures.texts(), open.texts());
    }

    // ---------------------------------------------------------------- shares

    @Test
    void aFunderChangesItsShareInADraft() {
        FundingCall call = CallFixtures.draft();
        call.changeShare(CO_FUNDER, twd(3_000_000), CO_FUNDING_OFFICER, NOW);
        assertEquals(Map.of(LEAD, CallFixtures.LEAD_SHARE, CO_FUNDER, twd(3_000_000)), call.shares());
        assertEquals(twd(9_000_000), call.funding().totalShares());
        assertEquals(NOW, call.updatedAt());
    }

    @Test
    void aMinistryThatDoesNotFundTheCallHasNoShareToChange() {
        FundingCall call = CallFixtures.draft();
        assertThrows(IllegalArgumentException.class, () -> call.changeShare(UNRELATED, twd(1_000_000), CO_FUNDING_OFFICER, NOW));
        assertFalse(call.isFundedBy(UNRELATED), "changing a share does not make a new funder");
        assertEquals(CallFixtures.shares(), call.shares());
    }

    @Test
    void sharesCannotChangeOncePublished() {
        for (CallStatus status : List.of(CallStatus.PUBLISHED, CallStatus.OPEN, CallStatus.CLOSED)) {
            FundingCall call = CallFixtures.callIn(status);
            assertThrows(IllegalStateException.class,
                    () -> call.changeShare(CO_FUNDER, twd(1), CO_FUNDING_OFFICER, CallFixtures.momentIn(status)), status.name());
            assertEquals(CallFixtures.CO_FUNDER_SHARE, call.shares().get(CO_FUNDER));
        }
    }

    @Test
    void aCoFundersAnswerIsRecordedWithWhoWhenAndTheAmount() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        Actor approver = CallFixtures.approverOfModa().actor();
        assertEquals(Map.of(), call.shareConsents());

        call.decideShare(CO_FUNDER, ShareConsent.accepted(CallFixtures.CO_FUNDER_SHARE, approver, NOW), NOW);

        ShareConsent consent = call.shareConsents().get(CO_FUNDER);
        assertEquals(ShareDecision.ACCEPTED, consent.decision());
        assertEquals(CallFixtures.CO_FUNDER_SHARE, consent.amount());
        assertEquals(approver.subject(), consent.decidedBySubject());
        assertEquals(approver.displayName(), consent.decidedByName());
        assertEquals(NOW, consent.decidedAt());
        assertTrue(consent.accepts(CallFixtures.CO_FUNDER_SHARE));
        assertFalse(call.authorship().hasEdited(approver.subject()), "answering for a share is no edit of the call");
    }

    @Test
    void changingAShareAfterItsAcceptanceVoidsTheAcceptance() {
        FundingCall call = CallFixtures.draft();
        assertTrue(call.shareConsents().containsKey(CO_FUNDER), "the fixture's co-funder accepted");

        call.revise(CallFixtures.content(), OFFICER, NOW);
        assertTrue(call.shareConsents().containsKey(CO_FUNDER), "saving the same amount keeps the answer");
        call.changeShare(CO_FUNDER, CallFixtures.CO_FUNDER_SHARE.add(twd(1)), CO_FUNDING_OFFICER, NOW);
        assertFalse(call.shareConsents().containsKey(CO_FUNDER), "a changed share voids it");

        FundingCall revised = CallFixtures.draft();
        revised.revise(CallFixtures.content(b -> b.shares = Map.of(LEAD, twd(5_000_000), CO_FUNDER, twd(5_000_000))), OFFICER, NOW);
        assertEquals(Map.of(), revised.shareConsents(), "so does a share changed by the lead's draft");

        FundingCall dropped = CallFixtures.draft();
        dropped.revise(CallFixtures.content(b -> b.shares = Map.of(LEAD, CallFixtures.BUDGET)), OFFICER, NOW);
        assertEquals(Map.of(), dropped.shareConsents(), "and a share removed");
    }

    @Test
    void onlyACoFundersShareOfADraftAsItStandsIsAnswered() {
        FundingCall call = CallFixtures.draftAwaitingConsent();
        Actor approver = CallFixtures.approverOf(LEAD).actor();
        assertThrows(IllegalArgumentException.class, () -> call.decideShare(LEAD,
                ShareConsent.accepted(CallFixtures.LEAD_SHARE, approver, NOW), NOW), "the lead's share needs no answer");
        assertThrows(IllegalArgumentException.class, () -> call.decideShare(UNRELATED,
                ShareConsent.accepted(twd(1), CallFixtures.approverOfNstc().actor(), NOW), NOW), "no share at all");
        assertThrows(IllegalArgumentException.class, () -> call.decideShare(CO_FUNDER,
                ShareConsent.accepted(twd(1), CallFixtures.approverOfModa().actor(), NOW), NOW), "another amount");
        assertEquals(Map.of(), call.shareConsents());

        FundingCall published = CallFixtures.published();
        assertThrows(IllegalStateException.class, () -> published.decideShare(CO_FUNDER,
                ShareConsent.declined(CallFixtures.CO_FUNDER_SHARE, "too late", CallFixtures.approverOfModa().actor(), NOW), NOW));
        assertEquals(ShareDecision.ACCEPTED, published.shareConsents().get(CO_FUNDER).decision());
    }

    @Test
    void sharesAreACopy() {
        FundingCall call = CallFixtures.draft();
        call.shares().put(UNRELATED, twd(1));
        assertFalse(call.isFundedBy(UNRELATED));
    }

    // ---------------------------------------------------------------- publication and authorship

    @Test
    void publicationRecordsThePublisherAndTheInstant() {
        FundingCall call = CallFixtures.draft();
        assertEquals(CallStatus.PUBLISHED, call.apply(CallAction.PUBLISH, APPROVER, NOW));
        assertEquals(CallStatus.PUBLISHED, call.recordedStatus());
        assertEquals(APPROVER.displayName(), call.authorship().publishedByName());
        assertEquals(NOW, call.authorship().publishedAt());
        assertEquals(NOW, call.updatedAt());
        assertEquals(OFFICER.subject(), call.authorship().authorSubject(), "the author stays the author");
    }

    @Test
    void laterStepsDoNotOverwriteThePublisher() {
        FundingCall call = CallFixtures.callIn(CallStatus.DECIDED);
        assertEquals(APPROVER.displayName(), call.authorship().publishedByName());
        assertEquals(NOW, call.authorship().publishedAt());
    }

    @Test
    void theAuthorAndEveryoneWhoChangedTheCallAreItsEditors() {
        Actor colleague = new Actor("sub-officer-moc-2", "colleague");
        Actor extender = new Actor("sub-officer-moc-3", "extender");
        FundingCall call = CallFixtures.emptyDraft();
        assertTrue(call.authorship().hasEdited(OFFICER.subject()), "the author");
        assertFalse(call.authorship().hasEdited(colleague.subject()));

        call.revise(CallFixtures.content(), colleague, NOW);
        call.changeShare(CO_FUNDER, twd(4_000_000), CO_FUNDING_OFFICER, NOW);
        call.apply(CallAction.PUBLISH, APPROVER, NOW);
        call.extendDeadline(CLOSES_AT.plusSeconds(60), "more time", extender, NOW);

        assertEquals(Set.of(OFFICER.subject(), colleague.subject(), CO_FUNDING_OFFICER.subject(), extender.subject()),
                call.authorship().editorSubjects());
        assertFalse(call.authorship().hasEdited(APPROVER.subject()), "publishing is no edit");
        assertFalse(call.authorship().hasEdited(null), "the anonymous caller edited nothing");
        assertFalse(FundingCall.draft(CallFixtures.PROGRAMME, LEAD, Actor.SYSTEM, CREATED).authorship().hasEdited(null),
                "a call written by the system has no editor subject that null could match");
    }
}
