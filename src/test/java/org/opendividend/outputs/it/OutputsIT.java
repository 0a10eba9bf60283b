package org.opendividend.outputs.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.arquillian.AtOnce;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.awards.AcceptedAwards;
import org.opendividend.awards.DisbursementFixtures;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.awards.boundary.disbursement.DisbursementFacade;
import org.opendividend.awards.boundary.disbursement.DisbursementView;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.it.InRequests;
import org.opendividend.outputs.RecordedRegistries;
import org.opendividend.outputs.boundary.ObligationView;
import org.opendividend.outputs.boundary.OutputRechecks;
import org.opendividend.outputs.boundary.OutputsFacade;
import org.opendividend.outputs.boundary.Registration;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.registry.boundary.Registry;
import org.opendividend.registry.control.OutputState;
import org.opendividend.registry.control.RegistryOutput;
import org.opendividend.review.AssignmentFixtures;
import org.opendividend.review.RankedCalls;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outputs facade in Payara Micro against the migrated database (issue #13), the registries faked on loopback with
 * recorded responses ({@link FakeRegistries}): an award of moc co-funded by moda is accepted and its dataset
 * obligation tracked; the grantee registers its Zenodo record and the checks run at once and are stored with their
 * evidence; the retained tranche is refused naming the obligation until an officer of moc verifies it; a re-check
 * that finds the licence changed flags it back to the officers and closes the gate again; verified again, the
 * retained tranche is requested. Another organisation, another ministry and the wrong role are refused.
 */
@ExtendWith(ArquillianExtension.class)
public class OutputsIT {

    private static final String RECORD = "/api/records/15234567";
    private static final String ADDRESS = "https://zenodo.org/records/15234567";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.awards("outputs-it.war")
                .addClasses(AtOnce.class, AtOnce.Outcome.class, CallFixtures.class, CallFixtures.ContentBuilder.class,
                        ActingAs.class, InRequests.class, ApplicationTestContent.class, OpenCalls.class,
                        AssignmentFixtures.class, RankedCalls.class, DisbursementFixtures.class, AcceptedAwards.class,
                        AcceptedAwards.Decided.class, FakeRegistries.class, RecordedRegistries.class,
                        RecordedRegistries.Answer.class)
                // the public registry's read model, to see each step in its next answer
                .addPackages(true, Deployments.mainClassesOnly(), "org.opendividend.registry")
                .addAsResource("registries/zenodo/record-open.json");
    }

    @Inject
    OutputsFacade outputs;

    @Inject
    OutputRechecks rechecks;

    @Inject
    FakeRegistries registries;

    @Inject
    DisbursementFacade disbursements;

    @Inject
    DisbursementFixtures disbursementFixtures;

    @Inject
    AcceptedAwards awardsMade;

    @Inject
    AuditChain auditChain;

    @Inject
    ActingAs acting;

    @Inject
    AssignmentFixtures mailbox;

    @Inject
    PersonFacade people;

    @Inject
    Registry registry;

    /** Where the public registry's next answer says the award's first output stands. */
    private RegistryOutput publicly(String number) {
        return registry.project(number).orElseThrow().outputs().get(0);
    }

    private record Accepted(AwardView award, Caller grantee) {
    }

    private Accepted accepted() {
        AcceptedAwards.Decided call = awardsMade.rankedCall(6_000_000, 4_000_000, 6_000_000);
        awardsMade.decide(call, 6_000_000);
        return new Accepted(awardsMade.accepted(call), call.fundedOwner());
    }

    private static Registration zenodo(String licence) {
        return new Registration(ADDRESS, OutputRegistry.ZENODO, null, "10.5281/zenodo.15234567", licence, List.of());
    }

    private static void refused(String reason, Executable step) {
        assertEquals(reason, assertThrows(AccessDeniedException.class, step).reasonKey());
    }

    private static ObligationView.CheckView check(ObligationView o, String name) {
        return o.checks().stream().filter(c -> c.check().equals(name)).findFirst().orElseThrow();
    }

    private List<String> retainedBlockers(long awardId, int retained) {
        return disbursements.tranches(awardId).get(retained).blockers().stream().map(FieldProblem::messageKey).toList();
    }

    /** The mails in the outbox about the award's first output's step, subject and text. */
    private List<String> mails(String number, String action) {
        return mailbox.mails("OutputObligation " + number + "/1 " + action);
    }

    private long audited(String number, String action) {
        return auditChain.latest(500).stream().filter(e -> "OutputObligation".equals(e.objectType())
                && e.objectId().startsWith(number + "/") && action.equals(e.action())).count();
    }

    @Test
    void registeredCheckedVerifiedFlaggedByARecheckAndTheRetainedTrancheOpens() {
        Accepted accepted = accepted();
        long awardId = accepted.award().id();
        String number = accepted.award().number();
        acting.as(accepted.grantee());
        List<ObligationView> tracked = outputs.obligationsOf(awardId);
        assertEquals(1, tracked.size(), "the application's one planned output");
        ObligationView planned = tracked.get(0);
        assertEquals(ObligationState.PLANNED, planned.state());
        assertEquals("hak", planned.languages());
        assertTrue(planned.mayRegister());
        // the registry's read model is read now, so that what follows shows it refreshed, not read for the first time
        assertEquals(OutputState.PLANNED, publicly(number).state(), "accepted: public, its output planned");

        registries.answer(RECORD, FakeRegistries.recorded("zenodo/record-open.json"));
        ObligationView checked = outputs.register(planned.id(), zenodo("CC-BY-4.0"), planned.version());
        assertEquals(ObligationState.CHECKED, checked.state());
        assertEquals(10, checked.checks().size(), "every check stored");
        assertEquals("PASS", check(checked, "RESOLVABLE").verdict());
        assertEquals("cc-by-4.0", check(checked, "LICENCE_DECLARED").evidenceValue());
        assertEquals("PASS", check(checked, "OPEN_FOR_TYPE").verdict());
        assertEquals(checked.checks(), outputs.obligationsOf(awardId).get(0).checks(), "stored, read back the same");
        assertEquals(1, audited(number, "REGISTER_OUTPUT"));
        assertEquals(1, audited(number, "CHECK_OUTPUT"));
        assertEquals(OutputState.CHECKED, publicly(number).state(), "the registration in the registry's next answer");
        assertEquals(ADDRESS, publicly(number).link());

        // every tranche before the retained one requested and its report accepted; the retained one waits
        int retained = disbursements.tranches(awardId).size() - 1;
        for (int position = 0; position < retained; position++) {
            reportAccepted(accepted, position);
        }
        disbursementFixtures.dueToday(awardId, retained);
        acting.as(accepted.grantee());
        assertEquals(List.of("disbursement.problem.obligationNotVerified"), retainedBlockers(awardId, retained));

        // the wrong people may not judge; a non-compliance needs its reason
        acting.as(CallFixtures.officerOfNstc());
        refused("denied.outputs.notOfficerOfMinistry", () -> outputs.judge(checked.id(), true, "", checked.version()));
        acting.as(accepted.grantee());
        refused("denied.outputs.notOfficerOfMinistry", () -> outputs.judge(checked.id(), true, "", checked.version()));
        acting.as(CallFixtures.officerOfMoc());
        assertTrue(outputs.queue().stream().anyMatch(o -> o.id() == checked.id() && o.mayJudge()), "in moc's queue");
        assertEquals(List.of("outputs.problem.reasonRequired"), assertThrows(InvalidInputException.class,
                () -> outputs.judge(checked.id(), false, " ", checked.version())).problems().stream()
                .map(FieldProblem::messageKey).toList());
        ObligationView verified = outputs.judge(checked.id(), true, "", checked.version());
        assertEquals(ObligationState.VERIFIED, verified.state());
        // the grantee's member is told through the outbox, in her language (zh-TW, as she was first seen)
        List<String> verifiedMails = mails(number, "VERIFY_OUTPUT");
        assertEquals(1, verifiedMails.size(), verifiedMails.toString());
        assertTrue(verifiedMails.get(0).startsWith("您的產出已驗證為開放：") && verifiedMails.get(0).contains(number)
                && verifiedMails.get(0).contains("/applicant/outputs.xhtml?award=" + awardId), verifiedMails.get(0));
        assertEquals(List.of(), mails(number, "REGISTER_OUTPUT"), "her own registration is not mailed to her");
        assertEquals(Set.of(0), outputs.verifiedPositions(awardId));
        assertEquals(OutputState.VERIFIED, publicly(number).state(), "verified: in the registry's next answer");
        assertTrue(publicly(number).verifiedAt() != null);
        acting.as(accepted.grantee());
        assertEquals(List.of(), retainedBlockers(awardId, retained), "the gate reads the verdict");

        // the schedule's run: nothing changed keeps it verified; a changed licence flags it back
        rechecks.recheckAll();
        acting.as(accepted.grantee());
        assertEquals(ObligationState.VERIFIED, outputs.obligationsOf(awardId).get(0).state());
        // an answer that is not the registry's JSON teaches nothing: the last answer and the verdict stand
        registries.answer(RECORD, "<html>busy</html>");
        rechecks.recheckAll();
        acting.as(accepted.grantee());
        ObligationView unchanged = outputs.obligationsOf(awardId).get(0);
        assertEquals(ObligationState.VERIFIED, unchanged.state());
        assertEquals("PASS", check(unchanged, "RESOLVABLE").verdict());
        assertEquals(List.of(), mails(number, "FLAG_OUTPUT"), "nothing changed, nobody told");
        // she uses the application in English from now on: the next mails are written in English
        acting.as(accepted.grantee());
        people.recordLogin(accepted.grantee(), Locale.ENGLISH);
        registries.answer(RECORD, FakeRegistries.recorded("zenodo/record-open.json")
                .replace("\"license\":{\"id\":\"cc-by-4.0\"}", "\"license\":{\"id\":\"cc-by-nc-4.0\"}"));
        assertTrue(rechecks.recheckAll() >= 1);
        List<String> flagMails = mails(number, "FLAG_OUTPUT");
        assertEquals(1, flagMails.size(), flagMails.toString());
        assertTrue(flagMails.get(0).startsWith("A re-check found a change in your output:")
                && flagMails.get(0).contains("cc-by-nc-4.0"), flagMails.get(0));
        acting.as(accepted.grantee());
        ObligationView flagged = outputs.obligationsOf(awardId).get(0);
        assertEquals(ObligationState.CHECKED, flagged.state());
        assertTrue(flagged.flagged());
        assertTrue(flagged.findings().stream().anyMatch(f -> f.check().equals("LICENCE_DECLARED")
                && f.change().contains("cc-by-nc-4.0")), flagged.findings().toString());
        assertEquals("FAIL", check(flagged, "OPEN_FOR_TYPE").verdict());
        assertEquals(1, audited(number, "FLAG_OUTPUT"));
        assertEquals(OutputState.CHECKED, publicly(number).state(), "the schedule's flag, too, in the next answer");
        assertEquals(List.of("disbursement.problem.obligationNotVerified"), retainedBlockers(awardId, retained));

        // the officer marks it not compliant with a reason the grantee reads; the grantee fixes it
        acting.as(CallFixtures.officerOfModa());
        ObligationView rejected = outputs.judge(flagged.id(), false, "授權改為非商業，請改回 CC-BY-4.0。", flagged.version());
        assertEquals(ObligationState.NON_COMPLIANT, rejected.state());
        assertEquals(OutputState.NON_COMPLIANT, publicly(number).state());
        acting.as(accepted.grantee());
        assertEquals("授權改為非商業，請改回 CC-BY-4.0。", outputs.obligationsOf(awardId).get(0).verdictReason());
        List<String> rejectedMails = mails(number, "MARK_NON_COMPLIANT");
        assertEquals(1, rejectedMails.size(), rejectedMails.toString());
        assertTrue(rejectedMails.get(0).startsWith("Your output is not compliant:")
                && rejectedMails.get(0).contains("What to fix:\n\n授權改為非商業，請改回 CC-BY-4.0。"), rejectedMails.get(0));
        registries.answer(RECORD, FakeRegistries.recorded("zenodo/record-open.json"));
        ObligationView again = outputs.register(rejected.id(), zenodo("CC-BY-4.0"), rejected.version());
        assertEquals(ObligationState.CHECKED, again.state());
        acting.as(CallFixtures.officerOfMoc());
        outputs.judge(again.id(), true, "", again.version());
        List<String> verifiedAgain = mails(number, "VERIFY_OUTPUT");
        assertEquals(2, verifiedAgain.size(), verifiedAgain.toString());
        assertTrue(verifiedAgain.get(1).startsWith("Your output is verified open:"), verifiedAgain.get(1));

        acting.as(accepted.grantee());
        List<DisbursementView> requested = disbursements.request(awardId, retained, "最終報告。", BigDecimal.ZERO,
                disbursementFixtures.pdf(awardId, "最終報告.pdf", "final report"));
        assertFalse(requested.isEmpty(), "the retained tranche is requested once every obligation is verified");
    }

    private void reportAccepted(Accepted accepted, int position) {
        long awardId = accepted.award().id();
        disbursementFixtures.dueToday(awardId, position);
        acting.as(accepted.grantee());
        List<DisbursementView> shares = disbursements.request(awardId, position, "進度報告。", BigDecimal.ZERO,
                disbursementFixtures.pdf(awardId, "進度報告.pdf", "progress report"));
        for (DisbursementView share : shares) {
            acting.as(share.ministryCode().equals("moc") ? CallFixtures.officerOfMoc() : CallFixtures.officerOfModa());
            disbursements.check(share.id(), share.version());
        }
    }

    @Test
    void anotherOrganisationAnotherMinistryAndBadInputAreRefused() {
        Accepted accepted = accepted();
        long awardId = accepted.award().id();
        acting.as(accepted.grantee());
        ObligationView planned = outputs.obligationsOf(awardId).get(0);

        acting.as(CallFixtures.caller("stranger-" + UUID.randomUUID(), Set.of(Role.APPLICANT)));
        refused("denied.outputs.notYours", () -> outputs.obligationsOf(awardId));
        refused("denied.outputs.notGrantee", () -> outputs.register(planned.id(), zenodo("CC-BY-4.0"),
                planned.version()));
        acting.as(CallFixtures.officerOfNstc());
        refused("denied.outputs.notYours", () -> outputs.obligationsOf(awardId));
        assertTrue(outputs.queue().stream().noneMatch(o -> o.awardId() == awardId), "not in nstc's queue");
        acting.as(CallFixtures.approverOfMoc());
        refused("denied.outputs.notYours", () -> outputs.obligationsOf(awardId));

        acting.as(accepted.grantee());
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> outputs.register(planned.id(),
                new Registration("https://user:pw@zenodo.org/records/1", OutputRegistry.ZENODO, null, null,
                        "Apache 2 please", List.of()), planned.version()));
        assertEquals(List.of("outputs.problem.urlCredentials", "outputs.problem.licenceUnknown"),
                bad.problems().stream().map(FieldProblem::messageKey).toList());
        assertThrows(ConcurrentChangeException.class, () -> outputs.register(planned.id(), zenodo("CC-BY-4.0"),
                planned.version() + 1));
        assertEquals(ObligationState.PLANNED, outputs.obligationsOf(awardId).get(0).state(), "nothing stored");
    }
}
