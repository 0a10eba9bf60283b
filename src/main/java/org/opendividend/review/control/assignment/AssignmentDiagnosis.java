package org.opendividend.review.control.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why no assignment can exist, in terms an officer can act on, checked before solving: each rule's necessary
 * condition on its own (enough eligible reviewers per application, enough capacity, reachable minimum loads, an
 * eligible reader per target language and readers with room for every application that needs one). A target language
 * nobody in the pool reads is a warning: the rule then does not apply to it. When every check passes and the solver
 * still finds nothing, the rules only clash in combination, and {@link #combined()} says so.
 */
final class AssignmentDiagnosis {

    private final AssignmentInstance instance;
    private final boolean[][] conflicted;

    AssignmentDiagnosis(AssignmentInstance instance, boolean[][] conflicted) {
        this.instance = instance;
        this.conflicted = conflicted;
    }

    /** Every error and warning the checks find, errors first. */
    List<AssignmentNotice> notices() {
        List<AssignmentNotice> notices = new ArrayList<>();
        loadRanges(notices);
        eligibleReviewers(notices);
        capacity(notices);
        minimumLoads(notices);
        languages(notices);
        notices.sort((x, y) -> Boolean.compare(y.isError(), x.isError()));
        return notices;
    }

    static AssignmentNotice combined() {
        return AssignmentNotice.error("assignment.problem.combined");
    }

    private void loadRanges(List<AssignmentNotice> notices) {
        for (AssignmentInstance.Reviewer r : instance.reviewers()) {
            if (r.minLoad() > r.maxLoad()) {
                notices.add(AssignmentNotice.error("assignment.problem.loadRange", r.id(), r.minLoad(), r.maxLoad()));
            }
        }
    }

    private void eligibleReviewers(List<AssignmentNotice> notices) {
        for (int a = 0; a < instance.applications().size(); a++) {
            AssignmentInstance.Application application = instance.applications().get(a);
            int eligible = 0;
            for (int r = 0; r < instance.reviewers().size(); r++) {
                if (eligible(a, r)) {
                    eligible++;
                }
            }
            if (eligible < application.reviewsNeeded()) {
                notices.add(AssignmentNotice.error("assignment.problem.tooFewEligibleReviewers", application.id(),
                        application.reviewsNeeded(), eligible));
            }
        }
    }

    private void capacity(List<AssignmentNotice> notices) {
        long capacity = instance.reviewers().stream().mapToLong(AssignmentInstance.Reviewer::maxLoad).sum();
        long needed = reviewsNeeded();
        if (capacity < needed) {
            notices.add(AssignmentNotice.error("assignment.problem.capacityMissing", needed - capacity, capacity, needed,
                    instance.applications().size()));
        }
    }

    private void minimumLoads(List<AssignmentNotice> notices) {
        long minimum = instance.reviewers().stream().mapToLong(AssignmentInstance.Reviewer::minLoad).sum();
        long needed = reviewsNeeded();
        if (minimum > needed) {
            notices.add(AssignmentNotice.error("assignment.problem.minimumLoadsTooHigh", minimum - needed, minimum,
                    needed));
        }
        for (int r = 0; r < instance.reviewers().size(); r++) {
            AssignmentInstance.Reviewer reviewer = instance.reviewers().get(r);
            int open = 0;
            for (int a = 0; a < instance.applications().size(); a++) {
                if (!conflicted[a][r] && instance.applications().get(a).reviewsNeeded() > 0) {
                    open++;
                }
            }
            if (reviewer.minLoad() > open) {
                notices.add(AssignmentNotice.error("assignment.problem.minimumLoadUnreachable", reviewer.id(),
                        reviewer.minLoad(), open));
            }
        }
    }

    private void languages(List<AssignmentNotice> notices) {
        Set<String> readInPool = instance.languagesReadInPool();
        Map<String, Integer> unread = new LinkedHashMap<>();
        Map<String, Integer> needingReader = new LinkedHashMap<>();
        for (int a = 0; a < instance.applications().size(); a++) {
            AssignmentInstance.Application application = instance.applications().get(a);
            for (String language : new TreeSet<>(application.targetLanguages())) {
                if (!readInPool.contains(language)) {
                    unread.merge(language, 1, Integer::sum);
                } else if (application.reviewsNeeded() > 0) {
                    needingReader.merge(language, 1, Integer::sum);
                    if (!hasEligibleReader(a, language)) {
                        notices.add(AssignmentNotice.error("assignment.problem.noEligibleReader", application.id(),
                                language));
                    }
                }
            }
        }
        needingReader.forEach((language, applications) -> {
            long readersCapacity = instance.reviewers().stream().filter(r -> r.reads(language))
                    .mapToLong(AssignmentInstance.Reviewer::maxLoad).sum();
            if (readersCapacity < applications) {
                notices.add(AssignmentNotice.error("assignment.problem.readersOverloaded", language, applications,
                        readersCapacity));
            }
        });
        unread.forEach((language, applications) ->
                notices.add(AssignmentNotice.warning("assignment.warning.noReader", language, applications)));
    }

    private boolean hasEligibleReader(int a, String language) {
        for (int r = 0; r < instance.reviewers().size(); r++) {
            if (eligible(a, r) && instance.reviewers().get(r).reads(language)) {
                return true;
            }
        }
        return false;
    }

    private boolean eligible(int a, int r) {
        return !conflicted[a][r] && instance.reviewers().get(r).maxLoad() > 0;
    }

    private long reviewsNeeded() {
        return instance.applications().stream().mapToLong(AssignmentInstance.Application::reviewsNeeded).sum();
    }
}
