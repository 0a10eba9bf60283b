package org.opendividend.applications.entity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The options picked for a choice question, by their positions in the call's option lists (0 for the first), so
 * that an answer means the same in both languages. Stored in the answer's text as {@code [0,2]}: an application's
 * answers stay one text per question, and a text that is not of this form is an answer typed before choice questions
 * were shown as choices (kept and shown as it was written).
 */
public record ChosenOptions(SortedSet<Integer> positions) {

    private static final Pattern STORED = Pattern.compile("\\[\\d{1,4}(,\\d{1,4})*]");

    public ChosenOptions {
        positions = new TreeSet<>(positions);
    }

    public static ChosenOptions of(Collection<Integer> positions) {
        return new ChosenOptions(new TreeSet<>(positions));
    }

    /** The choice an answer's text holds, or empty when the text is blank or was typed (not chosen). */
    public static Optional<ChosenOptions> parse(String answer) {
        if (answer == null || !STORED.matcher(answer.strip()).matches()) {
            return Optional.empty();
        }
        String inner = answer.strip().substring(1, answer.strip().length() - 1);
        return Optional.of(of(List.of(inner.split(",")).stream().map(Integer::valueOf).toList()));
    }

    /** The answer's text: {@code [0,2]}, or empty when nothing is chosen (an unanswered question). */
    public String stored() {
        return positions.isEmpty() ? "" : positions.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }
}
