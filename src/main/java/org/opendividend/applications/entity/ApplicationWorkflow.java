package org.opendividend.applications.entity;

import org.opendividend.platform.workflow.Workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;
import static org.opendividend.applications.entity.ApplicationAction.REQUEST_MORE_INFO;
import static org.opendividend.applications.entity.ApplicationAction.RESUBMIT;
import static org.opendividend.applications.entity.ApplicationAction.SCREEN_ELIGIBLE;
import static org.opendividend.applications.entity.ApplicationAction.SCREEN_INELIGIBLE;
import static org.opendividend.applications.entity.ApplicationAction.SUBMIT;
import static org.opendividend.applications.entity.ApplicationAction.WITHDRAW;
import static org.opendividend.applications.entity.ApplicationStatus.APPROVED;
import static org.opendividend.applications.entity.ApplicationStatus.DECISION_PROPOSED;
import static org.opendividend.applications.entity.ApplicationStatus.DRAFT;
import static org.opendividend.applications.entity.ApplicationStatus.ELIGIBLE;
import static org.opendividend.applications.entity.ApplicationStatus.INELIGIBLE;
import static org.opendividend.applications.entity.ApplicationStatus.IN_REVIEW;
import static org.opendividend.applications.entity.ApplicationStatus.MORE_INFO_REQUESTED;
import static org.opendividend.applications.entity.ApplicationStatus.RANKED;
import static org.opendividend.applications.entity.ApplicationStatus.REJECTED;
import static org.opendividend.applications.entity.ApplicationStatus.RESERVE;
import static org.opendividend.applications.entity.ApplicationStatus.SUBMITTED;
import static org.opendividend.applications.entity.ApplicationStatus.WITHDRAWN;

/**
 * The application's life up to review as one table: the applicant submits (and may resubmit a new version before the
 * deadline, or after a request for more information), an officer of a funding ministry screens, the applicant may
 * withdraw until a decision; and what holds in each state: who may change the working copy, what the applicant does
 * next, which screening verdict they read. Review, ranking and decisions extend this table later.
 */
public final class ApplicationWorkflow {

    /** Who takes a step, relative to the application. */
    public enum Who {
        /** An owner or editor of the applying organisation. */
        APPLICANT,
        /** An officer of the call's lead or co-funding ministry. */
        SCREENING_OFFICER
    }

    /** Who may change the working copy in a state, and how it is saved. */
    public enum Editing {
        /** Nobody: the application is before the fund, or its course has ended. */
        NONE,
        /** The applicant, every section, saved by the button only: a new version before the call closes. */
        EXPLICIT_SAVE,
        /** The applicant, every section, saved also in the background: a draft. */
        AUTOSAVED,
        /**
         * The applicant, only the sections an officer reopened and only until the officer's date, saved also in the
         * background: a request for more information.
         */
        REOPENED_SECTIONS;

        public boolean isAutosaved() {
            return this == AUTOSAVED || this == REOPENED_SECTIONS;
        }
    }

    /** The instant that bounds what the applicant does next. */
    public enum Deadline {
        NONE(""),
        /** The call's closing instant (after any extension); afterwards the step's key ends in {@code Closed}. */
        CALL_CLOSING("Closed"),
        /** The officer's date after a request for more information; afterwards the key ends in {@code Expired}. */
        OFFICERS_DATE("Expired");

        private final String passedSuffix;

        Deadline(String passedSuffix) {
            this.passedSuffix = passedSuffix;
        }

        /** The one rule of every deadline here: in time strictly before its instant, never without one. */
        public static boolean isOpenAt(Instant deadline, Instant now) {
            return deadline != null && now.isBefore(deadline);
        }

        String passed(String key) {
            return key + passedSuffix;
        }
    }

    /**
     * What the applicant is told to do next in a state (message keys {@code nextStep.…}).
     *
     * @param key         the step while in time
     * @param deadline    what bounds it; once passed the step is told with {@link #passedKey()}
     * @param tellsReason whether the officer's reason is part of it (not eligible)
     */
    public record NextStepHint(String key, Deadline deadline, boolean tellsReason) {

        public String passedKey() {
            return deadline.passed(key);
        }
    }

    /**
     * The screening's verdict as the applicant reads it in a state.
     *
     * @param key           the verdict (a message key)
     * @param textLabelKey  what the officer's text is called: the reason for an ineligible application, a note otherwise
     */
    public record ScreeningVerdict(String key, String textLabelKey) {
    }

    /** What holds while an application is in a state. */
    public record State(Editing editing, Optional<NextStepHint> nextStep, Optional<ScreeningVerdict> screeningVerdict) {
    }

    public static final Workflow<ApplicationStatus, ApplicationAction, Who, State> RULES = new Workflow<>(
            ApplicationStatus.class,
            List.of(
                    row(DRAFT, SUBMIT, SUBMITTED, Who.APPLICANT),
                    row(SUBMITTED, RESUBMIT, SUBMITTED, Who.APPLICANT),
                    row(SUBMITTED, SCREEN_ELIGIBLE, ELIGIBLE, Who.SCREENING_OFFICER),
                    row(SUBMITTED, SCREEN_INELIGIBLE, INELIGIBLE, Who.SCREENING_OFFICER),
                    row(SUBMITTED, REQUEST_MORE_INFO, MORE_INFO_REQUESTED, Who.SCREENING_OFFICER),
                    row(MORE_INFO_REQUESTED, RESUBMIT, SUBMITTED, Who.APPLICANT),
                    row(DRAFT, WITHDRAW, WITHDRAWN, Who.APPLICANT),
                    row(SUBMITTED, WITHDRAW, WITHDRAWN, Who.APPLICANT),
                    row(MORE_INFO_REQUESTED, WITHDRAW, WITHDRAWN, Who.APPLICANT),
                    row(ELIGIBLE, WITHDRAW, WITHDRAWN, Who.APPLICANT)),
            Map.ofEntries(
                    entry(DRAFT, state(Editing.AUTOSAVED, next("nextStep.draft", Deadline.CALL_CLOSING), null)),
                    entry(SUBMITTED, state(Editing.EXPLICIT_SAVE, next("nextStep.submitted", Deadline.CALL_CLOSING), null)),
                    entry(MORE_INFO_REQUESTED, state(Editing.REOPENED_SECTIONS,
                            next("nextStep.moreInfo", Deadline.OFFICERS_DATE),
                            new ScreeningVerdict("screening.applicant.moreInfo", "screening.applicant.note"))),
                    entry(ELIGIBLE, state(Editing.NONE, next("nextStep.eligible", Deadline.NONE),
                            new ScreeningVerdict("screening.applicant.eligible", "screening.applicant.note"))),
                    entry(INELIGIBLE, state(Editing.NONE, new NextStepHint("nextStep.ineligible", Deadline.NONE, true),
                            new ScreeningVerdict("screening.applicant.ineligible", "screening.applicant.reason"))),
                    entry(IN_REVIEW, state(Editing.NONE, next("nextStep.inReview", Deadline.NONE), null)),
                    entry(RANKED, state(Editing.NONE, next("nextStep.inReview", Deadline.NONE), null)),
                    entry(DECISION_PROPOSED, state(Editing.NONE, next("nextStep.inReview", Deadline.NONE), null)),
                    entry(APPROVED, state(Editing.NONE, next("nextStep.approved", Deadline.NONE), null)),
                    entry(RESERVE, state(Editing.NONE, next("nextStep.reserve", Deadline.NONE), null)),
                    entry(REJECTED, state(Editing.NONE, null, null)),
                    entry(WITHDRAWN, state(Editing.NONE, null, null))));

    /** The rows of the table. */
    public static final List<Workflow.Transition<ApplicationStatus, ApplicationAction, Who>> TABLE = RULES.rows();

    private ApplicationWorkflow() {
    }

    public static Optional<Workflow.Transition<ApplicationStatus, ApplicationAction, Who>> find(ApplicationStatus from,
                                                                                               ApplicationAction action) {
        return RULES.find(from, action);
    }

    /** The step the table has for the action from the state (by the given actor), refused when it has none. */
    public static Workflow.Transition<ApplicationStatus, ApplicationAction, Who> transition(ApplicationStatus from,
                                                                                           ApplicationAction action, Who who) {
        return RULES.transition(from, action, who);
    }

    /** What holds in a state. */
    public static State state(ApplicationStatus status) {
        return RULES.state(status);
    }

    /** Whether an officer may screen an application in this state: the table has a screening step from it. */
    public static boolean isScreenable(ApplicationStatus status) {
        return RULES.hasStepFrom(status, Who.SCREENING_OFFICER);
    }

    private static Workflow.Transition<ApplicationStatus, ApplicationAction, Who> row(
            ApplicationStatus from, ApplicationAction action, ApplicationStatus to, Who who) {
        return new Workflow.Transition<>(from, action, to, who);
    }

    private static State state(Editing editing, NextStepHint next, ScreeningVerdict verdict) {
        return new State(editing, Optional.ofNullable(next), Optional.ofNullable(verdict));
    }

    private static NextStepHint next(String key, Deadline deadline) {
        return new NextStepHint(key, deadline, false);
    }
}
