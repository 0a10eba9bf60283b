package org.opendividend.awards.entity;

import org.opendividend.platform.workflow.Labelled;

/** What releases a tranche: the signed agreement, a report due by a date, or the final report with every output verified open. */
public enum TrancheCondition implements Labelled {
    /** Paid once the offer is accepted (the grant agreement signed). */
    AGREEMENT,
    /** Paid once the progress report due by the tranche's report date is accepted. */
    PROGRESS_REPORT,
    /** The retained share: paid once the final report is in and every mandatory output is verified open. */
    FINAL_REPORT_AND_OUTPUTS;

    @Override
    public String labelKey() {
        return "award.condition." + name();
    }
}
