package org.opendividend.awards.boundary.disbursement;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.opendividend.platform.files.FileStorage;

/**
 * Deletes the report PDFs no request names and nobody stored within the grace period: those chosen on a page and
 * never sent, and those a new request replaced while the same content was being stored again.
 */
@Singleton
public class ReportSweep {

    @Inject
    ReportFiles reports;

    @Schedule(hour = "*", minute = "7/15", persistent = false)
    void everyQuarterHour() {
        sweep();
    }

    /** @return how many files were deleted */
    public int sweep() {
        return FileStorage.sweep(reports.store(), reports::unreferenced);
    }
}
