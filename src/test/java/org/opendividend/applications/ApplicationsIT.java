package org.opendividend.applications;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.arquillian.Deployments;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.calls.entity.OrganisationType;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.security.Sha256;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applications in Payara Micro against the migrated database: started for an open call by a member of the applying
 * organisation, saved, submitted as frozen versions with receipts, a repeated submit of the same version refused
 * (one version, not two), outsiders refused by the server, and the deadline decided on the server's clock with the
 * draft kept intact. Each test opens its own call and founds its own organisation.
 */
@ExtendWith(ArquillianExtension.class)
public class ApplicationsIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.applications("applications-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, ApplicationTestContent.class, OpenCalls.class);
    }

    @Inject
    ApplicationFacade applications;

    @Inject
    CallFacade calls;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    private static Caller applicant(String subject) {
        return CallFixtures.caller(subject, Set.of(Role.APPLICANT));
    }

    private Organisation organisationOf(Caller owner) {
        acting.as(owner);
        return organisations.create(new OrganisationDetails("客語研究協會 " + owner.subject().substring(0, 6),
                "Hakka Research Association", OrganisationType.NON_PROFIT, "04595257", "台北市", null));
    }

    @Test
    void aMemberSubmitsVersionsWithReceiptsAndARepeatedSubmitMakesNoSecondVersion() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);

        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        assertEquals(ApplicationStatus.DRAFT, draft.status());
        assertTrue(applications.submissionProblems(draft.id()).size() > 3, "an empty draft lists what is missing");
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call));
        assertEquals(List.of(), applications.submissionProblems(saved.id()));

        SubmittedVersion first = applications.submit(saved.id(), saved.version());
        assertEquals(1, first.number());
        assertEquals("OD-" + call.id() + "-" + saved.id() + "-1", first.receiptNumber());
        assertEquals(Sha256.hex(first.snapshot()), first.snapshotSha256(), "the fingerprint is the snapshot's");
        assertTrue(first.snapshot().contains("Corpus <script>"), "the snapshot holds what was typed, as typed");

        // the same page submitted twice (a double click): the second finds the version moved on
        assertThrows(ConcurrentChangeException.class, () -> applications.submit(saved.id(), saved.version()));
        assertEquals(1, applications.versions(saved.id()).size(), "one version, not two");

        Application current = applications.forMember(saved.id());
        assertEquals(ApplicationStatus.SUBMITTED, current.status());
        SubmittedVersion second = applications.submit(current.id(), current.version());
        assertEquals(2, second.number(), "resubmitting before the deadline makes a new version");
        assertEquals(List.of(1, 2), applications.versions(saved.id()).stream().map(SubmittedVersion::number).toList());
    }

    @Test
    void peopleOutsideTheOrganisationAreRefusedByTheServer() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());

        acting.as(applicant(UUID.randomUUID().toString()));
        assertThrows(AccessDeniedException.class, () -> applications.start(call.id(), organisation.id()));
        assertThrows(AccessDeniedException.class, () -> applications.forMember(draft.id()));
        assertThrows(AccessDeniedException.class, () -> applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call)));
        acting.as(CallFixtures.officerOfNstc());
        assertThrows(AccessDeniedException.class, () -> applications.forMember(draft.id()));
    }

    @Test
    void aSubmissionAfterTheClosingInstantIsRefusedAndTheDraftKept() throws InterruptedException {
        // long enough for the set-up below even on a loaded machine; the test then waits for the closing instant
        FundingCall call = openCalls.open(Duration.ofSeconds(20), false);
        Caller owner = applicant(UUID.randomUUID().toString());
        Organisation organisation = organisationOf(owner);
        acting.as(owner);
        Application draft = applications.start(call.id(), organisation.id());
        Application saved = applications.save(draft.id(), draft.version(), ApplicationTestContent.complete(call));

        Thread.sleep(Math.max(0, Duration.between(calls.now(), call.closesAt()).plusMillis(200).toMillis()));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.submit(saved.id(), saved.version()));
        assertEquals(List.of(FieldProblem.of(null, "application.problem.deadlinePassed")), refused.problems());
        Application kept = applications.forMember(saved.id());
        assertEquals(ApplicationStatus.DRAFT, kept.status());
        assertEquals(ApplicationTestContent.complete(call), kept.content(), "nothing typed is lost");
        assertEquals(List.of(), applications.versions(saved.id()));
    }
}
