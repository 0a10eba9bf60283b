package org.opendividend.applications.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.opendividend.platform.files.FileStorage;

/**
 * Deletes the stored files that nothing refers to any more and that nobody stored within the grace period: those a
 * release had to leave because the same content was stored meanwhile, and those of uploads refused after storing.
 * Each file is checked against the records, then deleted only if still untouched (a store takes the same lock).
 */
@Singleton
public class AttachmentSweep {

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
        return FileStorage.sweep(attachments.store(), records::unreferenced);
    }
}
