package org.opendividend.awards.entity;

import org.opendividend.platform.workflow.Labelled;

/** Where an award offer stands; {@link AwardWorkflow} says what each allows. Stored by name. */
public enum AwardStatus implements Labelled {
    /** Offered: waits for the applicant organisation's owner to accept or decline by the offer's deadline. */
    OFFERED,
    /** Accepted by the organisation's owner: the grant agreement binds, the tranches follow their schedule. */
    ACCEPTED,
    /** Declined by the organisation's owner, with a reason: the money is free for the reserve list. */
    DECLINED,
    /** Withdrawn by the lead ministry's officer before an answer (e.g. after the deadline passed unanswered). */
    WITHDRAWN,
    /** Suspended by the lead ministry (four eyes): the agreement still binds, nothing is paid until it is resumed. */
    SUSPENDED,
    /** Terminated by the lead ministry (four eyes): nothing more is paid; what was unpaid returns to the budgets. */
    TERMINATED;

    @Override
    public String labelKey() {
        return "award.status." + name();
    }
}
