package org.opendividend.awards.entity;

import org.opendividend.platform.events.AuditedAction;
import org.opendividend.platform.workflow.Labelled;

import java.util.EnumSet;
import java.util.Set;

/**
 * A step of an award, a row of {@link AwardWorkflow} (or its start), or of a measure on it ({@link AwardMeasure}:
 * proposed, refused). Stored by name, and audited as its action.
 */
public enum AwardAction implements AuditedAction, Labelled {
    /** The lead ministry's officer offers an award to a funded application, or to the next on the reserve list. */
    OFFER_AWARD,
    /** The applicant organisation's owner accepts the offer before its deadline. */
    ACCEPT_AWARD,
    /** The applicant organisation's owner declines the offer, saying why. */
    DECLINE_AWARD,
    /** The lead ministry's officer withdraws an offer not answered. */
    WITHDRAW_AWARD,
    /** The lead ministry's approver confirms a suspension an officer proposed. */
    SUSPEND_AWARD,
    /** The lead ministry's approver confirms the resumption of a suspended award an officer proposed. */
    RESUME_AWARD,
    /** The lead ministry's approver confirms a termination an officer proposed. */
    TERMINATE_AWARD,
    /** An officer of the lead ministry proposes a measure (suspend, resume, terminate) with a reason; not a row. */
    PROPOSE_MEASURE,
    /** The lead ministry's approver refuses a proposed measure with a reason; not a row. */
    REFUSE_MEASURE;

    /** The measures an officer may propose and an approver confirm. */
    public static final Set<AwardAction> MEASURES = EnumSet.of(SUSPEND_AWARD, RESUME_AWARD,
            TERMINATE_AWARD);

    @Override
    public String labelKey() {
        return "award.action." + name();
    }
}
