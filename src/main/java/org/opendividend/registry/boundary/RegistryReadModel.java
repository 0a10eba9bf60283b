package org.opendividend.registry.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.opendividend.awards.entity.AwardStepTaken;
import org.opendividend.awards.entity.disbursement.DisbursementStepTaken;
import org.opendividend.calls.entity.CallChanged;
import org.opendividend.organisations.entity.OrganisationChanged;
import org.opendividend.outputs.entity.ObligationStepTaken;
import org.opendividend.registry.control.PublishedProjects;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The registry's read model ({@link PublishedProjects}), kept in memory so that a read costs no database query and
 * no JSON writing, however many awards there are. Read in full once, at start (or at the first question, should that
 * come first); from then on only what
 * changed is read again. What the registry shows changes only through the steps the components announce as CDI
 * events, each observed here once its transaction committed: an award's steps (accepted, suspended, terminated…),
 * its disbursements' steps (a payment recorded), its output obligations' steps (registered, checked, verified, not
 * compliant, flagged), a call's changes (its titles) and an organisation's (its name). An observer only notes what
 * is stale; the next reader reads those awards again before it answers, so the answer after a committed change
 * always shows it (no time-to-live, nothing shown stale). Ministries' names are data the application never edits
 * (migrations only), read at each full reading. The model is one server's: a change written into the database
 * behind the application's back (SQL by hand) shows after a restart.
 */
@ApplicationScoped
public class RegistryReadModel {

    private static final Logger LOG = Logger.getLogger(RegistryReadModel.class.getName());

    @Inject
    ProjectReading projects;

    private final Set<Long> staleAwards = ConcurrentHashMap.newKeySet();
    private final Set<Long> staleCalls = ConcurrentHashMap.newKeySet();
    private final Set<Long> staleOrganisations = ConcurrentHashMap.newKeySet();
    private final ReentrantLock reading = new ReentrantLock();
    private volatile PublishedProjects current;

    @Resource
    ManagedExecutorService executor;

    /**
     * At start, in the background, the full reading (half a minute at 10,000 awards on two cores), so that the first
     * visitor after a start does not wait for it. The migrations and the demo data are in place by then (they run
     * before the persistence unit exists); a visitor who comes first waits for this reading rather than starting a
     * second one (the lock). A failure leaves the reading to the first visitor.
     */
    void readAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            executor.execute(() -> {
                try {
                    current();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "the registry was not read at start; the first visitor reads it");
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "no thread to read the registry at start; the first visitor reads it: " + e);
        }
    }

    /** The public projects as they stand after every change committed so far. */
    public PublishedProjects current() {
        PublishedProjects seen = current;
        if (seen != null && nothingStale()) {
            return seen;
        }
        reading.lock();
        try {
            if (current == null) {
                // what is noted stale now is read anyway; a change committed from here on is noted again
                staleAwards.clear();
                staleCalls.clear();
                staleOrganisations.clear();
                current = PublishedProjects.of(projects.all());
            } else if (!nothingStale()) {
                Set<Long> reload = drain(current);
                current = current.with(projects.byIds(reload), reload);
            }
            return current;
        } finally {
            reading.unlock();
        }
    }

    void awardStep(@Observes(during = TransactionPhase.AFTER_SUCCESS) AwardStepTaken step) {
        staleAwards.add(step.awardId());
    }

    void disbursementStep(@Observes(during = TransactionPhase.AFTER_SUCCESS) DisbursementStepTaken step) {
        staleAwards.add(step.awardId());
    }

    void obligationStep(@Observes(during = TransactionPhase.AFTER_SUCCESS) ObligationStepTaken step) {
        staleAwards.add(step.awardId());
    }

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallChanged change) {
        staleCalls.add(change.callId());
    }

    void organisationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationChanged change) {
        staleOrganisations.add(change.organisationId());
    }

    private boolean nothingStale() {
        return staleAwards.isEmpty() && staleCalls.isEmpty() && staleOrganisations.isEmpty();
    }

    /** Takes what is noted stale (before reading, so that a change committed meanwhile stays noted) as award ids. */
    private Set<Long> drain(PublishedProjects model) {
        Set<Long> ids = new TreeSet<>();
        take(staleAwards).forEach(ids::add);
        take(staleCalls).forEach(call -> ids.addAll(model.ofCall(call)));
        take(staleOrganisations).forEach(organisation -> ids.addAll(model.ofOrganisation(organisation)));
        return ids;
    }

    private static List<Long> take(Set<Long> stale) {
        List<Long> taken = List.copyOf(stale);
        stale.removeAll(taken);
        return taken;
    }
}
