package org.opendividend.review.control;

import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.AssignmentWorkflow;
import org.opendividend.review.entity.Conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The solver's instance for one call, from what the call has now: its eligible applications, the reviewers of its
 * pools and the assignments made so far. An assignment that counts stays as it is: its application needs one review
 * fewer, its reviewer has one review less of room (and of minimum load), the languages they read need no other reader
 * there (and no longer weigh in the application's affinities), and the pair is not offered again. An
 * assignment the reviewer declined, declared a conflict on or an officer withdrew is not offered again either: the
 * gap it left is filled by someone else. Every conflict the rules find between a reviewer and an application keeps
 * the pair apart, with its reason in the fund's first language (as the instance file is read by anyone).
 * Application ids are the applications' ids, reviewer ids the reviewers' subjects.
 */
public final class AssignmentInstanceBuilder {

    /** An eligible application: its submitted texts, the languages it is written for and the facts of its applicant. */
    public record EligibleApplication(long id, String textZhTw, String textEn, Set<String> targetLanguages,
                                      ApplicationFacts facts) {
    }

    /** A reviewer of the call's pools: expertise in both languages, languages read, maximum load and conflict facts. */
    public record PoolReviewer(String subject, long personId, String expertiseZhTw, String expertiseEn,
                               Set<String> languagesRead, int maxLoad, ReviewerFacts facts) {
    }

    /** An assignment made before, of an application to a reviewer (by subject), where it stands now. */
    public record PastAssignment(long applicationId, String reviewerSubject, AssignmentStatus status) {
    }

    private AssignmentInstanceBuilder() {
    }

    /**
     * The instance for a call.
     *
     * @param reviewsPerApplication the call's reviews per application
     * @param minLoad               the minimum load the officer asks of every reviewer (counting their kept reviews)
     * @param conflicts             the conflicts between a reviewer and an application (blocking or lifted), from
     *                              {@link ConflictRules} with the officers' rulings for the pair
     */
    public static AssignmentInstance build(List<EligibleApplication> applications, List<PoolReviewer> reviewers,
                                           List<PastAssignment> past, int reviewsPerApplication, int minLoad,
                                           BiFunction<PoolReviewer, EligibleApplication, List<Conflict>> conflicts) {
        Map<Long, Integer> keptPerApplication = new HashMap<>();
        Map<String, Integer> keptPerReviewer = new HashMap<>();
        Map<Long, Set<String>> keptReaders = new HashMap<>();
        Map<String, Set<String>> reads = new HashMap<>();
        reviewers.forEach(r -> reads.put(r.subject(), r.languagesRead()));
        Map<String, String> notAgain = new HashMap<>();
        for (PastAssignment a : past) {
            if (AssignmentWorkflow.state(a.status()).counts()) {
                keptPerApplication.merge(a.applicationId(), 1, Integer::sum);
                keptPerReviewer.merge(a.reviewerSubject(), 1, Integer::sum);
                keptReaders.computeIfAbsent(a.applicationId(), k -> new HashSet<>())
                        .addAll(reads.getOrDefault(a.reviewerSubject(), Set.of()));
            }
            notAgain.put(pair(a.applicationId(), a.reviewerSubject()), reason("assignment.excluded." + a.status().name()));
        }
        List<AssignmentInstance.Application> instanceApplications = applications.stream()
                .map(a -> new AssignmentInstance.Application(Long.toString(a.id()), a.textZhTw(), a.textEn(),
                        unread(a.targetLanguages(), keptReaders.getOrDefault(a.id(), Set.of())),
                        Math.max(0, reviewsPerApplication - keptPerApplication.getOrDefault(a.id(), 0))))
                .toList();
        List<AssignmentInstance.Reviewer> instanceReviewers = reviewers.stream().map(r -> {
            int kept = keptPerReviewer.getOrDefault(r.subject(), 0);
            return new AssignmentInstance.Reviewer(r.subject(), r.expertiseZhTw(), r.expertiseEn(), r.languagesRead(),
                    Math.max(0, minLoad - kept), Math.max(0, r.maxLoad() - kept));
        }).toList();
        List<AssignmentInstance.Conflict> excluded = new ArrayList<>();
        for (EligibleApplication application : applications) {
            for (PoolReviewer reviewer : reviewers) {
                String earlier = notAgain.get(pair(application.id(), reviewer.subject()));
                if (earlier != null) {
                    excluded.add(new AssignmentInstance.Conflict(Long.toString(application.id()), reviewer.subject(),
                            earlier));
                    continue;
                }
                conflicts.apply(reviewer, application).stream().filter(Conflict::blocks).findFirst()
                        .ifPresent(c -> excluded.add(new AssignmentInstance.Conflict(Long.toString(application.id()),
                                reviewer.subject(), reason(c))));
            }
        }
        return new AssignmentInstance(instanceApplications, instanceReviewers, excluded);
    }

    /** The target languages that no reviewer kept on the application reads: only those still need a reader. */
    private static Set<String> unread(Set<String> targets, Set<String> readByKept) {
        Set<String> unread = new HashSet<>(targets);
        unread.removeAll(readByKept);
        return unread;
    }

    /** A conflict's reason as officers read it, in the fund's first language. */
    public static String reason(Conflict conflict) {
        return Texts.problem(Languages.ZH_TW, FieldProblem.of(null, conflict.reasonKey(), conflict.arguments().toArray()));
    }

    private static String reason(String key) {
        return Texts.text(Languages.ZH_TW, key);
    }

    private static String pair(long applicationId, String subject) {
        return applicationId + " " + subject;
    }
}
