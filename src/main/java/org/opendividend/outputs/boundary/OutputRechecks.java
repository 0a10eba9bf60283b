package org.opendividend.outputs.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opendividend.outputs.entity.ObligationState;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Re-verification on a schedule (issue #13, item 7): every {@code opendividend.outputs.recheck-hours} (default 168, a
 * week) the checks of every registered output run again on the server's own managed scheduled executor (never a thread
 * of ours), each output in a transaction of its own, so that one registry's trouble stops nothing else. A verified
 * output whose licence changed, or that became gated, private or deleted, goes back to the officers, flagged
 * ({@link OutputsFacade#recheck}). The first run comes one period after the start, so that starting the server sends
 * nothing to the registries. {@link #recheckAll} is the same run, called directly by the tests.
 */
@ApplicationScoped
public class OutputRechecks {

    private static final Logger LOG = Logger.getLogger(OutputRechecks.class.getName());

    @Inject
    OutputsFacade outputs;

    /** This bean through its proxy, so that the run on the executor's thread gets its request context. */
    @Inject
    OutputRechecks self;

    @Inject
    @ConfigProperty(name = "opendividend.outputs.recheck-hours", defaultValue = "168")
    long everyHours;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long hours = Math.max(1, everyHours);
        schedule = executor.scheduleAtFixedRate(this::recheckAllLogged, hours, hours, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Re-checks every registered output; how many a change flagged back to the officers. */
    @ActivateRequestContext
    public int recheckAll() {
        int flagged = 0;
        for (long id : outputs.dueForRecheck()) {
            try {
                ObligationState before = outputs.obligationStateForRecheck(id);
                ObligationState after = outputs.recheck(id);
                if (before == ObligationState.VERIFIED && after == ObligationState.CHECKED) {
                    flagged++;
                }
            } catch (RuntimeException e) {
                // one output's failure (a concurrent edit) waits for the next run; the others go on
                LOG.log(Level.WARNING, e, () -> "output obligation " + id + " not re-checked");
            }
        }
        return flagged;
    }

    private void recheckAllLogged() {
        int flagged = self.recheckAll();
        LOG.info(() -> "outputs re-checked; " + flagged + " verified output(s) flagged for the officers");
    }
}
