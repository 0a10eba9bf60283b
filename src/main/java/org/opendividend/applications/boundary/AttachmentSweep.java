package org.opendividend.applications.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Deletes the stored files that nothing refers to any more and that nobody stored within the grace period: those a
 * release had to leave because the same content was stored meanwhile, and those of uploads refused after storing.
 * Each file is checked against the records, then deleted only if still untouched (a store takes the same lock).
 */
@Singleton
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());

    @Inject
    AttachmentFacade attachments;

    @Inject
    AttachmentRecords records;

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void everyQuarterHour() {
        sweep();
    }

    /** @return how many files were deleted */
    public int sweep() {
        int deleted = 0;
        for (String key : attachments.store().keysUntouchedFor()) {
            if (records.unreferenced(key) && attachments.store().deleteIfUntouched(key)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "attachment sweep: " + count + " file(s) no record refers to deleted");
        }
        return deleted;
    }
}
