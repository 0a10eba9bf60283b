package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallActor;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.workflow.Workflow.Transition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opendividend.calls.CallFixtures.AFTER;
import static org.opendividend.calls.CallFixtures.CLOSES_AT;
import static org.opendividend.calls.CallFixtures.CO_FUNDER;
import static org.opendividend.calls.CallFixtures.DURING;
import static org.opendividend.calls.CallFixtures.LEAD;
import static org.opendividend.calls.CallFixtures.NOW;
import static org.opendividend.calls.CallFixtures.UNRELATED;
import static org.opendividend.calls.CallFixtures.applicant;
import static org.opendividend.calls.CallFixtures.approverOfMoc;
import static org.opendividend.calls.CallFixtures.approverOfNstc;
import static org.opendividend.calls.CallFixtures.authorWhoIsAlsoApprover;
import static org.opendividend.calls.CallFixtures.fundAdmin;
import static org.opendividend.calls.CallFixtures.officerOfModa;
import static org.opendividend.calls.CallFixtures.officerOfMoc;
import static org.opendividend.calls.CallFixtures.officerOfNstc;

/** Who may do what with a call: the right role of the right ministry, and nobody else. */
class CallPermissionsTest {

    private static final Decision ALLOWED = Decision.allow();

    private static Decision denied(String reason) {
        return Decision.deny(reason);
    }

    // ---------------------------------------------------------------- create

    @Test
    void anOfficerCreatesCallsForTheirOwnMinistryOnly() {
        assertEquals(ALLOWED, CallPermissions.canCreate(officerOfMoc(), LEAD));
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(officerOfMoc(), UNRELATED),
                "wrong ministry");
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(approverOfMoc(), LEAD), "wrong role");
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(fundAdmin(), LEAD));
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(Caller.ANONYMOUS, LEAD));
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(officerOfMoc(), null));
    }

    @Test
    void aPersonWithTwoMinistriesActsForBoth() {
        Caller both = CallFixtures.caller("sub-two", EnumSet.of(Role.OFFICER), LEAD, UNRELATED);
        assertEquals(ALLOWED, CallPermissions.canCreate(both, LEAD));
        assertEquals(ALLOWED, CallPermissions.canCreate(both, UNRELATED));
        assertEquals(denied("denied.call.notOfficerOfMinistry"), CallPermissions.canCreate(both, CO_FUNDER));
    }

    // ---------------------------------------------------------------- see

    @Test
    void aDraftIsSeenByTheStaffOfItsFundersAndTheFundAdminOnly() {
        FundingCall draft = CallFixtures.draft();
        Caller financeOfModa = CallFixtures.caller("sub-finance-moda", EnumSet.of(Role.FINANCE), CO_FUNDER);
        Caller approverOfModa = CallFixtures.caller("sub-approver-moda", EnumSet.of(Role.APPROVER), CO_FUNDER);
        for (Caller allowed : List.of(officerOfMoc(), approverOfMoc(), officerOfModa(), approverOfModa, financeOfModa, fundAdmin())) {
            assertEquals(ALLOWED, CallPermissions.canSee(allowed, draft), allowed.subject());
            assertEquals(ALLOWED, CallPermissions.canSeeAsStaff(allowed, draft), allowed.subject());
        }
        Caller reviewerOfMoc = CallFixtures.caller("sub-reviewer", EnumSet.of(Role.REVIEWER, Role.APPLICANT), LEAD);
        for (Caller refused : List.of(applicant(), approverOfNstc(), reviewerOfMoc, Caller.ANONYMOUS)) {
            assertEquals(denied("denied.call.notVisible"), CallPermissions.canSee(refused, draft), refused.displayName());
            assertEquals(denied("denied.call.notVisible"), CallPermissions.canSeeAsStaff(refused, draft), refused.displayName());
        }
        assertEquals(denied("denied.call.notVisible"), CallPermissions.canSee(officerOfNstc(), draft));
        assertEquals(denied(CallStewardship.NOT_FUNDING_OFFICER), CallPermissions.canSeeAsStaff(officerOfNstc(), draft),
                "an officer is refused by the officers' rule, as screening refuses them");
    }

    @Test
    void aPublishedCallIsSeenByEveryone() {
        for (CallStatus status : List.of(CallStatus.PUBLISHED, CallStatus.OPEN, CallStatus.CLOSED, CallStatus.ARCHIVED)) {
            FundingCall call = CallFixtures.callIn(status);
            for (Caller anyone : List.of(Caller.ANONYMOUS, applicant(), officerOfNstc(), officerOfMoc(), fundAdmin())) {
                assertEquals(ALLOWED, CallPermissions.canSee(anyone, call), status + " " + anyone.displayName());
            }
        }
    }

    @Test
    void staffViewsOfAPublishedCallStayWithTheStaff() {
        FundingCall call = CallFixtures.published();
        assertEquals(ALLOWED, CallPermissions.canSeeAsStaff(officerOfModa(), call));
        assertEquals(denied("denied.call.notVisible"), CallPermissions.canSeeAsStaff(applicant(), call));
        assertEquals(denied("denied.call.notVisible"), CallPermissions.canSeeAsStaff(Caller.ANONYMOUS, call));
        assertEquals(denied(CallStewardship.NOT_FUNDING_OFFICER), CallPermissions.canSeeAsStaff(officerOfNstc(), call));
    }

    // ---------------------------------------------------------------- edit the draft and the shares

    @Test
    void onlyTheLeadMinistrysOfficerEditsTheDraft() {
        FundingCall draft = CallFixtures.draft();
        assertEquals(ALLOWED, CallPermissions.canEditDraft(officerOfMoc(), draft));
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canEditDraft(officerOfModa(), draft), "a co-funder");
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canEditDraft(officerOfNstc(), draft), "wrong ministry");
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canEditDraft(approverOfMoc(), draft), "wrong role");
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canEditDraft(fundAdmin(), draft));
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canEditDraft(Caller.ANONYMOUS, draft));
    }

    @Test
    void aPublishedCallIsNoLongerEditedAsADraft() {
        for (CallStatus status : List.of(CallStatus.PUBLISHED, CallStatus.OPEN, CallStatus.CLOSED)) {
            assertEquals(denied("denied.call.notDraft"), CallPermissions.canEditDraft(officerOfMoc(), CallFixtures.callIn(status)),
                    status.name());
        }
    }

    @Test
    void aCoFunderManagesItsOwnShareOnly() {
        FundingCall draft = CallFixtures.draft();
        assertEquals(ALLOWED, CallPermissions.canManageShare(officerOfModa(), draft, CO_FUNDER));
        assertEquals(denied("denied.call.notCoFunder"), CallPermissions.canManageShare(officerOfModa(), draft, LEAD),
                "not the lead's share");
        assertEquals(denied("denied.call.notCoFunder"), CallPermissions.canManageShare(officerOfNstc(), draft, UNRELATED),
                "a ministry that does not fund the call");
        assertEquals(denied("denied.call.notCoFunder"), CallPermissions.canManageShare(officerOfNstc(), draft, CO_FUNDER),
                "another ministry's share");
        Caller approverOfModa = CallFixtures.caller("sub-approver-moda", EnumSet.of(Role.APPROVER), CO_FUNDER);
        assertEquals(denied("denied.call.notCoFunder"), CallPermissions.canManageShare(approverOfModa, draft, CO_FUNDER),
                "wrong role");
        assertEquals(denied("denied.call.notDraft"),
                CallPermissions.canManageShare(officerOfModa(), CallFixtures.published(), CO_FUNDER));
    }

    @Test
    void onlyAnApproverOfTheCoFundingMinistryAnswersForItsShare() {
        FundingCall draft = CallFixtures.draftAwaitingConsent();
        assertEquals(ALLOWED, CallPermissions.canDecideShare(CallFixtures.approverOfModa(), draft, CO_FUNDER));
        String refused = "denied.call.notShareApprover";
        assertEquals(denied(refused), CallPermissions.canDecideShare(approverOfMoc(), draft, CO_FUNDER),
                "the lead ministry's approver commits no other ministry's money");
        assertEquals(denied(refused), CallPermissions.canDecideShare(approverOfNstc(), draft, CO_FUNDER),
                "an approver of another ministry");
        assertEquals(denied(refused), CallPermissions.canDecideShare(CallFixtures.approverOfModa(), draft, LEAD),
                "nor the lead's share");
        assertEquals(denied(refused), CallPermissions.canDecideShare(approverOfNstc(), draft, UNRELATED),
                "a ministry that does not fund the call");
        assertEquals(denied(refused), CallPermissions.canDecideShare(approverOfMoc(), draft, LEAD),
                "the lead's own share needs no separate answer");
        assertEquals(denied(refused), CallPermissions.canDecideShare(officerOfModa(), draft, CO_FUNDER), "wrong role");
        assertEquals(denied(refused), CallPermissions.canDecideShare(fundAdmin(), draft, CO_FUNDER));
        assertEquals(denied(refused), CallPermissions.canDecideShare(Caller.ANONYMOUS, draft, CO_FUNDER));
        assertEquals(denied("denied.call.notDraft"),
                CallPermissions.canDecideShare(CallFixtures.approverOfModa(), CallFixtures.published(), CO_FUNDER));
    }

    // ---------------------------------------------------------------- after publication

    @Test
    void textsAreCorrectedByTheLeadOfficerUntilTheCallCloses() {
        Map<CallStatus, Decision> expected = new LinkedHashMap<>();
        expected.put(CallStatus.DRAFT, ALLOWED);
        expected.put(CallStatus.PUBLISHED, ALLOWED);
        expected.put(CallStatus.OPEN, ALLOWED);
        expected.put(CallStatus.CLOSED, denied("denied.call.closed"));
        expected.put(CallStatus.IN_REVIEW, denied("denied.call.closed"));
        expected.put(CallStatus.DECIDED, denied("denied.call.closed"));
        expected.put(CallStatus.ARCHIVED, denied("denied.call.closed"));
        List<Executable> checks = new ArrayList<>();
        expected.forEach((status, decision) -> checks.add(() -> {
            FundingCall call = CallFixtures.callIn(status);
            Instant at = CallFixtures.momentIn(status);
            assertEquals(decision, CallPermissions.canCorrectTexts(officerOfMoc(), call, at), status.name());
            assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canCorrectTexts(officerOfModa(), call, at), status.name());
            assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canCorrectTexts(approverOfMoc(), call, at), status.name());
        }));
        assertAll(checks);
        assertEquals(denied("denied.call.closed"),
                CallPermissions.canCorrectTexts(officerOfMoc(), CallFixtures.callIn(CallStatus.OPEN), CLOSES_AT),
                "at the closing instant, before the schedule recorded it");
    }

    @Test
    void theDeadlineIsExtendedByTheLeadOfficerWhilePublishedOrOpen() {
        Map<CallStatus, Decision> expected = new LinkedHashMap<>();
        expected.put(CallStatus.DRAFT, denied("denied.call.notPublished"));
        expected.put(CallStatus.PUBLISHED, ALLOWED);
        expected.put(CallStatus.OPEN, ALLOWED);
        expected.put(CallStatus.CLOSED, denied("denied.call.notPublished"));
        expected.put(CallStatus.IN_REVIEW, denied("denied.call.notPublished"));
        expected.put(CallStatus.DECIDED, denied("denied.call.notPublished"));
        expected.put(CallStatus.ARCHIVED, denied("denied.call.notPublished"));
        List<Executable> checks = new ArrayList<>();
        expected.forEach((status, decision) -> checks.add(() -> {
            FundingCall call = CallFixtures.callIn(status);
            Instant at = CallFixtures.momentIn(status);
            assertEquals(decision, CallPermissions.canExtendDeadline(officerOfMoc(), call, at), status.name());
            assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canExtendDeadline(officerOfModa(), call, at), status.name());
            assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canExtendDeadline(approverOfMoc(), call, at), status.name());
        }));
        assertAll(checks);
        assertEquals(denied("denied.call.notPublished"),
                CallPermissions.canExtendDeadline(officerOfMoc(), CallFixtures.callIn(CallStatus.OPEN), CLOSES_AT),
                "once the deadline passed it cannot be reopened by an extension");
    }

    // ---------------------------------------------------------------- steps of the lifecycle

    @Test
    void anApproverOfTheLeadMinistryWhoDidNotWriteTheCallPublishesIt() {
        assertEquals(ALLOWED, CallPermissions.canTake(approverOfMoc(), CallFixtures.draft(), CallAction.PUBLISH, NOW));
    }

    @Test
    void theAuthorCannotPublishTheirOwnCallEvenAsAnApprover() {
        Caller author = authorWhoIsAlsoApprover();
        FundingCall draft = CallFixtures.draft();
        assertEquals(officerOfMoc().subject(), author.subject());
        assertEquals(ALLOWED, CallPermissions.canEditDraft(author, draft), "still the officer who wrote it");
        assertEquals(denied("denied.call.fourEyes"), CallPermissions.canTake(author, draft, CallAction.PUBLISH, NOW));
    }

    @Test
    void anApproverWhoEditedTheCallCannotPublishNorDecideIt() {
        Caller colleague = CallFixtures.caller("sub-officer-approver-moc-2", EnumSet.of(Role.OFFICER, Role.APPROVER), LEAD);
        FundingCall draft = CallFixtures.draft();
        assertEquals(ALLOWED, CallPermissions.canTake(colleague, draft, CallAction.PUBLISH, NOW), "before the edit");

        draft.revise(CallFixtures.content(), colleague.actor(), NOW);

        assertEquals(denied("denied.call.fourEyes"), CallPermissions.canTake(colleague, draft, CallAction.PUBLISH, NOW));
        assertEquals(ALLOWED, CallPermissions.canTake(approverOfMoc(), draft, CallAction.PUBLISH, NOW), "one who never edited it");

        FundingCall inReview = CallFixtures.callIn(CallStatus.OPEN);
        inReview.correctTexts(CallFixtures.texts(), colleague.actor(), DURING);
        inReview.catchUp(AFTER);
        inReview.apply(CallAction.START_REVIEW, officerOfMoc().actor(), AFTER);
        assertEquals(denied("denied.call.byFundingDecision"), CallPermissions.canTake(approverOfMoc(), inReview,
                CallAction.DECIDE, AFTER), "the funding decision decides the call, nobody by hand");
    }

    /** The applicant response window: the lead's officer opens it, only while the call takes its funding decision. */
    @Test
    void onlyTheLeadsOfficerOpensTheResponseWindowOfAClosedCall() {
        FundingCall closed = CallFixtures.callIn(CallStatus.CLOSED);
        assertEquals(ALLOWED, CallPermissions.canOpenResponseWindow(officerOfMoc(), closed, AFTER));
        assertEquals(ALLOWED, CallPermissions.canOpenResponseWindow(officerOfMoc(), CallFixtures.callIn(CallStatus.IN_REVIEW), AFTER));
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canOpenResponseWindow(officerOfModa(), closed, AFTER));
        assertEquals(denied("denied.call.notLeadOfficer"), CallPermissions.canOpenResponseWindow(approverOfMoc(), closed, AFTER));
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canOpenResponseWindow(officerOfMoc(), CallFixtures.callIn(CallStatus.OPEN), DURING));
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canOpenResponseWindow(officerOfMoc(), CallFixtures.callIn(CallStatus.DECIDED), AFTER));
    }

    /** The approver whose step takes the funding decision records it: any approver of a funding ministry, nobody else. */
    @Test
    void onlyAnApproverOfAFundingMinistryRecordsTheFundingDecision() {
        FundingCall inReview = CallFixtures.callIn(CallStatus.IN_REVIEW);
        assertEquals(ALLOWED, CallPermissions.canRecordFundingDecision(approverOfMoc(), inReview), "the lead's");
        for (var shareholder : inReview.shares().keySet()) {
            assertEquals(ALLOWED, CallPermissions.canRecordFundingDecision(
                    CallFixtures.caller("sub-approver-" + shareholder, EnumSet.of(Role.APPROVER), shareholder), inReview),
                    shareholder);
        }
        assertEquals(denied("denied.call.notFunderApprover"),
                CallPermissions.canRecordFundingDecision(officerOfMoc(), inReview), "an officer");
        assertEquals(denied("denied.call.notFunderApprover"),
                CallPermissions.canRecordFundingDecision(approverOfNstc(), inReview), "a ministry not in the call");
    }

    @Test
    void anApproverOfAnotherMinistryCannotPublish() {
        assertEquals(denied("denied.call.notLeadApprover"),
                CallPermissions.canTake(approverOfNstc(), CallFixtures.draft(), CallAction.PUBLISH, NOW));
        Caller approverOfModa = CallFixtures.caller("sub-approver-moda", EnumSet.of(Role.APPROVER), CO_FUNDER);
        assertEquals(denied("denied.call.notLeadApprover"),
                CallPermissions.canTake(approverOfModa, CallFixtures.draft(), CallAction.PUBLISH, NOW), "nor of a co-funder");
    }

    @Test
    void anOfficerCannotPublish() {
        assertEquals(denied("denied.call.notLeadApprover"),
                CallPermissions.canTake(officerOfMoc(), CallFixtures.draft(), CallAction.PUBLISH, NOW));
        assertEquals(denied("denied.call.notLeadApprover"),
                CallPermissions.canTake(officerOfModa(), CallFixtures.draft(), CallAction.PUBLISH, NOW));
        assertEquals(denied("denied.call.notLeadApprover"),
                CallPermissions.canTake(fundAdmin(), CallFixtures.draft(), CallAction.PUBLISH, NOW));
    }

    @Test
    void openingAndClosingBelongToTheSystem() {
        for (Caller anyone : List.of(officerOfMoc(), approverOfMoc(), fundAdmin())) {
            assertEquals(denied("denied.call.systemOnly"),
                    CallPermissions.canTake(anyone, CallFixtures.published(), CallAction.OPEN, NOW), anyone.subject());
            assertEquals(denied("denied.call.systemOnly"),
                    CallPermissions.canTake(anyone, CallFixtures.callIn(CallStatus.OPEN), CallAction.CLOSE, DURING), anyone.subject());
        }
    }

    @Test
    void aStepNotInTheTableIsRefusedWhoeverAsks() {
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canTake(approverOfMoc(), CallFixtures.published(), CallAction.PUBLISH, NOW));
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canTake(officerOfMoc(), CallFixtures.callIn(CallStatus.OPEN), CallAction.START_REVIEW, DURING));
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canTake(officerOfMoc(), CallFixtures.draft(), CallAction.ARCHIVE, NOW));
    }

    @Test
    void theReviewStartsOnceTheDeadlinePassedEvenBeforeTheScheduleRecordedIt() {
        FundingCall open = CallFixtures.callIn(CallStatus.OPEN);
        assertEquals(ALLOWED, CallPermissions.canTake(officerOfMoc(), open, CallAction.START_REVIEW, CLOSES_AT));
        assertEquals(denied("denied.call.notPossibleNow"),
                CallPermissions.canTake(officerOfMoc(), open, CallAction.START_REVIEW, CLOSES_AT.minusNanos(1)));
    }

    /**
     * Every row of the transition table against everyone: the "who" column decides, and the wrong role or the
     * wrong ministry is refused with its reason.
     */
    @Test
    void everyStepOfTheTableIsTakenOnlyByItsWho() {
        Map<String, Caller> people = new LinkedHashMap<>();
        people.put("officer of moc", officerOfMoc());
        people.put("approver of moc", approverOfMoc());
        people.put("author who is also approver of moc", authorWhoIsAlsoApprover());
        people.put("officer of moda", officerOfModa());
        people.put("officer of nstc", officerOfNstc());
        people.put("approver of nstc", approverOfNstc());
        people.put("fund-admin", fundAdmin());
        people.put("applicant", applicant());
        people.put("anonymous", Caller.ANONYMOUS);

        Map<CallActor, Map<String, Decision>> expected = Map.of(
                CallActor.LEAD_OFFICER, Map.of(
                        "officer of moc", ALLOWED,
                        "author who is also approver of moc", ALLOWED),
                CallActor.LEAD_APPROVER_NOT_EDITOR, Map.of(
                        "approver of moc", ALLOWED,
                        "author who is also approver of moc", denied("denied.call.fourEyes")),
                CallActor.SYSTEM, Map.of(),
                CallActor.FUNDING_DECISION, Map.of());
        Map<CallActor, Decision> otherwise = Map.of(
                CallActor.LEAD_OFFICER, denied("denied.call.notLeadOfficer"),
                CallActor.LEAD_APPROVER_NOT_EDITOR, denied("denied.call.notLeadApprover"),
                CallActor.SYSTEM, denied("denied.call.systemOnly"),
                CallActor.FUNDING_DECISION, denied("denied.call.byFundingDecision"));

        List<Executable> checks = new ArrayList<>();
        for (Transition<CallStatus, CallAction, CallActor> row : CallWorkflow.TABLE) {
            people.forEach((name, caller) -> checks.add(() -> {
                FundingCall call = CallFixtures.callIn(row.from());
                Decision decision = CallPermissions.canTake(caller, call, row.action(), CallFixtures.momentIn(row.from()));
                assertEquals(expected.get(row.who()).getOrDefault(name, otherwise.get(row.who())), decision,
                        row.action() + " from " + row.from() + " by " + name);
            }));
        }
        assertAll(checks);
        assertEquals(Set.of(CallActor.values()), expected.keySet(), "every kind of actor is covered");
    }
}
