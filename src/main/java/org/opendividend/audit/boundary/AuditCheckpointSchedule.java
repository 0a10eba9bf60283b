package org.opendividend.audit.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.opendividend.audit.control.AuditCheckpoints;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs the audit chain's end once a day, shortly after midnight in Taipei, into the checkpoint file outside the
 * database; the fund-admin can write one at any time on {@code /admin/} as well.
 */
@Singleton
public class AuditCheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointSchedule.class.getName());

    @Inject
    AuditCheckpoints checkpoints;

    @Schedule(hour = "0", minute = "5", timezone = "Asia/Taipei", persistent = false)
    void daily() {
        try {
            checkpoints.write();
        } catch (RuntimeException e) {
            // logged loudly, not thrown: a failing timer would be retried at once and then dropped by the container
            LOG.log(Level.SEVERE, "the daily audit checkpoint could not be written", e);
        }
    }
}
