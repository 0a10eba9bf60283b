package org.opendividend.review.entity;

import java.util.List;
import java.util.Optional;

/**
 * A conflict of interest between a reviewer and an application: its source and the reason officers read (a message
 * key with its arguments; arguments that are message keys are {@link org.opendividend.platform.validation.Translatable}).
 * A conflict an officer lifted stays listed with the officer's reason, but no longer keeps the reviewer away.
 */
public record Conflict(ConflictSource source, String reasonKey, List<Object> arguments, Lift lift) {

    /** An officer's lifting of a conflict, with the reason they gave. */
    public record Lift(String officerName, String reason) {
    }

    public Conflict {
        arguments = List.copyOf(arguments);
    }

    public static Conflict of(ConflictSource source, String reasonKey, Object... arguments) {
        return new Conflict(source, reasonKey, List.of(arguments), null);
    }

    public Conflict liftedBy(Lift by) {
        return new Conflict(source, reasonKey, arguments, by);
    }

    /** Whether this conflict keeps the reviewer away from the application (it was not lifted). */
    public boolean blocks() {
        return lift == null;
    }

    public Optional<Lift> lifted() {
        return Optional.ofNullable(lift);
    }
}
