package org.opendividend.calls;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.PublicCallFilter;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.DeadlineExtension;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.calls.entity.ShareDecision;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.StoredCalls;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.calls.CallFixtures.applicant;
import static org.opendividend.calls.CallFixtures.approverOfMoc;
import static org.opendividend.calls.CallFixtures.approverOfModa;
import static org.opendividend.calls.CallFixtures.approverOfNstc;
import static org.opendividend.calls.CallFixtures.authorWhoIsAlsoApprover;
import static org.opendividend.calls.CallFixtures.fundAdmin;
import static org.opendividend.calls.CallFixtures.officerOfModa;
import static org.opendividend.calls.CallFixtures.officerOfMoc;
import static org.opendividend.calls.CallFixtures.officerOfNstc;
import static org.opendividend.calls.CallFixtures.twd;

/**
 * The calls component in Payara Micro against the migrated database, through {@link CallFacade} as the pages and
 * the REST resources use it: ministry scoping enforced by the server (not only hidden in pages), editing by the lead
 * ministry and by co-funders for their own share, input checks that change nothing, optimistic locking between two
 * officers, four-eyes publication with its audit entry, and what may still change after publication.
 * <p>
 * Nobody logs in here: {@link ActingAs} replaces the current user, and each test says on whose behalf the facade is
 * called before each step. Every test creates the calls it works on, so the tests do not depend on their order nor on
 * the demo calls in the database.
 */
@ExtendWith(ArquillianExtension.class)
public class CallsIT {

    static final String MOC = CallFixtures.LEAD;
    static final String MODA = CallFixtures.CO_FUNDER;
    static final String NSTC = CallFixtures.UNRELATED;

    @Deployment
    public static WebArchive deployment() {
        return Deployments.calls("calls-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, StoredCalls.class);
    }

    @Inject
    CallFacade calls;

    @Inject
    ActingAs acting;

    @Inject
    CurrentUser currentUser;

    @Inject
    StoredCalls stored;

    @Inject
    AuditChain chain;

    // --- the test's stand-in for a login -----------------------------------------------------------------------

    @Test
    void theFacadesSeeThePersonTheTestActsAs() {
        assertFalse(currentUser.isLoggedIn(), "nobody is logged in before a test says who acts");
        assertSame(Caller.ANONYMOUS, currentUser.caller());

        acting.as(approverOfMoc());

        assertEquals(approverOfMoc(), currentUser.caller(), "CurrentUser as injected into the facades");
        assertTrue(currentUser.isLoggedIn());
    }

    // --- 1. creating -------------------------------------------------------------------------------------------

    @Test
    void anOfficerCreatesDraftsForTheirOwnMinistryOnly() {
        long callsBefore = stored.count();

        acting.as(officerOfNstc());
        refused("denied.call.notOfficerOfMinistry", () -> calls.create(MOC));
        acting.as(approverOfMoc());
        refused("denied.call.notOfficerOfMinistry", () -> calls.create(MOC));
        acting.as(officerOfMoc());
        refused("denied.call.notOfficerOfMinistry", () -> calls.create(NSTC));
        acting.anonymous();
        refused("denied.call.notOfficerOfMinistry", () -> calls.create(MOC));
        assertEquals(callsBefore, stored.count(), "a refused creation leaves no call behind");

        acting.as(officerOfMoc());
        FundingCall draft = calls.create(MOC);

        assertNotNull(draft.id());
        assertEquals(callsBefore + 1, stored.count());
        FundingCall saved = stored.get(draft.id());
        assertEquals(CallStatus.DRAFT, saved.recordedStatus());
        assertEquals(MOC, saved.leadMinistry());
        assertEquals(officerOfMoc().subject(), saved.authorship().authorSubject());
        assertEquals(officerOfMoc().displayName(), saved.authorship().authorName());
        assertEquals(Set.of(MOC), saved.shares().keySet(), "the lead ministry funds its own call");
        assertEquals(saved.version(), draft.version(), "the facade answers the stored version");
        assertEquals(List.of("CREATED"), actions(draft));
        assertEquals(officerOfMoc().subject(), stored.auditOf(draft.id()).get(0).actorSubject());
    }

    // --- 2. reading --------------------------------------------------------------------------------------------

    @Test
    void aDraftIsSeenByTheStaffOfItsFundingMinistriesAndTheFundAdminOnly() {
        FundingCall draft = draftWith(complete());
        assertEquals(Set.of(MOC, MODA), draft.shares().keySet(), "moda co-funds the draft");

        for (Caller staff : List.of(officerOfMoc(), approverOfMoc(), officerOfModa(), fundAdmin())) {
            acting.as(staff);
            assertEquals(draft.id(), calls.forStaff(draft.id()).id(), staff.subject());
            assertTrue(ids(calls.staffCalls()).contains(draft.id()), staff.subject() + "'s list of calls");
        }

        for (Caller outsider : List.of(officerOfNstc(), approverOfNstc(), applicant(), Caller.ANONYMOUS)) {
            acting.as(outsider);
            // an officer is refused by the officers' rule, as screening refuses them
            String reason = outsider.has(Role.OFFICER) ? CallStewardship.NOT_FUNDING_OFFICER : "denied.call.notVisible";
            refused(reason, () -> calls.forStaff(draft.id()));
            refused(reason, () -> calls.publicationProblems(draft.id()));
            assertFalse(ids(calls.staffCalls()).contains(draft.id()), outsider.subject() + "'s list of calls");
            assertFalse(ids(calls.publicCalls(PublicCallFilter.NONE)).contains(draft.id()), "public list");
            assertFalse(ids(calls.publicCalls(new PublicCallFilter(MOC, null, null, null))).contains(draft.id()));
            assertTrue(calls.publicCall(draft.id()).isEmpty(), "a draft is not found publicly");
        }
    }

    // --- 3. editing --------------------------------------------------------------------------------------------

    @Test
    void theLeadMinistryEditsTheDraftAndACoFunderOnlyItsOwnShare() {
        FundingCall draft = draftWith(complete());
        CallContent rewritten = complete(b -> b.texts(t -> retitled(t, "rewritten by an outsider")));

        acting.as(officerOfNstc());
        refused("denied.call.notLeadOfficer", () -> calls.saveDraft(draft.id(), draft.version(), rewritten));
        refused("denied.call.notCoFunder", () -> calls.changeShare(draft.id(), draft.version(), NSTC, twd(1)));
        refused("denied.call.notCoFunder", () -> calls.changeShare(draft.id(), draft.version(), MOC, twd(1)));
        acting.as(approverOfMoc());
        refused("denied.call.notLeadOfficer", () -> calls.saveDraft(draft.id(), draft.version(), rewritten));

        acting.as(officerOfModa());
        FundingCall shared = calls.changeShare(draft.id(), draft.version(), MODA, twd(4_500_000));

        assertEquals(0, twd(4_500_000).compareTo(shared.shares().get(MODA)));
        refused("denied.call.notCoFunder", () -> calls.changeShare(draft.id(), shared.version(), MOC, twd(1)));
        refused("denied.call.notLeadOfficer", () -> calls.saveDraft(draft.id(), shared.version(), rewritten));

        FundingCall saved = stored.get(draft.id());
        assertEquals(shared.version(), saved.version());
        assertEquals(0, CallFixtures.LEAD_SHARE.compareTo(saved.shares().get(MOC)), "moc's share untouched");
        assertEquals(0, twd(4_500_000).compareTo(saved.shares().get(MODA)));
        assertEquals(CallFixtures.texts(), saved.texts(), "nobody but the lead officer rewrote the texts");
        assertEquals(List.of("CREATED", "REVISED", "SHARE_CHANGED"), actions(draft));
        assertEquals(officerOfModa().subject(), stored.auditOf(draft.id()).get(2).actorSubject());
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndChangesNothing() {
        FundingCall draft = draftWith(complete());
        FundingCall before = stored.get(draft.id());
        CallContent invalid = complete(b -> {
            b.texts(t -> retitled(t, "a title that must not be saved"));
            b.licences(OutputType.DATASET, Set.of("CC-BY-NC-4.0"));
            b.closesAt = b.opensAt.minus(Duration.ofDays(1));
        });

        acting.as(officerOfMoc());
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> calls.saveDraft(draft.id(), draft.version(), invalid));

        assertEquals(Set.of("licences.DATASET", "closesAt"), fields(refusal.problems()), "problems: " + refusal.problems());
        assertTrue(keys(refusal.problems()).containsAll(Set.of("call.problem.licenceRefused", "call.problem.datesReversed")),
                "problems: " + refusal.problems());
        assertTrue(refusal.problems().stream().anyMatch(p -> p.arguments().contains("CC-BY-NC-4.0")),
                "the refused licence is named: " + refusal.problems());

        InvalidInputException fraction = assertThrows(InvalidInputException.class,
                () -> calls.changeShare(draft.id(), draft.version(), MOC, new BigDecimal("100.5")));
        assertEquals(Set.of("shares." + MOC), fields(fraction.problems()));

        assertUnchanged(before, stored.get(draft.id()));
        assertEquals(List.of("CREATED", "REVISED"), actions(draft), "refused input is not audited as a change");
    }

    // --- 4. optimistic locking ---------------------------------------------------------------------------------

    @Test
    void theSecondOfTwoOfficersSavingTheSameVersionIsToldAndOverwritesNothing() {
        Caller colleague = CallFixtures.caller("sub-officer-moc-2", EnumSet.of(Role.OFFICER), MOC);
        long id = draftWith(complete()).id();

        acting.as(officerOfMoc());
        FundingCall mine = calls.forStaff(id);
        acting.as(colleague);
        FundingCall theirs = calls.forStaff(id);
        assertEquals(mine.version(), theirs.version(), "both loaded the same version");

        acting.as(officerOfMoc());
        FundingCall first = calls.saveDraft(id, mine.version(), complete(b -> b.texts(t -> retitled(t, "first save"))));
        acting.as(colleague);
        RuntimeException conflict = assertThrows(RuntimeException.class,
                () -> calls.saveDraft(id, theirs.version(), complete(b -> b.texts(t -> retitled(t, "second save")))));

        assertTrue(ConcurrentChangeException.isCause(conflict), "not a concurrent change: " + conflict);
        FundingCall saved = stored.get(id);
        assertEquals("first save", saved.texts().titleEn());
        assertEquals(first.version(), saved.version());
        assertTrue(saved.version() > mine.version(), "the first save moved the version on");
        assertEquals(List.of("CREATED", "REVISED", "REVISED"), actions(saved));

        RuntimeException staleShare = assertThrows(RuntimeException.class,
                () -> calls.changeShare(id, theirs.version(), MOC, twd(5_000_000)));
        assertTrue(ConcurrentChangeException.isCause(staleShare), "not a concurrent change: " + staleShare);

        // the colleague reloads, compares and saves again: nothing was lost on either side
        FundingCall reloaded = calls.forStaff(id);
        FundingCall second = calls.saveDraft(id, reloaded.version(), complete(b -> b.texts(t -> retitled(t, "second save"))));
        assertEquals("second save", stored.get(id).texts().titleEn());
        assertEquals(stored.get(id).version(), second.version());
    }

    // --- 5. four-eyes publication ------------------------------------------------------------------------------

    @Test
    void anIncompleteDraftCannotBePublished() {
        acting.as(officerOfMoc());
        FundingCall empty = calls.create(MOC);

        acting.as(approverOfMoc());
        List<FieldProblem> listed = calls.publicationProblems(empty.id());
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> calls.take(empty.id(), empty.version(), CallAction.PUBLISH));

        assertEquals(listed, refusal.problems(), "the refusal says what the editor lists");
        assertTrue(fields(refusal.problems()).containsAll(Set.of("titleZhTw", "titleEn", "budget", "minGrant", "opensAt",
                "closesAt", "organisationTypes", "targetLanguages", "focusAreas", "criteria")),
                "problems: " + refusal.problems());
        assertTrue(fields(refusal.problems()).stream().noneMatch(f -> f.startsWith("licences.")),
                "a new draft starts with the fund's default licence policy for every type of output");
        FundingCall saved = stored.get(empty.id());
        assertEquals(CallStatus.DRAFT, saved.recordedStatus());
        assertEquals(empty.version(), saved.version());
        assertNull(saved.authorship().publishedAt());
        assertEquals(List.of("CREATED"), actions(empty));
    }

    @Test
    void onlyAnApproverOfTheLeadMinistryWhoDidNotWriteTheCallPublishesIt() {
        FundingCall draft = acceptedByModa(draftWith(complete()));
        acting.as(officerOfMoc());
        assertEquals(List.of(), calls.publicationProblems(draft.id()), "the complete draft may be published");

        acting.as(approverOfNstc());
        refused("denied.call.notLeadApprover", () -> calls.take(draft.id(), draft.version(), CallAction.PUBLISH));
        acting.as(CallFixtures.caller("sub-approver-moda", EnumSet.of(Role.APPROVER), MODA));
        refused("denied.call.notLeadApprover", () -> calls.take(draft.id(), draft.version(), CallAction.PUBLISH));
        acting.as(officerOfMoc());
        refused("denied.call.notLeadApprover", () -> calls.take(draft.id(), draft.version(), CallAction.PUBLISH));
        acting.as(authorWhoIsAlsoApprover());
        refused("denied.call.fourEyes", () -> calls.take(draft.id(), draft.version(), CallAction.PUBLISH));

        FundingCall stillDraft = stored.get(draft.id());
        assertEquals(CallStatus.DRAFT, stillDraft.recordedStatus());
        assertEquals(draft.version(), stillDraft.version());
        assertNull(stored.publishedBySubject(draft.id()));

        acting.as(approverOfMoc());
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        FundingCall published = calls.take(draft.id(), draft.version(), CallAction.PUBLISH);

        assertEquals(CallStatus.PUBLISHED, published.recordedStatus());
        FundingCall saved = stored.get(draft.id());
        assertEquals(CallStatus.PUBLISHED, saved.recordedStatus());
        assertEquals(approverOfMoc().subject(), stored.publishedBySubject(draft.id()));
        assertEquals(approverOfMoc().displayName(), saved.authorship().publishedByName());
        assertNotNull(saved.authorship().publishedAt());
        assertFalse(saved.authorship().publishedAt().isBefore(before), "published at " + saved.authorship().publishedAt() + ", before " + before);
        assertEquals(officerOfMoc().subject(), saved.authorship().authorSubject(), "the author stays the author");
        assertEquals(saved.version(), published.version());

        List<AuditRecord> audit = stored.auditOf(draft.id());
        assertEquals(List.of("CREATED", "REVISED", "SHARE_ACCEPTED", "PUBLISH"), audit.stream().map(AuditRecord::action).toList(),
                "refused attempts leave no entry");
        AuditRecord publication = audit.get(3);
        assertEquals("Call", publication.objectType());
        assertEquals(approverOfMoc().subject(), publication.actorSubject());
        assertEquals(approverOfMoc().displayName(), publication.actorName());
        ChainVerification verdict = chain.verify();
        assertTrue(verdict.intact(), "audit chain not intact: " + verdict.problems());

        refused("denied.call.notPossibleNow", () -> calls.take(draft.id(), published.version(), CallAction.PUBLISH));
    }

    @Test
    void nobodyWhoEditedTheDraftPublishesItOnlyAnApproverWhoNeverTouchedIt() {
        Caller secondOfficer = CallFixtures.caller("sub-officer-approver-moc-2", EnumSet.of(Role.OFFICER, Role.APPROVER), MOC);
        Caller thirdOfficer = CallFixtures.caller("sub-officer-approver-moc-3", EnumSet.of(Role.OFFICER, Role.APPROVER), MOC);
        FundingCall draft = draftWith(complete());

        acting.as(secondOfficer);
        FundingCall edited = acceptedByModa(
                calls.saveDraft(draft.id(), draft.version(), complete(b -> b.texts(t -> retitled(t, "edited")))));
        acting.as(secondOfficer);
        refused("denied.call.fourEyes", () -> calls.take(draft.id(), edited.version(), CallAction.PUBLISH));
        assertEquals(CallStatus.DRAFT, stored.get(draft.id()).recordedStatus(), "the editor did not publish it");
        assertNull(stored.publishedBySubject(draft.id()));

        acting.as(thirdOfficer);
        FundingCall published = calls.take(draft.id(), edited.version(), CallAction.PUBLISH);

        assertEquals(CallStatus.PUBLISHED, published.recordedStatus());
        assertEquals(thirdOfficer.subject(), stored.publishedBySubject(draft.id()));
    }

    // --- 5b. the co-funders' consent ---------------------------------------------------------------------------

    @Test
    void onlyTheCoFundingMinistrysOwnApproverAcceptsItsShare() {
        FundingCall draft = draftWith(complete());
        FundingCall before = stored.get(draft.id());

        for (Caller wrong : List.of(approverOfNstc(), approverOfMoc(), officerOfModa(), officerOfMoc(), fundAdmin())) {
            acting.as(wrong);
            refused("denied.call.notShareApprover", () -> calls.acceptShare(draft.id(), draft.version(), MODA));
            refused("denied.call.notShareApprover", () -> calls.declineShare(draft.id(), draft.version(), MODA, "no"));
        }
        acting.as(CallFixtures.approverOf(NSTC));
        refused("denied.call.notShareApprover", () -> calls.acceptShare(draft.id(), draft.version(), NSTC));
        acting.as(CallFixtures.approverOf(MOC));
        refused("denied.call.notShareApprover", () -> calls.acceptShare(draft.id(), draft.version(), MOC));

        assertUnchanged(before, stored.get(draft.id()));
        assertEquals(Map.of(), stored.get(draft.id()).shareConsents(), "no ministry answered for moda");
        assertEquals(List.of("CREATED", "REVISED"), actions(draft), "refusals change nothing");
    }

    @Test
    void publicationWaitsForTheCoFundersAcceptanceOfItsShareAsItStands() {
        FundingCall draft = draftWith(complete());
        acting.as(approverOfMoc());
        InvalidInputException unaccepted = assertThrows(InvalidInputException.class,
                () -> calls.take(draft.id(), draft.version(), CallAction.PUBLISH));
        assertEquals(List.of(FieldProblem.of("shares." + MODA, "call.problem.shareNotAccepted", MODA)), unaccepted.problems());

        acting.as(approverOfModa());
        InvalidInputException unexplained = assertThrows(InvalidInputException.class,
                () -> calls.declineShare(draft.id(), draft.version(), MODA, "  "));
        assertEquals(Set.of("reason"), fields(unexplained.problems()));
        FundingCall declined = calls.declineShare(draft.id(), draft.version(), MODA, " not in this year's budget ");
        acting.as(approverOfMoc());
        InvalidInputException refusedByModa = assertThrows(InvalidInputException.class,
                () -> calls.take(draft.id(), declined.version(), CallAction.PUBLISH));
        assertEquals(List.of(FieldProblem.of("shares." + MODA, "call.problem.shareDeclined", MODA, "not in this year's budget")),
                refusedByModa.problems());

        acting.as(approverOfModa());
        FundingCall accepted = calls.acceptShare(draft.id(), declined.version(), MODA);
        ShareConsent consent = stored.get(draft.id()).shareConsents().get(MODA);
        assertEquals(ShareDecision.ACCEPTED, consent.decision());
        assertEquals(0, CallFixtures.CO_FUNDER_SHARE.compareTo(consent.amount()), "the amount accepted");
        assertEquals(approverOfModa().subject(), consent.decidedBySubject());
        assertEquals(approverOfModa().displayName(), consent.decidedByName());
        assertNotNull(consent.decidedAt());

        // the lead moves money between the shares: moda's answer was to another amount
        acting.as(officerOfMoc());
        FundingCall changed = calls.saveDraft(draft.id(), accepted.version(), complete(b -> b.shares = Map.of(
                MOC, twd(5_000_000), MODA, twd(5_000_000))));
        assertEquals(Map.of(), stored.get(draft.id()).shareConsents(), "the acceptance is void");
        acting.as(approverOfMoc());
        InvalidInputException voided = assertThrows(InvalidInputException.class,
                () -> calls.take(draft.id(), changed.version(), CallAction.PUBLISH));
        assertEquals(List.of(FieldProblem.of("shares." + MODA, "call.problem.shareNotAccepted", MODA)), voided.problems());
        assertEquals(CallStatus.DRAFT, stored.get(draft.id()).recordedStatus());

        acting.as(approverOfModa());
        FundingCall acceptedAgain = calls.acceptShare(draft.id(), changed.version(), MODA);
        acting.as(approverOfMoc());
        assertEquals(CallStatus.PUBLISHED, calls.take(draft.id(), acceptedAgain.version(), CallAction.PUBLISH).recordedStatus());
        assertEquals(0, twd(5_000_000).compareTo(stored.get(draft.id()).shareConsents().get(MODA).amount()));
        acting.as(approverOfModa());
        refused("denied.call.notDraft", () -> calls.declineShare(draft.id(), stored.get(draft.id()).version(), MODA, "late"));

        List<AuditRecord> audit = stored.auditOf(draft.id());
        assertEquals(List.of("CREATED", "REVISED", "SHARE_DECLINED", "SHARE_ACCEPTED", "REVISED", "SHARE_CONSENT_VOIDED",
                "SHARE_ACCEPTED", "PUBLISH"), audit.stream().map(AuditRecord::action).toList());
        assertEquals(approverOfModa().subject(), audit.get(3).actorSubject());
        assertTrue(audit.get(2).summary().contains("not in this year's budget"), audit.get(2).summary());
        assertTrue(audit.get(6).summary().contains("5000000"), "the amount accepted is audited: " + audit.get(6).summary());
    }

    // --- 6. after publication ----------------------------------------------------------------------------------

    @Test
    void aPublishedCallKeepsItsContentButItsTextsMayBeCorrectedAndItsDeadlineExtended() {
        FundingCall published = publishedCall();
        long id = published.id();
        Instant closesAt = published.closesAt();

        acting.as(officerOfMoc());
        refused("denied.call.notDraft", () -> calls.saveDraft(id, published.version(), complete()));
        acting.as(officerOfModa());
        refused("denied.call.notDraft", () -> calls.changeShare(id, published.version(), MODA, twd(1)));
        CallTexts corrected = retitled(published.texts(), "Open Hakka speech recognition datasets (corrected)");
        refused("denied.call.notLeadOfficer", () -> calls.correctTexts(id, published.version(), corrected));
        acting.as(officerOfNstc());
        refused("denied.call.notLeadOfficer", () -> calls.correctTexts(id, published.version(), corrected));
        refused("denied.call.notLeadOfficer", () -> calls.extendDeadline(id, published.version(),
                closesAt.plus(Duration.ofDays(7)), "outsiders may not"));

        acting.as(officerOfMoc());
        FundingCall correction = calls.correctTexts(id, published.version(), corrected);
        assertEquals(corrected, stored.get(id).texts());
        assertEquals(CallStatus.PUBLISHED, stored.get(id).recordedStatus());

        InvalidInputException earlier = assertThrows(InvalidInputException.class,
                () -> calls.extendDeadline(id, correction.version(), closesAt.minus(Duration.ofDays(1)), "earlier"));
        assertEquals(Set.of("newClosesAt"), fields(earlier.problems()));
        InvalidInputException unexplained = assertThrows(InvalidInputException.class,
                () -> calls.extendDeadline(id, correction.version(), closesAt.plus(Duration.ofDays(7)), " "));
        assertEquals(Set.of("reason"), fields(unexplained.problems()));
        assertEquals(closesAt, stored.get(id).closesAt(), "refused extensions change nothing");

        Instant later = closesAt.plus(Duration.ofDays(7));
        FundingCall extended = calls.extendDeadline(id, correction.version(), later, "  more time to obtain community consent ");

        FundingCall saved = stored.get(id);
        assertEquals(later, saved.closesAt());
        assertEquals(extended.version(), saved.version());
        assertEquals(1, saved.extensions().size());
        DeadlineExtension extension = saved.extensions().get(0);
        assertEquals(closesAt, extension.previousClosesAt());
        assertEquals(later, extension.newClosesAt());
        assertEquals("more time to obtain community consent", extension.reason());
        assertEquals(officerOfMoc().displayName(), extension.extendedByName());
        assertEquals(List.of("CREATED", "REVISED", "SHARE_ACCEPTED", "PUBLISH", "TEXTS_CORRECTED", "DEADLINE_EXTENDED"),
                actions(saved));

        acting.anonymous();
        assertTrue(ids(calls.publicCalls(PublicCallFilter.NONE)).contains(id), "the public list");
        assertTrue(ids(calls.publicCalls(byMinistry(MODA))).contains(id), "co-funded by moda");
        assertTrue(ids(calls.publicCalls(byMinistry(MOC))).contains(id), "led by moc");
        assertFalse(ids(calls.publicCalls(byMinistry(NSTC))).contains(id), "nstc has no part in it");
        FundingCall seen = calls.publicCall(id).orElseThrow(() -> new AssertionError("call " + id + " not public"));
        assertEquals(corrected, seen.texts());
        assertEquals(later, seen.closesAt());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** The fixture's complete content, opening tomorrow and closing in a month by the real clock of the server. */
    private static CallContent complete() {
        return complete(b -> {
        });
    }

    private static CallContent complete(Consumer<CallFixtures.ContentBuilder> changes) {
        Instant today = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return CallFixtures.content(b -> {
            b.opensAt = today.plus(Duration.ofDays(1));
            b.closesAt = today.plus(Duration.ofDays(30));
            changes.accept(b);
        });
    }

    /** A new draft of moc written by its officer, saved once with the content. */
    private FundingCall draftWith(CallContent content) {
        acting.as(officerOfMoc());
        FundingCall created = calls.create(MOC);
        return calls.saveDraft(created.id(), created.version(), content);
    }

    /** The draft with moda's share, as it stands, accepted by moda's approver (who is left acting). */
    private FundingCall acceptedByModa(FundingCall draft) {
        acting.as(approverOfModa());
        return calls.acceptShare(draft.id(), draft.version(), MODA);
    }

    /** A complete call of moc, written by its officer, its co-funder's share accepted, published by its approver. */
    private FundingCall publishedCall() {
        FundingCall draft = acceptedByModa(draftWith(complete()));
        acting.as(approverOfMoc());
        FundingCall published = calls.take(draft.id(), draft.version(), CallAction.PUBLISH);
        assertEquals(CallStatus.PUBLISHED, published.recordedStatus());
        return published;
    }

    private static void refused(String reasonKey, Executable operation) {
        AccessDeniedException refusal = assertThrows(AccessDeniedException.class, operation);
        assertEquals(reasonKey, refusal.reasonKey());
    }

    private static void assertUnchanged(FundingCall before, FundingCall after) {
        assertEquals(before.version(), after.version(), "version");
        assertEquals(before.texts(), after.texts(), "texts");
        assertEquals(before.shares(), after.shares(), "shares");
        assertEquals(before.opensAt(), after.opensAt(), "opensAt");
        assertEquals(before.closesAt(), after.closesAt(), "closesAt");
        assertEquals(before.outputPolicy().allowedLicences(), after.outputPolicy().allowedLicences(), "licences");
        assertEquals(before.reviewSetup().criteria().size(), after.reviewSetup().criteria().size(), "criteria");
        assertEquals(before.updatedAt(), after.updatedAt(), "updatedAt");
        assertEquals(before.recordedStatus(), after.recordedStatus(), "status");
    }

    private static CallTexts retitled(CallTexts texts, String titleEn) {
        return new CallTexts(texts.titleZhTw(), titleEn, texts.summaryZhTw(), texts.summaryEn(),
                texts.descriptionZhTw(), texts.descriptionEn());
    }

    private static PublicCallFilter byMinistry(String ministry) {
        return new PublicCallFilter(ministry, null, null, null);
    }

    private List<String> actions(FundingCall call) {
        return stored.auditOf(call.id()).stream().map(AuditRecord::action).toList();
    }

    private static Set<Long> ids(List<FundingCall> calls) {
        return calls.stream().map(FundingCall::id).collect(Collectors.toSet());
    }

    private static Set<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
    }

    private static Set<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).collect(Collectors.toSet());
    }
}
