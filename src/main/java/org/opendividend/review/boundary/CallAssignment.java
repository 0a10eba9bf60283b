package org.opendividend.review.boundary;

import org.opendividend.calls.boundary.CallView;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.review.control.AssignmentInstanceBuilder;
import org.opendividend.review.control.AssignmentInstanceBuilder.EligibleApplication;
import org.opendividend.review.control.AssignmentInstanceBuilder.PastAssignment;
import org.opendividend.review.control.AssignmentInstanceBuilder.PoolReviewer;
import org.opendividend.review.control.assignment.Affinities;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.entity.Conflict;
import org.opendividend.review.entity.ReviewAssignment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the assignment of one call works with now ({@link AssignmentInputs}): the call, its eligible applications and
 * their titles, the reviewers who may be assigned (logged in at least once, available), everyone's names, the pool's
 * reviewers who never logged in, the assignments so far and the conflicts of a pair.
 */
record CallAssignment(CallView call, List<EligibleApplication> applications, Map<Long, Titles> titles,
                      List<PoolReviewer> reviewers, Map<String, String> names, List<String> notLoggedIn,
                      List<ReviewAssignment> assignments,
                      BiFunction<PoolReviewer, EligibleApplication, List<Conflict>> conflicts) {

    /** An application's submitted titles. */
    record Titles(String zhTw, String en) {

        String in(Locale locale) {
            return BilingualText.pick(locale, zhTw, en);
        }
    }

    int reviewsPerApplication() {
        return call.review().reviewsPerApplication();
    }

    /** The solver's instance, with this minimum load per reviewer. */
    AssignmentInstance instance(int minLoad) {
        return AssignmentInstanceBuilder.build(applications, reviewers,
                assignments.stream().map(a -> new PastAssignment(a.applicationId(), a.reviewerSubject(), a.status()))
                        .toList(), reviewsPerApplication(), minLoad, conflicts);
    }

    /** The affinities of every reviewer to every application, as the solver sees them. */
    Affinities affinities() {
        return Affinities.of(instance(0));
    }

    Optional<EligibleApplication> application(long id) {
        return applications.stream().filter(a -> a.id() == id).findFirst();
    }

    Optional<PoolReviewer> reviewer(String subject) {
        return reviewers.stream().filter(r -> r.subject().equals(subject)).findFirst();
    }

    /** The first conflict that keeps the reviewer away from the application, if any. */
    Optional<Conflict> blockingConflict(PoolReviewer reviewer, EligibleApplication application) {
        return conflicts.apply(reviewer, application).stream().filter(Conflict::blocks).findFirst();
    }

    /** How many assignments count for this reviewer in the call. */
    long load(String subject) {
        return assignments.stream().filter(a -> a.isOf(subject) && a.state().counts()).count();
    }

    /** How many assignments count for this application. */
    long reviews(long applicationId) {
        return assignments.stream().filter(a -> a.applicationId() == applicationId && a.state().counts()).count();
    }

    String name(String subject) {
        return names.getOrDefault(subject, subject);
    }
}
