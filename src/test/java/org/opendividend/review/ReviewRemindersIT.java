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
import org.opendividend.applications.entity.Application;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.review.boundary.ReviewReminders;
import org.opendividend.review.entity.ReviewAssignment;
import org.opendividend.review.entity.ReviewReminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The review deadline's reminders in Payara Micro against the migrated database (V20): a reviewer with two open
 * reviews due within three days, one due later and one submitted gets one reminder, in the outbox and audited, naming
 * the two; a second run sends nothing.
 */
@ExtendWith(ArquillianExtension.class)
public class ReviewRemindersIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.review("review-reminders-it.war")
                .addClasses(CallFixtures.class, CallFixtures.ContentBuilder.class, ActingAs.class,
                        ApplicationTestContent.class, OpenCalls.class, SubmittedApplications.class,
                        AssignmentFixtures.class);
    }

    @Inject
    OpenCalls openCalls;

    @Inject
    SubmittedApplications submissions;

    @Inject
    ActingAs acting;

    @Inject
    PersonFacade people;

    @Inject
    AssignmentFixtures stored;

    @Inject
    ReviewReminders reminders;

    @Inject
    AuditChain auditChain;

    @Test
    void aReviewerIsRemindedOnceOfTheOpenReviewsDueWithinThreeDays() {
        FundingCall call = openCalls.open(Duration.ofDays(30), false);
        List<Application> applications = List.of(applicant(call), applicant(call), applicant(call), applicant(call));
        Caller reviewerLogin = CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.REVIEWER));
        acting.as(reviewerLogin);
        long reviewer = people.recordLogin(reviewerLogin).id();
        Instant now = Instant.now();
        ReviewAssignment inTwoDays = assign(call, applications.get(0), reviewer, reviewerLogin, now.plus(Duration.ofDays(2)));
        ReviewAssignment tomorrow = assign(call, applications.get(1), reviewer, reviewerLogin, now.plus(Duration.ofDays(1)));
        assign(call, applications.get(2), reviewer, reviewerLogin, now.plus(Duration.ofDays(10)));
        ReviewAssignment submitted = assign(call, applications.get(3), reviewer, reviewerLogin, now.plus(Duration.ofDays(1)));
        stored.change(tomorrow.id(), a -> a.declareNoConflict(now));
        stored.change(submitted.id(), a -> {
            a.declareNoConflict(now);
            a.recordSubmission(now);
        });

        assertTrue(reminders.sendDue() >= 1);

        String about = "Reviewer " + reviewerLogin.subject() + " REVIEW_REMINDER_SENT";
        List<String> mails = stored.mailSubjects(about);
        assertEquals(1, mails.size(), "one mail for the reviewer: " + mails);
        assertTrue(mails.get(0).startsWith("提醒：2 件審查將於"), mails.get(0));
        assertEquals(Set.of(inTwoDays.id(), tomorrow.id()), Set.copyOf(stored.remindersOf(reviewerLogin.subject())
                .stream().map(ReviewReminder::assignmentId).toList()), "not the later one, not the submitted one");
        AuditEntry audited = auditChain.latest(20).stream().filter(e -> e.objectId().equals(reviewerLogin.subject()))
                .findFirst().orElseThrow();
        assertEquals("REVIEW_REMINDER_SENT", audited.action());
        assertTrue(audited.summary().contains("2 review(s)"), audited.summary());

        reminders.sendDue();
        assertEquals(1, stored.mailSubjects(about).size(), "never the same reminder twice");
        assertEquals(2, stored.remindersOf(reviewerLogin.subject()).size());
    }

    private Application applicant(FundingCall call) {
        return submissions.submitted(call, CallFixtures.caller(UUID.randomUUID().toString(), Set.of(Role.APPLICANT)));
    }

    private ReviewAssignment assign(FundingCall call, Application application, long reviewer, Caller login, Instant due) {
        return stored.store(ReviewAssignment.assign(call.id(), application.id(), reviewer, login.subject(), null, due,
                Instant.now()));
    }
}
