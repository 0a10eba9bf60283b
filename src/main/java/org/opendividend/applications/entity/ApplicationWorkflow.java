package org.opendividend.applications.entity;

import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.util.List;
import java.util.Optional;

/**
 * The application's life up to review as a transition table: the applicant submits (and may resubmit a new
 * version before the deadline, or after a request for more information), an officer of a funding ministry screens,
 * the applicant may withdraw until a decision. Review, ranking and decisions extend this table later.
 */
public final class ApplicationWorkflow {

    /** Who takes a step, relative to the application. */
    public enum Who {
        /** An owner or editor of the applying organisation. */
        APPLICANT,
        /** An officer of the call's lead or co-funding ministry. */
        SCREENING_OFFICER
    }

    /** One row of the table. */
    public record Transition(ApplicationStatus from, ApplicationAction action, ApplicationStatus to, Who who) {
    }

    public static final List<Transition> TABLE = List.of(
            new Transition(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED, Who.APPLICANT),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED, Who.APPLICANT),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.SCREEN_ELIGIBLE, ApplicationStatus.ELIGIBLE, Who.SCREENING_OFFICER),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.SCREEN_INELIGIBLE, ApplicationStatus.INELIGIBLE, Who.SCREENING_OFFICER),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.REQUEST_MORE_INFO, ApplicationStatus.MORE_INFO_REQUESTED, Who.SCREENING_OFFICER),
            new Transition(ApplicationStatus.MORE_INFO_REQUESTED, ApplicationAction.RESUBMIT, ApplicationStatus.SUBMITTED, Who.APPLICANT),
            new Transition(ApplicationStatus.DRAFT, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, Who.APPLICANT),
            new Transition(ApplicationStatus.SUBMITTED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, Who.APPLICANT),
            new Transition(ApplicationStatus.MORE_INFO_REQUESTED, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, Who.APPLICANT),
            new Transition(ApplicationStatus.ELIGIBLE, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, Who.APPLICANT));

    private ApplicationWorkflow() {
    }

    public static Optional<Transition> find(ApplicationStatus from, ApplicationAction action) {
        return TABLE.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The step the table has for the action from the state (by the given actor), refused when it has none. */
    public static Transition transition(ApplicationStatus from, ApplicationAction action, Who who) {
        return find(from, action).filter(t -> t.who() == who)
                .orElseThrow(() -> new ForbiddenTransitionException(from.labelKey(), action.labelKey()));
    }
}
