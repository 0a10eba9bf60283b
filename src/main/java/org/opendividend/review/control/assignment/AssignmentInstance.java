package org.opendividend.review.control.assignment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the solver needs to assign reviewers to a call's eligible applications, and nothing else: texts, languages,
 * loads and conflicts, with the other components' ids as strings. Languages are ISO 639-3 codes (hak, ami, nan...).
 */
public record AssignmentInstance(List<Application> applications, List<Reviewer> reviewers, List<Conflict> conflicts) {

    /** An eligible application: its texts in both languages (titles, abstract, answers) and the reviews it needs. */
    public record Application(String id, String textZhTw, String textEn, Set<String> targetLanguages,
                              int reviewsNeeded) {
        public Application {
            targetLanguages = Set.copyOf(targetLanguages);
            textZhTw = textZhTw == null ? "" : textZhTw;
            textEn = textEn == null ? "" : textEn;
            if (reviewsNeeded < 0) {
                throw new IllegalArgumentException("application " + id + " needs a negative number of reviews");
            }
        }
    }

    /** A reviewer of the pool: expertise keywords in both languages, the languages they read and their load range. */
    public record Reviewer(String id, String expertiseZhTw, String expertiseEn, Set<String> languagesRead,
                           int minLoad, int maxLoad) {
        public Reviewer {
            languagesRead = Set.copyOf(languagesRead);
            expertiseZhTw = expertiseZhTw == null ? "" : expertiseZhTw;
            expertiseEn = expertiseEn == null ? "" : expertiseEn;
            if (minLoad < 0 || maxLoad < 0) {
                throw new IllegalArgumentException("reviewer " + id + " has a negative load");
            }
        }

        boolean reads(String language) {
            return languagesRead.contains(language);
        }
    }

    /** A reviewer who must not review an application, with the reason officers are shown. */
    public record Conflict(String applicationId, String reviewerId, String reason) {
    }

    public AssignmentInstance {
        applications = List.copyOf(applications);
        reviewers = List.copyOf(reviewers);
        conflicts = List.copyOf(conflicts);
        requireUniqueIds(applications.stream().map(Application::id).toList(), "application");
        requireUniqueIds(reviewers.stream().map(Reviewer::id).toList(), "reviewer");
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("the " + what + " id " + id + " occurs twice");
            }
        }
    }

    /** For each application (by index) the indexes of the reviewers conflicted with it; unknown ids are ignored. */
    boolean[][] conflictMatrix() {
        Map<String, Integer> applicationIndex = indexOf(applications.stream().map(Application::id).toList());
        Map<String, Integer> reviewerIndex = indexOf(reviewers.stream().map(Reviewer::id).toList());
        boolean[][] conflicted = new boolean[applications.size()][reviewers.size()];
        for (Conflict conflict : conflicts) {
            Integer a = applicationIndex.get(conflict.applicationId());
            Integer r = reviewerIndex.get(conflict.reviewerId());
            if (a != null && r != null) {
                conflicted[a][r] = true;
            }
        }
        return conflicted;
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    /** The languages at least one reviewer of the pool reads. */
    Set<String> languagesReadInPool() {
        Set<String> read = new HashSet<>();
        reviewers.forEach(r -> read.addAll(r.languagesRead()));
        return read;
    }
}
