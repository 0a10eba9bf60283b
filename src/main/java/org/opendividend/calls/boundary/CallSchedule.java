package org.opendividend.calls.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Records, once a minute, that calls opened or closed at their instants, so that the audit trail and the stored
 * status follow the schedule. Pages and deadlines never wait for it: they ask the call for its status at the
 * current instant.
 */
@Singleton
public class CallSchedule {

    private static final Logger LOG = Logger.getLogger(CallSchedule.class.getName());

    @Inject
    CallFacade calls;

    @Schedule(second = "0", minute = "*", hour = "*", persistent = false)
    void recordOpeningsAndClosings() {
        int recorded = calls.recordSchedule();
        if (recorded > 0) {
            LOG.info(() -> recorded + " call(s) opened or closed on schedule");
        }
    }
}
