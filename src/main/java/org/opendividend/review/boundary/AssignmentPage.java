package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;
import org.opendividend.review.control.ReviewProgress;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The assignment of a call's reviewers ({@code /officer/assignment.xhtml?call=…}): the applications with their
 * reviewers, a run of the solver (the page shows that it works meanwhile), moves by hand and the mail to the
 * reviewers. The facade refuses a call the officer may not assign (403), for the page and for every action.
 */
@Named
@ViewScoped
public class AssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The deadline the page proposes: three weeks from today. */
    static final int DEFAULT_WEEKS = 3;

    @Inject
    transient AssignmentFacade assignments;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient ReviewingFacade reviewing;

    private Long callId;
    private int minLoad;
    private LocalDate deadline;
    private Long handApplication;
    private String handReviewer;
    private boolean confirmed;
    private List<String> handWarnings = List.of();
    private transient AssignmentBoard board;
    private transient RunOutcome outcome;
    private transient ReviewProgress progress;

    public void load() {
        if (callId == null) {
            throw new NoSuchObjectException("FundingCall", 0);
        }
        board = assignments.board(callId);
        if (deadline == null) {
            deadline = LocalDate.now(Formats.TAIPEI).plusWeeks(DEFAULT_WEEKS);
        }
    }

    public void run() {
        try {
            outcome = assignments.run(callId, minLoad, deadline);
            readAgain();
            if (outcome.assigned()) {
                PageMessages.info("assignment.ran", outcome.reviewsAssigned());
            }
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":run:", "assignment.field.");
        }
    }

    public void withdraw(long assignmentId, long version) {
        try {
            assignments.withdraw(assignmentId, version);
            readAgain();
            PageMessages.info("assignment.withdrawn");
        } catch (RuntimeException failed) {
            readAgain();
            ForbiddenTransitionException refused = cause(failed, ForbiddenTransitionException.class);
            if (refused != null) {
                PageMessages.error(refused.problem());
            } else if (ConcurrentChangeException.isCause(failed)) {
                PageMessages.error("assignment.changed");
            } else {
                throw failed;
            }
        }
    }

    /** Assigns by hand; with warnings, only once the officer ticked the confirmation. */
    public void assign() {
        try {
            HandAssignment done = assignments.assign(callId, handApplication == null ? 0 : handApplication,
                    handReviewer, deadline, confirmed);
            handWarnings = done.warnings().stream().map(w -> Texts.problem(language.getLocale(), w)).toList();
            if (done.done()) {
                PageMessages.info("assignment.hand.done");
                readAgain();
                confirmed = false;
                handWarnings = List.of();
            } else {
                PageMessages.error("assignment.hand.confirmFirst");
            }
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":hand:", "assignment.field.");
        }
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    public void mail() {
        PageMessages.info("assignment.mailed", assignments.mailReviewers(callId));
        readAgain();
    }

    /** After a change: the board and the progress are read again when shown. */
    private void readAgain() {
        board = null;
        progress = null;
    }

    /** Where the call's review stands: the stages counted and the scores against the thresholds. */
    public ReviewProgress getProgress() {
        if (progress == null) {
            progress = reviewing.progress(callId);
        }
        return progress;
    }

    /** The call's overall threshold out of 100, as the weighted scores count. */
    public BigDecimal getProgressThreshold() {
        return ReviewProgress.overallThresholdOutOf100(getBoard().call().review());
    }

    /** The stages in their order, each with its count. */
    public List<Map.Entry<ReviewProgress.Stage, Long>> getStages() {
        return Arrays.stream(ReviewProgress.Stage.values()).map(s -> Map.entry(s, getProgress().stages().get(s))).toList();
    }

    /** An application's title in the page's language, as the board has it. */
    public String titleOf(long applicationId) {
        return getBoard().rows().stream().filter(r -> r.applicationId() == applicationId).findFirst()
                .map(r -> r.title(language.getLocale())).orElse("#" + applicationId);
    }

    public AssignmentBoard getBoard() {
        if (board == null) {
            board = assignments.board(callId);
        }
        return board;
    }

    /** The pool's reviewers who never logged in, for one sentence. */
    public String getNotLoggedInNames() {
        return String.join(", ", getBoard().notLoggedIn());
    }

    public RunOutcome getOutcome() {
        return outcome;
    }

    /** Problems the officer reads beside the run's message, each in the page's language. */
    public List<String> texts(List<Explanation> explanations) {
        return explanations.stream().map(e -> e.in(language.getLocale())).toList();
    }

    public String problem(FieldProblem problem) {
        return Texts.problem(language.getLocale(), problem);
    }

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
    public int getMinLoad() { return minLoad; }
    public void setMinLoad(int minLoad) { this.minLoad = minLoad; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public Long getHandApplication() { return handApplication; }
    public void setHandApplication(Long handApplication) { this.handApplication = handApplication; }
    public String getHandReviewer() { return handReviewer; }
    public void setHandReviewer(String handReviewer) { this.handReviewer = handReviewer; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public List<String> getHandWarnings() { return handWarnings; }
}
