package org.opendividend.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.SubmittedApplications;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.review.boundary.ConflictRulings;
import org.opendividend.review.boundary.ScreeningFacade;
import org.opendividend.review.control.OfficerRulings;
import org.opendividend.review.entity.ConflictSource;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.review.boundary.ScreeningView;
import org.opendividend.review.boundary.SubmissionsPage;
import org.opendividend.applications.boundary.SubmissionsQuery;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.review.control.EligibilityItem;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.arquillian.Deployments;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.Translatable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screening in Payara Micro against the migrated database, scoped by ministry: officers of the lead (moc) and of the
 * co-funder (moda) see and screen the call's submissions; an officer of an unrelated ministry (nstc) and the
 * applicant are refused by the server. More information opens only the named sections, and the applicant may
 * resubmit after the call closed until the officer's date; an ineligible reason reaches the applicant.
 */
@ExtendWith(ArquillianExtension.class)
public class ScreeningIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("screening-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class, ApplicationTestContent.class, OpenCalls.class, SubmittedApplications.class);
    }

    @Inject
    ApplicationFacade applications;

    @Inject
    ScreeningFacade screening;

    @Inject
    CallFacade calls;

    @Inject
    OrganisationFacade organisations;

    @Inject
    ActingAs acting;

    @Inject
    OpenCalls openCalls;

    @Inject
    SubmittedApplications submissions;

    @Inject
    ConflictRulings conflictRulings;

    @Inject
    PersonFacade people;

    @Inject
    AuditChain auditChain;

    /** An organisation founded by a new applicant, who submits a complete application to the call. */
    private Application submitted(FundingCall call, Caller owner) {
        return submissions.submitted(call, owner);
    }

    private static Caller applicant() {
        return CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT));
    }

    private static Set<Long> ids(SubmissionsPage page) {
        return page.rows().stream().map(SubmissionsRow::applicationId).collect(Collectors.toSet());
    }

    @Test
    void officersOfTheLeadAndOfACoFunderSeeAndScreenOthersAreRefused() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant();
        Application application = submitted(call, owner);
        SubmissionsQuery ofCall = new SubmissionsQuery(call.id(), null, SubmissionsQuery.Sort.TITLE, true, 0, 10);

        acting.as(CallFixtures.officerOfMoc());
        assertEquals(Set.of(application.id()), ids(screening.submissions(ofCall)), "the lead's officer sees it");
        ScreeningView view = screening.forScreening(application.id());
        assertTrue(view.mayScreen());
        assertEquals(1, view.version().number());
        assertEquals(EligibilityItem.Verdict.PASS, view.checklist().get(0).verdict(), "a non-profit may apply");

        acting.as(CallFixtures.officerOfModa());
        assertEquals(1, screening.submissions(ofCall).total(), "the co-funder's officer sees it");
        assertTrue(screening.submissions(new SubmissionsQuery(call.id(), ApplicationStatus.ELIGIBLE, null, false, 0, 10))
                .rows().isEmpty(), "filtered by status");

        acting.as(CallFixtures.officerOfNstc());
        assertEquals(0, screening.submissions(ofCall).total(), "an unrelated ministry's officer sees nothing");
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> screening.screen(application.id(),
                application.version(), ScreeningOutcome.ELIGIBLE, "", Set.of(), null));
        assertEquals(CallStewardship.NOT_FUNDING_OFFICER, denied.reasonKey());
        assertThrows(AccessDeniedException.class, () -> screening.forScreening(application.id()));

        acting.as(owner);
        assertThrows(AccessDeniedException.class, () -> screening.screen(application.id(), application.version(),
                ScreeningOutcome.ELIGIBLE, "", Set.of(), null));
        assertThrows(AccessDeniedException.class, () -> screening.submissions(ofCall));

        acting.as(CallFixtures.officerOfModa());
        SubmittedApplication screened = screening.screen(application.id(), application.version(), ScreeningOutcome.ELIGIBLE, "",
                Set.of(), null);
        assertEquals(ApplicationStatus.ELIGIBLE, screened.status());
        assertEquals("name of sub-officer-moda", screened.screenedByName());
    }

    @Test
    void aFundersOfficerAddsAndLiftsConflictsWithAReasonAuditedOthersAreRefused() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Application application = submitted(call, applicant());
        Caller reviewerLogin = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.REVIEWER));
        acting.as(reviewerLogin);
        long reviewer = people.recordLogin(reviewerLogin).id();

        acting.as(CallFixtures.officerOfMoc());
        InvalidInputException noReason = assertThrows(InvalidInputException.class,
                () -> conflictRulings.add(reviewer, application.id(), " "));
        assertEquals(List.of(FieldProblem.of("reason", "validation.required")), noReason.problems());
        conflictRulings.add(reviewer, application.id(), "同一實驗室");
        conflictRulings.lift(reviewer, application.id(), ConflictSource.ORGANISATION, "僅短期訪問");
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> conflictRulings.lift(reviewer, application.id(), ConflictSource.ORGANISATION, "again"));
        assertEquals(List.of(FieldProblem.of(null, "conflict.problem.alreadyLifted",
                new Translatable(ConflictSource.ORGANISATION.labelKey()))), twice.problems());
        assertEquals(new OfficerRulings(List.of(new OfficerRulings.Added("name of sub-officer-moc", "同一實驗室")),
                        List.of(new OfficerRulings.Lifted(ConflictSource.ORGANISATION, "name of sub-officer-moc", "僅短期訪問"))),
                conflictRulings.rulings(reviewer, application.id()));
        List<AuditEntry> audited = auditChain.latest(2);
        assertEquals(List.of("CONFLICT_LIFTED", "CONFLICT_ADDED"), audited.stream().map(AuditEntry::action).toList());
        assertEquals(Long.toString(application.id()), audited.get(0).objectId());
        assertTrue(audited.get(0).summary().contains("僅短期訪問"), audited.get(0).summary());

        acting.as(CallFixtures.officerOfNstc());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> conflictRulings.lift(reviewer, application.id(), ConflictSource.EMAIL_DOMAIN, "not funder"));
        assertEquals(CallStewardship.NOT_FUNDING_OFFICER, denied.reasonKey());
        assertThrows(AccessDeniedException.class, () -> conflictRulings.rulings(reviewer, application.id()));
        acting.as(reviewerLogin);
        assertThrows(AccessDeniedException.class, () -> conflictRulings.add(reviewer, application.id(), "myself"));
        acting.as(CallFixtures.officerOfMoc());
        assertEquals(1, conflictRulings.rulings(reviewer, application.id()).added().size(), "the refused changed nothing");
    }

    @Test
    void theExportReadsEveryPageForFundersAndRefusesAnotherMinistrysOfficer() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Set<Long> submitted = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(submitted(call, applicant()).id());
        }
        SubmissionsQuery ofCall = new SubmissionsQuery(call.id(), null, SubmissionsQuery.Sort.TITLE, true, 0, 1);

        acting.as(CallFixtures.officerOfModa());
        List<SubmissionsRow> exported = new java.util.ArrayList<>();
        assertEquals(3, screening.eachSubmission(ofCall, exported::add), "every row, not the page of one");
        assertEquals(submitted, exported.stream().map(SubmissionsRow::applicationId).collect(Collectors.toSet()));
        assertEquals(0, call.minGrant().compareTo(exported.get(0).requested()), "the budget total");

        acting.as(CallFixtures.officerOfNstc());
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> screening.eachSubmission(ofCall, exported::add));
        assertEquals(CallStewardship.NOT_FUNDING_OFFICER, denied.reasonKey());
        List<SubmissionsRow> unfiltered = new java.util.ArrayList<>();
        screening.eachSubmission(SubmissionsQuery.all(0, 1), unfiltered::add);
        assertTrue(unfiltered.stream().noneMatch(r -> submitted.contains(r.applicationId())), "not even unfiltered");
    }

    @Test
    void anIneligibleReasonIsRequiredAndReachesTheApplicant() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant();
        Application application = submitted(call, owner);

        acting.as(CallFixtures.officerOfMoc());
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> screening.screen(application.id(),
                application.version(), ScreeningOutcome.INELIGIBLE, " ", Set.of(), null));
        assertEquals(List.of("reason"), refused.problems().stream().map(FieldProblem::field).toList());
        screening.screen(application.id(), application.version(), ScreeningOutcome.INELIGIBLE, "申請單位不在本徵件對象內",
                Set.of(), null);

        acting.as(owner);
        Application seen = applications.forMember(application.id());
        assertEquals(ApplicationStatus.INELIGIBLE, seen.status());
        assertEquals("申請單位不在本徵件對象內", seen.screeningReason());
    }

    @Test
    void moreInformationOpensTheNamedSectionsAndAllowsResubmittingAfterTheCallClosedUntilTheDate()
            throws InterruptedException {
        FundingCall call = openCalls.open(Duration.ofSeconds(20), false); // room for the set-up on a loaded machine
        Caller owner = applicant();
        Application application = submitted(call, owner);

        acting.as(CallFixtures.officerOfMoc());
        InvalidInputException incomplete = assertThrows(InvalidInputException.class, () -> screening.screen(application.id(),
                application.version(), ScreeningOutcome.MORE_INFO, "", Set.of(), calls.now().minusSeconds(1)));
        assertEquals(Set.of("sections", "until"), incomplete.problems().stream().map(FieldProblem::field).collect(Collectors.toSet()));
        Instant until = calls.now().plus(Duration.ofDays(7));
        screening.screen(application.id(), application.version(), ScreeningOutcome.MORE_INFO, "請補充經費說明",
                Set.of(ScreeningSection.BUDGET), until);

        Thread.sleep(Math.max(0, Duration.between(calls.now(), call.closesAt()).plusMillis(300).toMillis()));
        acting.as(owner);
        Application asked = applications.forMember(application.id());
        assertEquals(ApplicationStatus.MORE_INFO_REQUESTED, asked.status());
        assertEquals(Set.of(ScreeningSection.BUDGET), asked.moreInfoSections());
        assertEquals(until, asked.moreInfoUntil());

        ApplicationContent c = asked.content();
        ApplicationContent titleChanged = new ApplicationContent("改過的標題", c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), c.answers(), c.budget(), c.outputs(), c.ethics());
        InvalidInputException closed = assertThrows(InvalidInputException.class,
                () -> applications.save(asked.id(), asked.version(), titleChanged));
        assertEquals(List.of(FieldProblem.of(null, "screening.problem.sectionClosed", new Translatable("screening.section.project"))),
                closed.problems());

        BigDecimal more = call.minGrant().add(new BigDecimal("100000"));
        ApplicationContent budgetChanged = new ApplicationContent(c.titleZhTw(), c.titleEn(), c.abstractText(), c.startDate(),
                c.durationMonths(), c.team(), c.answers(), List.of(new BudgetLine(BudgetCategory.PERSONNEL, 1, "研究助理與錄音", more)),
                c.outputs(), c.ethics());
        Application saved = applications.save(asked.id(), asked.version(), budgetChanged);
        assertEquals(0, more.compareTo(saved.content().budget().get(0).amount()));
        assertEquals("客語語料", saved.content().titleZhTw());

        assertTrue(!call.acceptsApplicationsAt(calls.now()), "the call has closed by now");
        SubmittedVersion second = applications.submit(saved.id(), saved.version());
        assertEquals(2, second.number(), "resubmitted after the call closed, before the officer's date");
        assertEquals(ApplicationStatus.SUBMITTED, applications.forMember(saved.id()).status());

        acting.as(CallFixtures.officerOfMoc());
        ScreeningView view = screening.forScreening(saved.id());
        assertEquals(2, view.version().number());
        assertEquals(0, more.compareTo(view.submitted().budget().get(0).amount()), "the officer sees the new version");
    }

    @Test
    void afterTheOfficersDateNothingMayBeChangedOrResubmitted() throws InterruptedException {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        Caller owner = applicant();
        Application application = submitted(call, owner);
        acting.as(CallFixtures.officerOfMoc());
        Instant until = calls.now().plusSeconds(10); // room for the screening call on a loaded machine
        screening.screen(application.id(), application.version(), ScreeningOutcome.MORE_INFO, "",
                Set.of(ScreeningSection.BUDGET), until);

        Thread.sleep(Math.max(0, Duration.between(calls.now(), until).plusMillis(300).toMillis()));
        acting.as(owner);
        Application late = applications.forMember(application.id());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> applications.submit(late.id(), late.version()));
        assertEquals("screening.problem.moreInfoExpired", refused.problems().get(0).messageKey());
        assertThrows(InvalidInputException.class, () -> applications.save(late.id(), late.version(), late.content()));
    }
}
