package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTimetable;

import java.io.Serializable;
import java.time.Instant;

/** The call editor's fields for the opening and closing instants ({@link CallTimetable}). */
public class CallTimetableForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant opensAt;
    private Instant closesAt;

    static CallTimetableForm of(CallTimetable timetable) {
        CallTimetableForm f = new CallTimetableForm();
        f.opensAt = timetable.opensAt();
        f.closesAt = timetable.closesAt();
        return f;
    }

    CallContent.Timetable content() {
        return new CallContent.Timetable(opensAt, closesAt);
    }

    public Instant getOpensAt() { return opensAt; }
    public void setOpensAt(Instant v) { opensAt = v; }
    public Instant getClosesAt() { return closesAt; }
    public void setClosesAt(Instant v) { closesAt = v; }
}
