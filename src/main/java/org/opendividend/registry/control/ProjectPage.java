package org.opendividend.registry.control;

import java.util.List;
import java.util.Optional;

/**
 * One page of the registry's projects: the projects shown, how many match in all, the page (from 1) and its size.
 * A page past the last shows nothing (and says how many there are). Pure.
 */
public record ProjectPage(List<PublishedProjects.Entry> shown, int total, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ProjectPage {
        shown = List.copyOf(shown);
    }

    /** What was asked: the page (from 1) and how many projects a page shows (1 to {@value #MAX_SIZE}). */
    public record Request(int page, int size) {

        public static final Request FIRST = new Request(1, DEFAULT_SIZE);

        /** The page's number read, or empty when it is not a whole number from 1; none given is the first. */
        public static Optional<Integer> page(String raw) {
            return number(raw, 1, Integer.MAX_VALUE / MAX_SIZE, 1);
        }

        /** The page's size read, or empty when it is not a whole number from 1 to {@value #MAX_SIZE}. */
        public static Optional<Integer> size(String raw) {
            return number(raw, 1, MAX_SIZE, DEFAULT_SIZE);
        }

        private static Optional<Integer> number(String raw, int min, int max, int otherwise) {
            if (raw == null || raw.isBlank()) {
                return Optional.of(otherwise);
            }
            String v = raw.strip();
            if (!v.matches("\\d{1,10}")) {
                return Optional.empty();
            }
            long n = Long.parseLong(v);
            return n < min || n > max ? Optional.empty() : Optional.of((int) n);
        }
    }

    public static ProjectPage of(List<PublishedProjects.Entry> matching, Request request) {
        long from = (long) (request.page() - 1) * request.size();
        List<PublishedProjects.Entry> shown = from >= matching.size() ? List.of()
                : matching.subList((int) from, (int) Math.min(matching.size(), from + request.size()));
        return new ProjectPage(shown, matching.size(), request.page(), request.size());
    }

    /** How many pages there are (at least one, perhaps empty). */
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public List<RegistryProject> projects() {
        return shown.stream().map(PublishedProjects.Entry::project).toList();
    }
}
