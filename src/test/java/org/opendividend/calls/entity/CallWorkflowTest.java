package org.opendividend.calls.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.junit.jupiter.api.function.Executable;
import org.opendividend.calls.CallFixtures;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.workflow.Workflow.Transition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle of a call, over the whole transition table: every status with every action. */
class CallWorkflowTest {

    /**
     * The lifecycle as the design states it (Draft → Published → Open → Closed → In review → Decided → Archived),
     * written out here independently of {@link CallWorkflow#TABLE}: opening and closing happen at the call's
     * instants, publishing needs an approver of the lead ministry who did not write the call, starting the review and
     * archiving belong to the lead ministry's officers, and the call is decided when its funding decision is taken
     * (while closed or in review), by nobody's hand.
     */
    private static final List<Transition<CallStatus, CallAction, CallActor>> EXPECTED = List.of(
            row(CallStatus.DRAFT, CallAction.PUBLISH, CallStatus.PUBLISHED, CallActor.LEAD_APPROVER_NOT_EDITOR),
            row(CallStatus.PUBLISHED, CallAction.OPEN, CallStatus.OPEN, CallActor.SYSTEM),
            row(CallStatus.OPEN, CallAction.CLOSE, CallStatus.CLOSED, CallActor.SYSTEM),
            row(CallStatus.CLOSED, CallAction.START_REVIEW, CallStatus.IN_REVIEW, CallActor.LEAD_OFFICER),
            row(CallStatus.CLOSED, CallAction.DECIDE, CallStatus.DECIDED, CallActor.FUNDING_DECISION),
            row(CallStatus.IN_REVIEW, CallAction.DECIDE, CallStatus.DECIDED, CallActor.FUNDING_DECISION),
            row(CallStatus.DECIDED, CallAction.ARCHIVE, CallStatus.ARCHIVED, CallActor.LEAD_OFFICER));

    private static Transition<CallStatus, CallAction, CallActor> row(CallStatus from, CallAction action, CallStatus to, CallActor who) {
        return new Transition<>(from, action, to, who);
    }

    private static Optional<Transition<CallStatus, CallAction, CallActor>> expected(CallStatus from, CallAction action) {
        return EXPECTED.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    @Test
    void everyStatusAndActionPairIsPossibleExactlyWhenTheTableHasIt() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus from : CallStatus.values()) {
            for (CallAction action : CallAction.values()) {
                checks.add(() -> assertEquals(expected(from, action), CallWorkflow.find(from, action),
                        from + " + " + action));
            }
        }
        assertEquals(CallStatus.values().length * CallAction.values().length, checks.size());
        assertAll(checks);
    }

    @Test
    void theTableHasExactlyTheExpectedRowsEachPairOnce() {
        assertEquals(Set.copyOf(EXPECTED), Set.copyOf(CallWorkflow.TABLE));
        assertEquals(EXPECTED.size(), CallWorkflow.TABLE.size(), "no row twice");
        Set<List<Object>> pairs = new HashSet<>();
        CallWorkflow.TABLE.forEach(t -> assertTrue(pairs.add(List.of(t.from(), t.action())),
                "one row per (status, action): " + t));
    }

    @Test
    void applyFollowsTheTableForEveryStatusAndAction() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus from : CallStatus.values()) {
            for (CallAction action : CallAction.values()) {
                checks.add(() -> {
                    FundingCall call = CallFixtures.callIn(from);
                    Instant now = CallFixtures.momentIn(from);
                    Actor actor = actorFor(action);
                    // opening and closing are the schedule's (catchUp), deciding the funding decision's
                    // (recordFundingDecision), never a step someone takes with apply
                    Optional<Transition<CallStatus, CallAction, CallActor>> step = expected(from, action)
                            .filter(t -> t.who() != CallActor.SYSTEM && t.who() != CallActor.FUNDING_DECISION);
                    if (step.isPresent()) {
                        assertEquals(step.get().to(), call.apply(action, actor, now), from + " + " + action);
                        assertEquals(step.get().to(), call.recordedStatus(), from + " + " + action + " is recorded");
                    } else {
                        ForbiddenTransitionException refused = assertThrows(ForbiddenTransitionException.class,
                                () -> call.apply(action, actor, now), from + " + " + action + " must be impossible");
                        assertEquals(List.of(from.labelKey(), action.labelKey()),
                                List.of(refused.stateKey(), refused.actionKey()), "the refusal names the state and the action");
                        assertEquals(from, call.recordedStatus(), "an impossible step changes nothing");
                    }
                });
            }
        }
        assertAll(checks);
    }

    private static Actor actorFor(CallAction action) {
        return switch (action) {
            case PUBLISH, DECIDE -> CallFixtures.approverOfMoc().actor();
            case OPEN, CLOSE -> Actor.SYSTEM;
            case START_REVIEW, ARCHIVE -> CallFixtures.officerOfMoc().actor();
        };
    }

    /** The one way through the states; a closed call whose decision is taken without a review step is the shortcut. */
    @Test
    void theStatusesFormOnePathFromDraftToArchived() {
        List<CallStatus> path = new ArrayList<>();
        CallStatus at = CallStatus.DRAFT;
        path.add(at);
        Transition<CallStatus, CallAction, CallActor> shortcut = row(CallStatus.CLOSED, CallAction.DECIDE,
                CallStatus.DECIDED, CallActor.FUNDING_DECISION);
        while (true) {
            CallStatus from = at;
            List<Transition<CallStatus, CallAction, CallActor>> out = CallWorkflow.TABLE.stream()
                    .filter(t -> t.from() == from && !t.equals(shortcut)).toList();
            assertTrue(out.size() <= 1, "one way out of " + from + ": " + out);
            if (out.isEmpty()) {
                break;
            }
            at = out.get(0).to();
            assertFalse(path.contains(at), "no cycle: " + path + " → " + at);
            path.add(at);
        }
        assertEquals(List.of(CallStatus.DRAFT, CallStatus.PUBLISHED, CallStatus.OPEN, CallStatus.CLOSED,
                CallStatus.IN_REVIEW, CallStatus.DECIDED, CallStatus.ARCHIVED), path);
        assertEquals(List.of(CallStatus.values()), path, "every status lies on the path, in the enum's order");
        assertTrue(CallWorkflow.TABLE.stream().noneMatch(t -> t.to() == CallStatus.DRAFT), "nothing leads back to draft");
    }

    @Test
    void walkingTheWholePathWithApplyAndTheScheduleEndsArchived() {
        FundingCall call = CallFixtures.draft();
        assertEquals(CallStatus.PUBLISHED, call.apply(CallAction.PUBLISH, CallFixtures.approverOfMoc().actor(), CallFixtures.NOW));
        assertEquals(Optional.of(CallAction.OPEN), call.catchUp(CallFixtures.DURING));
        assertEquals(Optional.of(CallAction.CLOSE), call.catchUp(CallFixtures.AFTER));
        assertEquals(CallStatus.IN_REVIEW, call.apply(CallAction.START_REVIEW, CallFixtures.officerOfMoc().actor(), CallFixtures.AFTER));
        assertThrows(ForbiddenTransitionException.class,
                () -> call.apply(CallAction.DECIDE, CallFixtures.approverOfMoc().actor(), CallFixtures.AFTER),
                "nobody decides a call by hand");
        assertEquals(CallStatus.DECIDED, call.recordFundingDecision(CallFixtures.AFTER));
        assertEquals(CallStatus.ARCHIVED, call.apply(CallAction.ARCHIVE, CallFixtures.officerOfMoc().actor(), CallFixtures.AFTER));
        for (CallAction action : CallAction.values()) {
            assertThrows(ForbiddenTransitionException.class,
                    () -> call.apply(action, CallFixtures.officerOfMoc().actor(), CallFixtures.AFTER), "archived is final: " + action);
        }
    }

    /**
     * The funding decision decides a call exactly from the states that take it (closed, in review), by the table's
     * row; from every other state it is refused and changes nothing.
     */
    @Test
    void takingTheFundingDecisionDecidesTheCallFromTheStatesThatTakeItOnly() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus from : CallStatus.values()) {
            checks.add(() -> {
                FundingCall call = CallFixtures.callIn(from);
                Instant now = CallFixtures.momentIn(from);
                if (CallWorkflow.state(from).takesFundingDecision()) {
                    assertEquals(CallStatus.DECIDED, call.recordFundingDecision(now), from.name());
                    assertEquals(CallStatus.DECIDED, call.recordedStatus());
                } else {
                    ForbiddenTransitionException refused = assertThrows(ForbiddenTransitionException.class,
                            () -> call.recordFundingDecision(now), from.name());
                    assertEquals(List.of(from.labelKey(), CallAction.DECIDE.labelKey()),
                            List.of(refused.stateKey(), refused.actionKey()));
                    assertEquals(from, call.recordedStatus(), "refused: unchanged");
                }
            });
        }
        assertAll(checks);
        assertEquals(Set.of(CallStatus.CLOSED, CallStatus.IN_REVIEW), CallWorkflow.TABLE.stream()
                .filter(t -> t.who() == CallActor.FUNDING_DECISION).map(Transition::from).collect(
                        java.util.stream.Collectors.toSet()), "the funding decision's rows");
    }

    @Test
    void manualFromListsThePeoplesStepsAndNeverASystemStep() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus from : CallStatus.values()) {
            checks.add(() -> {
                List<Transition<CallStatus, CallAction, CallActor>> manual = CallWorkflow.manualFrom(from);
                assertTrue(manual.stream().allMatch(t -> t.who().isPerson()), from + ": " + manual);
                assertTrue(manual.stream().allMatch(t -> t.from() == from), from + ": " + manual);
                assertEquals(EXPECTED.stream().filter(t -> t.from() == from && t.who() != CallActor.SYSTEM
                                && t.who() != CallActor.FUNDING_DECISION).toList(),
                        manual, "the manual steps from " + from);
            });
        }
        assertAll(checks);
        assertEquals(List.of(), CallWorkflow.manualFrom(CallStatus.PUBLISHED), "opening is the system's");
        assertEquals(List.of(), CallWorkflow.manualFrom(CallStatus.OPEN), "closing is the system's");
        assertEquals(List.of(CallAction.PUBLISH),
                CallWorkflow.manualFrom(CallStatus.DRAFT).stream().map(Transition::action).toList());
    }

    /** What holds in each state, written out here independently of the table's properties. */
    @Test
    void everyStateSaysWhatMayChangeWhetherItIsPublicAndWhetherItTakesApplications() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus status : CallStatus.values()) {
            checks.add(() -> {
                CallWorkflow.State state = CallWorkflow.state(status);
                assertEquals(status != CallStatus.DRAFT, state.isPublic(), status + " public");
                assertEquals(status == CallStatus.OPEN, state.acceptsApplications(), status + " takes applications");
                assertEquals(status == CallStatus.CLOSED || status == CallStatus.IN_REVIEW, state.takesFundingDecision(),
                        status + " takes its funding decision");
                assertEquals(switch (status) {
                    case DRAFT -> CallWorkflow.Editing.WHOLE;
                    case PUBLISHED, OPEN -> CallWorkflow.Editing.TEXTS_AND_DEADLINE;
                    default -> CallWorkflow.Editing.NONE;
                }, state.editing(), status + " editing");
            });
        }
        assertAll(checks);
        assertEquals(Set.of(CallStatus.PUBLISHED, CallStatus.OPEN), CallWorkflow.scheduled(),
                "the schedule moves exactly the states the system has a row from");
    }

    /**
     * The schedule never jumps: between any two states (every pair from the enum) its steps are the system's rows
     * one after the other, or there are none (no way there); a call whose whole schedule passed unrecorded is
     * opened, then closed.
     */
    @Test
    void theScheduleWalksTheSystemsRowsOneByOne() {
        assertEquals(List.of(EXPECTED.get(1), EXPECTED.get(2)),
                CallWorkflow.scheduleSteps(CallStatus.PUBLISHED, CallStatus.CLOSED));
        assertEquals(List.of(EXPECTED.get(1)), CallWorkflow.scheduleSteps(CallStatus.PUBLISHED, CallStatus.OPEN));
        assertEquals(List.of(), CallWorkflow.scheduleSteps(CallStatus.OPEN, CallStatus.PUBLISHED), "never back");
        assertEquals(List.of(), CallWorkflow.scheduleSteps(CallStatus.CLOSED, CallStatus.IN_REVIEW), "not the system's");
        List<Executable> checks = new ArrayList<>();
        for (CallStatus from : CallStatus.values()) {
            for (CallStatus to : CallStatus.values()) {
                checks.add(() -> {
                    List<Transition<CallStatus, CallAction, CallActor>> steps = CallWorkflow.scheduleSteps(from, to);
                    CallStatus at = from;
                    for (Transition<CallStatus, CallAction, CallActor> step : steps) {
                        assertTrue(EXPECTED.contains(step) && step.who() == CallActor.SYSTEM && step.from() == at,
                                from + " → " + to + ": " + steps);
                        at = step.to();
                    }
                    if (!steps.isEmpty()) {
                        assertEquals(to, at, from + " → " + to);
                    }
                });
            }
        }
        assertAll(checks);
    }

    @Test
    void catchingUpAtAnyMomentEndsWhereTheTimetableSaysByTheSystemsRows() {
        List<Executable> checks = new ArrayList<>();
        for (CallStatus status : CallStatus.values()) {
            for (Instant moment : List.of(CallFixtures.NOW, CallFixtures.DURING, CallFixtures.AFTER)) {
                checks.add(() -> {
                    FundingCall call = CallFixtures.callIn(status);
                    CallStatus reached = call.statusAt(moment);
                    Optional<CallAction> last = call.catchUp(moment);
                    List<Transition<CallStatus, CallAction, CallActor>> walked = CallWorkflow.scheduleSteps(status, reached);
                    // where the table has no way forward (a record ahead of the clock) the call stays as recorded
                    assertEquals(walked.isEmpty() ? status : reached, call.recordedStatus(), status + " at " + moment);
                    assertEquals(walked.isEmpty() ? Optional.empty() : Optional.of(walked.get(walked.size() - 1).action()),
                            last, status + " at " + moment);
                });
            }
        }
        assertAll(checks);
    }
}
