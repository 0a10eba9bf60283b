package org.opendividend.calls.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a call takes applications: its opening and closing instants and the extensions of its deadline. It decides
 * where a published call stands at an instant, to the second, whether or not the scheduler has recorded it yet.
 */
@Embeddable
public class CallTimetable {

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderBy("extendedAt")
    private List<DeadlineExtension> extensions = new ArrayList<>();

    /** A timetable not planned yet (a new draft's). */
    CallTimetable() {
    }

    /** Sets both instants while the call is a draft; either may still be missing. */
    void plan(Instant opensAt, Instant closesAt) {
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /**
     * Where a call recorded as {@code recorded} stands at an instant: a published call is open from its opening
     * instant and closed from its closing instant; a status the table has no step of the system's from is not the
     * timetable's to change.
     */
    CallStatus statusAt(CallStatus recorded, Instant now) {
        return statusAt(recorded, opensAt, closesAt, now);
    }

    /** The same rule for a call read as a record (other components read calls as {@code CallView}). */
    public static CallStatus statusAt(CallStatus recorded, Instant opensAt, Instant closesAt, Instant now) {
        if (!CallWorkflow.scheduled().contains(recorded)) {
            return recorded;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return CallStatus.CLOSED;
        }
        if (opensAt != null && !now.isBefore(opensAt)) {
            return CallStatus.OPEN;
        }
        return CallStatus.PUBLISHED;
    }

    /** Moves the closing instant later, keeping the earlier one and the reason for the public. */
    DeadlineExtension extend(Instant newClosesAt, String reason, Actor actor, Instant now) {
        if (!newClosesAt.isAfter(closesAt)) {
            throw new IllegalArgumentException("an extension must move the deadline later");
        }
        DeadlineExtension extension = new DeadlineExtension(closesAt, newClosesAt, reason, actor.displayName(), now);
        extensions.add(extension);
        closesAt = newClosesAt;
        return extension;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }
}
