package org.opendividend.outputs.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.control.MofClassifier;
import org.opendividend.outputs.control.ObligationChecking;
import org.opendividend.outputs.control.RecheckFinding;
import org.opendividend.outputs.control.RegistrationCheck;
import org.opendividend.outputs.entity.ObligationAction;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.ObligationStepTaken;
import org.opendividend.outputs.entity.ObligationWorkflow;
import org.opendividend.outputs.entity.StoredCheck;
import org.opendividend.outputs.entity.TrackedObligation;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PublicLinks;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The output obligations of accepted awards (issue #13): awards hands them over at the acceptance ({@link #track});
 * the grantee registers each output and its checks run at once and are stored with their evidence; officers of the
 * award's ministries verify it or mark it non-compliant with a reason; the schedule re-checks registered outputs
 * ({@link #recheck}) and flags a verified one that changed back to the officers. The disbursements' gate asks
 * {@link #verifiedPositions}. Every step is refused to anyone {@link OutputPermissions} refuses, names the version the
 * person saw, and is audited through {@link ObligationStepTaken}.
 */
@ApplicationScoped
@Transactional
public class OutputsFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    LicenceCatalogue catalogue;

    @Inject
    ObligationChecking checking;

    @Inject
    PersonFacade people;

    /** Starts tracking an accepted award's obligations, as planned; positions tracked already are left as they are. */
    public void track(List<ObligationTerms> obligations) {
        for (ObligationTerms t : obligations) {
            if (byPosition(t.awardId(), t.position()).isEmpty()) {
                em.persist(TrackedObligation.planned(new TrackedObligation.Terms(t.awardId(), t.position(),
                        t.awardNumber(), t.organisationId(), t.ministries(), t.type(), t.title(), t.plannedLicence(),
                        t.allowedLicences(), t.releaseBy(), t.languages(), t.requiredMofClass())));
            }
        }
    }

    /** The positions (from 0) of the award's obligations an officer verified, for the retained tranche's gate. */
    public Set<Integer> verifiedPositions(long awardId) {
        Set<ObligationState> verified = ObligationWorkflow.RULES.statesWhere(ObligationWorkflow.State::verified);
        return em.createQuery("select o.position from TrackedObligation o where o.awardId = :award "
                        + "and o.state in :verified", Integer.class)
                .setParameter("award", awardId).setParameter("verified", verified).getResultList().stream()
                .collect(Collectors.toSet());
    }

    /** An award's obligations in their order, for its organisation's members and its ministries' officers. */
    public List<ObligationView> obligationsOf(long awardId) {
        List<TrackedObligation> found = em.createQuery("select o from TrackedObligation o where o.awardId = :award "
                + "order by o.position", TrackedObligation.class).setParameter("award", awardId).getResultList();
        if (found.isEmpty()) {
            throw new NoSuchObjectException("Award", awardId);
        }
        OrganisationView organisation = organisations.organisation(found.get(0).organisationId());
        OutputPermissions.canRead(currentUser.caller(), organisation, found.get(0).ministries()).orThrow();
        return found.stream().map(o -> view(o, organisation)).toList();
    }

    /** One obligation, for its readers. */
    public ObligationView obligation(long obligationId) {
        TrackedObligation o = find(obligationId);
        OrganisationView organisation = organisations.organisation(o.organisationId());
        OutputPermissions.canRead(currentUser.caller(), organisation, o.ministries()).orThrow();
        return view(o, organisation);
    }

    /** The officer's queue: the registered outputs of their ministries' awards, those waiting for a verdict first. */
    public List<ObligationView> queue() {
        Caller caller = currentUser.caller();
        OutputPermissions.canReadQueue(caller).orThrow();
        List<TrackedObligation> found = em.createQuery("select distinct o from TrackedObligation o join o.ministries m "
                        + "where m in :mine and o.state <> :planned", TrackedObligation.class)
                .setParameter("mine", caller.ministries()).setParameter("planned", ObligationState.PLANNED)
                .getResultList();
        return found.stream()
                .sorted((a, b) -> a.state() == b.state() ? Long.compare(a.id(), b.id())
                        : a.state() == ObligationState.CHECKED ? -1 : b.state() == ObligationState.CHECKED ? 1
                        : a.state().compareTo(b.state()))
                .map(o -> view(o, organisations.organisation(o.organisationId()))).toList();
    }

    /** The grantee registers (or registers again) the output; its checks run at once and are stored. */
    public ObligationView register(long obligationId, Registration registration, long expectedVersion) {
        TrackedObligation o = find(obligationId);
        OrganisationView organisation = organisations.organisation(o.organisationId());
        OutputPermissions.canRegister(currentUser.caller(), organisation).orThrow();
        current(o, expectedVersion);
        if (registration == null) {
            throw new InvalidInputException(List.of(FieldProblem.of("url", "outputs.problem.urlRequired")));
        }
        InvalidInputException.unless(RegistrationCheck.problems(o.type(), registration.url(), registration.registry(),
                registration.revision(), registration.identifier(), registration.declaredLicence(),
                registration.mofComponents(), catalogue));
        o.register(new TrackedObligation.Registration(registration.url().strip(), registration.registry(),
                blankToNull(registration.revision()), blankToNull(registration.identifier()),
                registration.declaredLicence().strip(), registration.mofComponents()),
                currentUser.caller().subject(), clock.instant());
        fire(currentUser.caller().actor(), o, ObligationAction.REGISTER_OUTPUT, o.url());
        runChecks(o, Actor.SYSTEM);
        em.flush();
        return view(o, organisation);
    }

    /** An officer of the award's ministries verifies the output, or marks it non-compliant with a reason. */
    public ObligationView judge(long obligationId, boolean verified, String reason, long expectedVersion) {
        TrackedObligation o = find(obligationId);
        OrganisationView organisation = organisations.organisation(o.organisationId());
        OutputPermissions.canJudge(currentUser.caller(), organisation, o.ministries()).orThrow();
        current(o, expectedVersion);
        String why = reason == null ? "" : reason.strip();
        if (!verified && why.isEmpty() || why.length() > TrackedObligation.REASON_MAX) {
            throw new InvalidInputException(List.of(FieldProblem.of("reason", "outputs.problem.reasonRequired",
                    TrackedObligation.REASON_MAX)));
        }
        o.judge(verified, why, currentUser.caller().subject(), clock.instant());
        fire(currentUser.caller().actor(), o, verified ? ObligationAction.VERIFY_OUTPUT
                : ObligationAction.MARK_NON_COMPLIANT, why);
        em.flush();
        return view(o, organisation);
    }

    /** The obligations the schedule re-checks: registered, checked or verified. */
    public List<Long> dueForRecheck() {
        Set<ObligationState> rechecked = ObligationWorkflow.RULES.statesWhere(ObligationWorkflow.State::rechecked);
        return em.createQuery("select o.id from TrackedObligation o where o.state in :states order by o.id", Long.class)
                .setParameter("states", rechecked).getResultList();
    }

    /** Where an obligation stands, for the schedule's count of flagged outputs. */
    public ObligationState obligationStateForRecheck(long obligationId) {
        return find(obligationId).state();
    }

    /** Runs one obligation's checks again, as the system; a verified output that changed goes back, flagged. */
    public ObligationState recheck(long obligationId) {
        TrackedObligation o = find(obligationId);
        if (!ObligationWorkflow.state(o.state()).rechecked()) {
            return o.state();
        }
        List<StoredCheck> after = checking.run(o, LocalDate.now(clock.withZone(Formats.TAIPEI)));
        if (RecheckFinding.unreachable(after)) {
            // the registry said nothing this time: the last answer it gave stands, to compare the next one with
            return o.state();
        }
        store(o, after, Actor.SYSTEM);
        return o.state();
    }

    private void runChecks(TrackedObligation o, Actor actor) {
        store(o, checking.run(o, LocalDate.now(clock.withZone(Formats.TAIPEI))), actor);
    }

    private void store(TrackedObligation o, List<StoredCheck> after, Actor actor) {
        List<StoredCheck> before = o.checks();
        String change = before.isEmpty() ? null : RecheckFinding.change(before, after);
        ObligationAction action = o.checked(after, change, clock.instant());
        String verdicts = after.stream().map(c -> c.check() + "=" + c.verdict()).collect(Collectors.joining(" "));
        fire(actor, o, action, action == ObligationAction.FLAG_OUTPUT ? change : verdicts);
    }

    private ObligationView view(TrackedObligation o, OrganisationView organisation) {
        Caller caller = currentUser.caller();
        boolean mayRegister = OutputPermissions.canRegister(caller, organisation).allowed()
                && ObligationWorkflow.RULES.find(o.state(), ObligationAction.REGISTER_OUTPUT).isPresent();
        boolean mayJudge = OutputPermissions.canJudge(caller, organisation, o.ministries()).allowed()
                && ObligationWorkflow.RULES.find(o.state(), ObligationAction.VERIFY_OUTPUT).isPresent();
        return ObligationView.of(o, new MofClassifier(catalogue), mayRegister, mayJudge);
    }

    private void fire(Actor actor, TrackedObligation o, ObligationAction action, String detail) {
        List<Notifiable.Recipient> told = ObligationStepTaken.told(action) ? membersOf(o.organisationId()) : List.of();
        events.fire(new ObligationStepTaken(actor, o.awardId(), o.awardNumber(), o.position(), o.id(), action,
                detail, o.title(), told, URI.create(PublicLinks.to("/applicant/outputs.xhtml?award=" + o.awardId()))));
    }

    /**
     * The members of the award's organisation, who hear of a verdict and of a flag: written to the outbox in this
     * transaction, so the mail exists exactly when the step committed (and a re-check on the schedule mails too).
     */
    private List<Notifiable.Recipient> membersOf(long organisationId) {
        return people.recipients(organisations.organisation(organisationId).roles().keySet());
    }

    private java.util.Optional<TrackedObligation> byPosition(long awardId, int position) {
        return em.createQuery("select o from TrackedObligation o where o.awardId = :award and o.position = :position",
                        TrackedObligation.class).setParameter("award", awardId).setParameter("position", position)
                .getResultList().stream().findFirst();
    }

    private TrackedObligation find(long obligationId) {
        TrackedObligation o = em.find(TrackedObligation.class, obligationId);
        if (o == null) {
            throw new NoSuchObjectException("OutputObligation", obligationId);
        }
        return o;
    }

    private static void current(TrackedObligation o, long expectedVersion) {
        if (o.version() != expectedVersion) {
            throw new ConcurrentChangeException("OutputObligation", o.awardNumber() + "/" + (o.position() + 1));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
