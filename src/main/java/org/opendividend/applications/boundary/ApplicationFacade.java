package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.applications.control.ApplicationChecks;
import org.opendividend.applications.control.ApplicationSnapshot;
import org.opendividend.applications.control.ChoiceAnswers;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationAction;
import org.opendividend.applications.entity.ApplicationWorkflow;
import org.opendividend.applications.entity.ApplicationChange;
import org.opendividend.applications.entity.ApplicationChanged;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ApplicationSubmitted;
import org.opendividend.applications.entity.SubmittedFile;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationPermissions;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.platform.persistence.AcknowledgedWhenDurable;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Sha256;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Translatable;
import org.opendividend.platform.web.RequestArrival;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What applicants do with applications: start one for an open call on behalf of an organisation they write for,
 * save the working copy, see what is missing, submit versions before the call's closing instant (decided here, on
 * the server's clock, at the instant the request arrived) and withdraw. Every operation checks the person, the
 * organisation and the version first.
 */
@ApplicationScoped
@Transactional
public class ApplicationFacade {

    /** The action named when a working copy that can no longer change is saved. */
    static final String SAVE_KEY = "application.edit";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    LanguageSelection language;

    @Inject
    AttachmentFacade attachmentFiles;

    @Inject
    RequestArrival arrival;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallDirectory calls;

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @AcknowledgedWhenDurable
    public Application start(long callId, long organisationId) {
        Caller caller = currentUser.caller();
        CallView call = call(callId);
        OrganisationView organisation = organisations.organisation(organisationId);
        OrganisationPermissions.canWriteApplicationsFor(caller, organisation).orThrow();
        if (!call.acceptsApplicationsAt(now())) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "application.problem.callNotOpen")));
        }
        Application application = Application.start(callId, organisationId, caller.actor(), now());
        em.persist(application);
        em.flush();
        events.fire(new ApplicationChanged(caller.actor(), application.id(), ApplicationChange.STARTED,
                "for call " + callId + " by organisation " + organisationId));
        return loaded(application);
    }

    /** An application for the members of its organisation (viewers included). */
    public Application forMember(long id) {
        Application application = find(id);
        OrganisationPermissions.canReadApplicationsOf(currentUser.caller(), organisations.organisation(application.organisationId())).orThrow();
        return loaded(application);
    }

    /** The applications of every organisation the person belongs to, newest first. */
    public List<Application> mine() {
        List<Long> own = organisations.idsOf(currentUser.caller().subject());
        if (own.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Application a where a.organisationId in :own order by a.updatedAt desc",
                        Application.class)
                .setParameter("own", own)
                .getResultList().stream().map(this::loaded).toList();
    }

    /**
     * Saves the working copy; refused only for what it can never hold (see {@link ApplicationChecks}). What the
     * working copy holds already is not saved again: no new version, no audit entry.
     */
    @AcknowledgedWhenDurable
    public Application save(long id, long version, ApplicationContent content) {
        return save(writable(id), version, content);
    }

    /**
     * What the wizard saves by itself while the page is open: as {@link #save}, but a submitted application is left
     * as it is (its working copy changes when the applicant saves or resubmits it), so that an open page neither
     * makes versions every half minute nor races the officer's screening. A page that missed a change is still told.
     */
    @AcknowledgedWhenDurable
    public Application autosave(long id, long version, ApplicationContent content) {
        Application application = writable(id);
        if (!application.isAutosaved()) {
            current(application, version);
            return loaded(application);
        }
        return save(application, version, content);
    }

    private Application save(Application application, long version, ApplicationContent content) {
        if (!application.isEditable()) {
            throw new ForbiddenTransitionException(application.status().labelKey(), SAVE_KEY);
        }
        current(application, version);
        List<FieldProblem> problems = new ArrayList<>(ApplicationChecks.saveProblems(content));
        problems.addAll(ChoiceAnswers.saveProblems(call(application.callId()).questions(), content.answers(),
                application.content().answers()));
        InvalidInputException.unless(problems);
        // the officer's date is judged by when the request arrived, as submission judges the deadline (the wizard
        // saves before it submits, in the same request)
        Instant now = arrival.instant();
        if (application.isReopenedBySections()) {
            refuseAfterTheOfficersDate(application, now);
            InvalidInputException.unless(application.closedSectionsChangedBy(content, now).stream()
                    .map(section -> FieldProblem.of(null, "screening.problem.sectionClosed",
                            new Translatable(section.labelKey())))
                    .toList());
        }
        if (application.isChangedBy(content)) {
            application.reviseOpenSections(content, now);
            events.fire(new ApplicationChanged(currentUser.caller().actor(), application.id(), ApplicationChange.SAVED, "working copy saved"));
        }
        return loaded(application);
    }

    /** Refuses a change or a submission after the date of the officer's request for more information. */
    private static void refuseAfterTheOfficersDate(Application application, Instant now) {
        if (!application.isMoreInfoOpenAt(now)) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "screening.problem.moreInfoExpired",
                    Formats.taipei(application.moreInfoUntil()))));
        }
    }

    /** What still stands in the way of submission; empty when it may be submitted. */
    public List<FieldProblem> submissionProblems(long id) {
        Application application = forMember(id);
        return ApplicationChecks.submissionProblems(application.content(), call(application.callId()),
                attachmentFiles.typesOf(id));
    }

    /**
     * Freezes the working copy as the next version with a receipt. The row is locked, so two submits at once give
     * one version; the second finds the version moved on and is told so. Refused at or after the closing instant.
     */
    @AcknowledgedWhenDurable
    public SubmittedVersion submit(long id, long version) {
        Application application = find(id, LockModeType.PESSIMISTIC_WRITE);
        Caller caller = currentUser.caller();
        OrganisationPermissions.canWriteApplicationsFor(caller, organisations.organisation(application.organisationId())).orThrow();
        ApplicationWorkflow.transition(application.status(), application.submitAction(), ApplicationWorkflow.Who.APPLICANT);
        current(application, version);
        CallView call = call(application.callId());
        // when the request arrived, not after its wait for admission or for this row's lock: sent in time is in time
        Instant now = arrival.instant();
        if (application.isReopenedBySections()) {
            // after a request for more information the officer's date is the deadline, not the call's closing
            refuseAfterTheOfficersDate(application, now);
        } else if (!call.acceptsApplicationsAt(now)) {
            throw new InvalidInputException(List.of(FieldProblem.of(null, "application.problem.deadlinePassed")));
        }
        // read once, for the check and for the snapshot: one query fewer in every submission of a deadline rush
        List<Attachment> attached = attachmentFiles.attachmentsOf(id);
        InvalidInputException.unless(ApplicationChecks.submissionProblems(application.content(), call,
                AttachmentFacade.typesAmong(attached)));
        String receipt = application.nextReceiptNumber();
        int number = application.submit(receipt, now);
        String snapshot = ApplicationSnapshot.json(application, number, receipt, now, attached);
        SubmittedVersion submitted = new SubmittedVersion(id, number, receipt, now, caller.displayName(), snapshot,
                Sha256.hex(snapshot));
        em.persist(submitted);
        em.flush();
        attached.forEach(a -> em.persist(new SubmittedFile(submitted.id(), a.storageKey())));
        var content = application.content();
        // the receipt's mail in the language the submitter is using the application in
        Optional<Notifiable.Recipient> submitter = Optional.ofNullable(caller.email()).filter(e -> !e.isBlank())
                .map(email -> new Notifiable.Recipient(email, caller.displayName(), submitterLanguage(),
                        caller.subject(), caller.emailVerified()));
        events.fire(new ApplicationSubmitted(caller.actor(), id, application.callId(), number, receipt, now,
                BilingualText.both(content.titleZhTw(), content.titleEn()),
                BilingualText.both(call.titleZhTw(), call.titleEn()), submitter));
        return submitted;
    }

    /** The language of the request that submits; zh-TW, the fund's default, when no HTTP request carries it. */
    private Locale submitterLanguage() {
        try {
            return language.getLocale();
        } catch (ContextNotActiveException | IllegalStateException noHttpRequest) {
            return Languages.ZH_TW;
        }
    }

    public List<SubmittedVersion> versions(long id) {
        forMember(id);
        return em.createQuery("select v from SubmittedVersion v where v.applicationId = :id order by v.number",
                SubmittedVersion.class).setParameter("id", id).getResultList();
    }

    @AcknowledgedWhenDurable
    public Application withdraw(long id, long version) {
        Application application = writable(id);
        ApplicationWorkflow.transition(application.status(), ApplicationAction.WITHDRAW, ApplicationWorkflow.Who.APPLICANT);
        current(application, version);
        application.withdraw(now());
        events.fire(new ApplicationChanged(currentUser.caller().actor(), id, ApplicationChange.WITHDRAWN, "withdrawn by the applicant"));
        return loaded(application);
    }

    /**
     * An application the caller may write for, its row locked for the rest of the transaction. Locked first, as
     * {@link #submit} locks it, before anything fires an event (whose audit entry locks the log's head): two changes
     * of one application then queue on its row instead of each holding what the other waits for. The workflow's
     * refusal is checked before the version, so that a stale page or client is told what the state forbids rather
     * than only that something changed.
     */
    private Application writable(long id) {
        Application application = find(id, LockModeType.PESSIMISTIC_WRITE);
        OrganisationPermissions.canWriteApplicationsFor(currentUser.caller(), organisations.organisation(application.organisationId())).orThrow();
        return application;
    }

    private static void current(Application application, long version) {
        if (application.version() != version) {
            throw new ConcurrentChangeException("Application", application.id());
        }
    }

    private Application find(long id) {
        return find(id, LockModeType.NONE);
    }

    private Application find(long id, LockModeType lock) {
        Application application = em.find(Application.class, id, lock);
        if (application == null) {
            throw new NoSuchObjectException("Application", id);
        }
        return application;
    }

    private CallView call(long id) {
        return calls.publicCall(id).orElseThrow(() -> new NoSuchObjectException("Call", id));
    }


    private Application loaded(Application application) {
        application.content();
        return application;
    }
}
