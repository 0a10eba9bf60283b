package org.opendividend.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One run of the assignment solver for a call, kept as it was: the instance given (the documented JSON format, so
 * anyone can solve it again), whether an assignment exists, its objective or the diagnosis, who ran it and when.
 * Never changed once stored.
 */
@Entity
@Table(name = "assignment_run")
public class AssignmentRun {

    /** The longest diagnosis the column keeps. */
    public static final int DIAGNOSIS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    // unbounded, as the submitted snapshot (V9): an instance of a large call is megabytes
    @Column(name = "instance_json", nullable = false)
    private String instanceJson;

    @Column(name = "feasible", nullable = false)
    private boolean feasible;

    @Column(name = "objective")
    private Long objective;

    @Column(name = "diagnosis")
    private String diagnosis;

    @Column(name = "officer_subject", nullable = false)
    private String officerSubject;

    @Column(name = "officer_name", nullable = false)
    private String officerName;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    protected AssignmentRun() {
    }

    /** A run that found an optimal assignment with this objective. */
    public static AssignmentRun solved(long callId, String instanceJson, long objective, Actor officer, Instant now) {
        AssignmentRun run = new AssignmentRun(callId, instanceJson, officer, now);
        run.feasible = true;
        run.objective = objective;
        return run;
    }

    /** A run that found no assignment, with the diagnosis said to the officer (in the fund's first language). */
    public static AssignmentRun infeasible(long callId, String instanceJson, String diagnosis, Actor officer,
                                           Instant now) {
        AssignmentRun run = new AssignmentRun(callId, instanceJson, officer, now);
        run.feasible = false;
        run.diagnosis = diagnosis.length() > DIAGNOSIS_MAX ? diagnosis.substring(0, DIAGNOSIS_MAX) : diagnosis;
        return run;
    }

    private AssignmentRun(long callId, String instanceJson, Actor officer, Instant now) {
        this.callId = callId;
        this.instanceJson = Objects.requireNonNull(instanceJson);
        this.officerSubject = officer.subject();
        this.officerName = officer.displayName();
        this.ranAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() { return id; }
    public long callId() { return callId; }
    public String instanceJson() { return instanceJson; }
    public boolean feasible() { return feasible; }
    public Long objective() { return objective; }
    public String diagnosis() { return diagnosis; }
    public String officerSubject() { return officerSubject; }
    public String officerName() { return officerName; }
    public Instant ranAt() { return ranAt; }
}
