package org.opendividend.awards.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

/** A step of an award offer, a row of {@link AwardWorkflow} (or its start). Stored by name, and audited as its action. */
public enum AwardAction implements AuditedAction, Labelled {
    /** The lead ministry's officer offers an award to a funded application, or to the next on the reserve list. */
    OFFER_AWARD,
    /** The applicant organisation's owner accepts the offer before its deadline. */
    ACCEPT_AWARD,
    /** The applicant organisation's owner declines the offer, saying why. */
    DECLINE_AWARD,
    /** The lead ministry's officer withdraws an offer not answered. */
    WITHDRAW_AWARD;

    @Override
    public String labelKey() {
        return "award.action." + name();
    }
}
