package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.AttachmentFacade;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.applications.boundary.SubmissionsQuery;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.applications.boundary.SubmittedApplications;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.review.control.EligibilityChecklist;
import org.opendividend.review.entity.ScreeningRecorded;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.persistence.AcknowledgedWhenDurable;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PublicLinks;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What officers do with submitted applications: list the submissions to the calls their ministries lead or co-fund
 * (a page at a time, sorted and filtered in the database; the fund-admin sees all), open one with the eligibility
 * checklist computed on the submitted version, and screen it: eligible, ineligible with a reason the applicant
 * reads, or more information on named sections until a date. Officers of other ministries are refused here.
 */
@ApplicationScoped
@Transactional
public class ScreeningFacade {

    static final int EXPORT_CHUNK = 500;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    AttachmentFacade attachmentFiles;

    @Inject
    OwnApplications ownApplications;

    @Inject
    ApplicationScreening applications;

    @Inject
    SubmittedApplications submitted;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    PersonFacade people;

    @Inject
    CallStewardship stewardship;

    @Inject
    CallDirectory calls;

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** One page of the submissions the caller may screen (or, for the fund-admin, look at). */
    public SubmissionsPage submissions(SubmissionsQuery query) {
        Caller caller = currentUser.caller();
        ScreeningPermissions.canUseScreening(caller).orThrow();
        SubmittedApplications.Scope scope = scope(caller);
        return new SubmissionsPage(submitted.rows(scope, query, query.first(), query.size()), submitted.count(scope, query));
    }

    /**
     * Every submission matching the query's filter and sort, whatever its page, handed to {@code sink} one at a time:
     * read {@value #EXPORT_CHUNK} rows per query, so that an export of any length never holds the whole list. Naming
     * a call the caller may not see is refused (the table's filter only offers the caller's calls).
     */
    public long eachSubmission(SubmissionsQuery query, Consumer<SubmissionsRow> sink) {
        Caller caller = currentUser.caller();
        ScreeningPermissions.canUseScreening(caller).orThrow();
        if (query.callId() != null) {
            CallView call = calls.call(query.callId());
            ScreeningPermissions.canSeeSubmissions(caller, call, ownApplications.competesIn(call.id())).orThrow();
        }
        SubmittedApplications.Scope scope = scope(caller);
        long count = 0;
        List<SubmissionsRow> chunk;
        do {
            // offset paging over an order made total by the id: stable while nobody submits meanwhile
            chunk = submitted.rows(scope, query, (int) count, EXPORT_CHUNK);
            chunk.forEach(sink);
            count += chunk.size();
        } while (chunk.size() == EXPORT_CHUNK);
        return count;
    }

    /**
     * The calls whose submissions the caller reads: those the officers' rule names ({@link CallStewardship}; all for
     * the fund-admin), never the calls the person's own organisation applies to (a competitor's conflict).
     */
    private SubmittedApplications.Scope scope(Caller caller) {
        return new SubmittedApplications.Scope(caller.has(Role.FUND_ADMIN) ? null : stewardship.callsOfOfficer(caller),
                ownApplications.calls());
    }

    /** The published calls the caller may screen for (none their own organisation applies to), newest first. */
    public List<CallSummary> screeningCalls() {
        Caller caller = currentUser.caller();
        ScreeningPermissions.canUseScreening(caller).orThrow();
        return calls.publishedCalls(caller.has(Role.FUND_ADMIN) ? null : stewardship.callsOfOfficer(caller)).stream()
                .filter(c -> !ownApplications.competesIn(c.id())).toList();
    }

    /** An application as the screening officer sees it: the latest submitted version and its checklist. */
    public ScreeningView forScreening(long applicationId) {
        Caller caller = currentUser.caller();
        SubmittedApplication application = applications.find(applicationId);
        CallView call = calls.call(application.callId());
        ScreeningPermissions.canSeeSubmissions(caller, call, ownApplications.competesIn(call.id())).orThrow();
        if (application.submittedVersions() == 0) {
            throw new NoSuchObjectException("Application", applicationId);
        }
        OrganisationView organisation = organisations.organisation(application.organisationId());
        LatestSubmission version = applications.latestSubmission(applicationId);
        ApplicationContent submitted = version.submitted();
        Decision may = ScreeningPermissions.canScreen(caller, call, organisation, ownApplications.competesIn(call.id()));
        // the attachments component does not yet say which attachments an application carries: not checked
        return new ScreeningView(application, call, organisation, version, submitted,
                EligibilityChecklist.of(call, organisation.type(), submitted, attachmentFiles.typesOf(applicationId)), may.allowed(), may.reasonKey());
    }

    /**
     * Whether the caller may decide on a submitted application as its screening officer: an officer of a funding
     * ministry, not of the applying organisation, not competing in the call. Also who rules on its conflicts of interest.
     */
    public Decision mayScreen(long applicationId) {
        SubmittedApplication application = applications.find(applicationId);
        CallView call = calls.call(application.callId());
        return ScreeningPermissions.canScreen(currentUser.caller(), call,
                organisations.organisation(application.organisationId()), ownApplications.competesIn(call.id()));
    }

    /**
     * Screens a submitted application. Refused for anyone but an officer of a funding ministry; the applications
     * component then takes the workflow's step or says why not ({@link ApplicationScreening#screen}). The applicant's
     * organisation is told.
     */
    @AcknowledgedWhenDurable
    public SubmittedApplication screen(long applicationId, long version, ScreeningOutcome outcome, String reason,
                                       Set<ScreeningSection> sections, Instant until) {
        Caller caller = currentUser.caller();
        // the row before the audit log's head (locked by the event below), in the order the applicant's changes take
        SubmittedApplication application = applications.lockForScreening(applicationId);
        CallView call = calls.call(application.callId());
        ScreeningPermissions.canScreen(caller, call, organisations.organisation(application.organisationId()),
                ownApplications.competesIn(call.id())).orThrow();
        SubmittedApplication screened = applications.screen(applicationId, version, outcome, reason, sections, until,
                caller.actor(), now());
        events.fire(new ScreeningRecorded(caller.actor(), applicationId, screened.callId(), outcome,
                screened.screeningReason(), outcome == ScreeningOutcome.MORE_INFO ? ScreeningSection.join(sections) : null,
                screened.moreInfoUntil(), BilingualText.both(screened.titleZhTw(), screened.titleEn()),
                membersToTell(screened.organisationId()), wizardLink(applicationId)));
        return screened;
    }

    /**
     * The organisation's members whose address is known from their login (their profile), in zh-TW; a member whose
     * address is not verified is told too, and notifications holds that mail until the address is verified.
     */
    private List<Notifiable.Recipient> membersToTell(long organisationId) {
        return people.recipients(organisations.organisation(organisationId).roles().keySet());
    }

    /** The application in the wizard: absolute when {@code opendividend.public-url} is configured. */
    private static URI wizardLink(long applicationId) {
        return URI.create(PublicLinks.to("/applicant/application.xhtml?id=" + applicationId));
    }
}
