package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.review.entity.AssignmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The assignment page's picture of a call: per eligible application its reviewers with their affinity and where each
 * assignment stands, the reviewers who may be assigned with their load, the pool's reviewers who cannot be yet (never
 * logged in), the last run and how many assignments still wait to be mailed.
 */
public record AssignmentBoard(CallView call, List<Row> rows, List<ReviewerLoad> reviewers, List<String> notLoggedIn,
                              LastRun lastRun, long awaitingMail) {

    public AssignmentBoard {
        rows = List.copyOf(rows);
        reviewers = List.copyOf(reviewers);
        notLoggedIn = List.copyOf(notLoggedIn);
    }

    /** An eligible application and its assignments. */
    public record Row(long applicationId, String titleZhTw, String titleEn, long reviews, int reviewsPerApplication,
                      List<Assigned> assigned) {

        public Row {
            assigned = List.copyOf(assigned);
        }

        public String title(Locale locale) {
            return BilingualText.pick(locale, titleZhTw, titleEn);
        }

        /** Fewer reviews count than the call asks for. */
        public boolean lacksReviews() {
            return reviews < reviewsPerApplication;
        }
    }

    /** One reviewer's assignment to the application, with the pair's affinity (null when no longer computed). */
    public record Assigned(long assignmentId, long version, String reviewerName, Double affinity,
                           AssignmentStatus status, Instant dueAt, boolean withdrawable, boolean byHand) {
    }

    /** A reviewer who may be assigned, with the reviews that count for them in this call and their maximum. */
    public record ReviewerLoad(String subject, String name, long load, int maxLoad) {
    }

    /** The latest solver run of the call. */
    public record LastRun(long id, Instant ranAt, String officerName, boolean feasible, Long objective) {
    }
}
