package org.opendividend.platform.workflow;

import org.junit.jupiter.api.Test;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.workflow.Workflow.Transition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a table is read, on a small one of its own: a door that is opened by hand and shut by a timer. */
class WorkflowTest {

    enum Door implements Labelled {
        SHUT, AJAR, OPEN, LOCKED;

        @Override
        public String labelKey() {
            return "door." + name();
        }
    }

    enum Push implements Labelled {
        NUDGE, SWING, CLOSE, LOCK;

        @Override
        public String labelKey() {
            return "push." + name();
        }
    }

    enum Who { PERSON, TIMER }

    record Holds(boolean draughty) {
    }

    private static final List<Transition<Door, Push, Who>> ROWS = List.of(
            new Transition<>(Door.SHUT, Push.NUDGE, Door.AJAR, Who.PERSON),
            new Transition<>(Door.AJAR, Push.SWING, Door.OPEN, Who.TIMER),
            new Transition<>(Door.AJAR, Push.CLOSE, Door.SHUT, Who.PERSON),
            new Transition<>(Door.OPEN, Push.CLOSE, Door.SHUT, Who.TIMER),
            new Transition<>(Door.SHUT, Push.LOCK, Door.LOCKED, Who.PERSON));

    private static final Map<Door, Holds> HOLDS = Map.of(Door.SHUT, new Holds(false), Door.AJAR, new Holds(true),
            Door.OPEN, new Holds(true), Door.LOCKED, new Holds(false));

    private static final Workflow<Door, Push, Who, Holds> DOOR = new Workflow<>(Door.class, ROWS, HOLDS);

    @Test
    void aStateWithoutPropertiesIsRefusedWhenTheTableIsBuilt() {
        Map<Door, Holds> forgotten = Map.of(Door.SHUT, new Holds(false), Door.AJAR, new Holds(true),
                Door.OPEN, new Holds(true));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Workflow<>(Door.class, ROWS, forgotten));
        assertTrue(refused.getMessage().contains("LOCKED"), refused.getMessage());
    }

    @Test
    void twoRowsForOneStateAndActionAreRefused() {
        List<Transition<Door, Push, Who>> twice = List.of(new Transition<>(Door.SHUT, Push.NUDGE, Door.AJAR, Who.PERSON),
                new Transition<>(Door.SHUT, Push.NUDGE, Door.OPEN, Who.TIMER));
        assertThrows(IllegalArgumentException.class, () -> new Workflow<>(Door.class, twice, HOLDS));
    }

    @Test
    void aStepIsTheRowForItsTakerAndAnythingElseIsRefusedNamingStateAndAction() {
        assertEquals(ROWS.get(0), DOOR.transition(Door.SHUT, Push.NUDGE, Who.PERSON));
        ForbiddenTransitionException wrongTaker = assertThrows(ForbiddenTransitionException.class,
                () -> DOOR.transition(Door.SHUT, Push.NUDGE, Who.TIMER));
        assertEquals(List.of("door.SHUT", "push.NUDGE"), List.of(wrongTaker.stateKey(), wrongTaker.actionKey()));
        ForbiddenTransitionException noRow = assertThrows(ForbiddenTransitionException.class,
                () -> DOOR.transition(Door.LOCKED, Push.NUDGE, Who.PERSON));
        assertEquals(List.of("door.LOCKED", "push.NUDGE"), List.of(noRow.stateKey(), noRow.actionKey()));
        assertEquals(ROWS.get(1), DOOR.transition(Door.AJAR, Push.SWING, who -> who != Who.PERSON));
    }

    @Test
    void theStatesPropertiesAndWhoHasStepsWhereAreReadFromTheTable() {
        assertTrue(DOOR.state(Door.AJAR).draughty());
        assertEquals(Set.of(Door.AJAR, Door.OPEN), DOOR.statesWhere(Holds::draughty));
        assertEquals(Set.of(Door.AJAR, Door.OPEN), DOOR.statesWithStepsBy(Who.TIMER));
        assertTrue(DOOR.hasStepFrom(Door.SHUT, Who.PERSON));
        assertFalse(DOOR.hasStepFrom(Door.LOCKED, Who.PERSON), "nothing leaves a locked door");
        assertEquals(List.of(ROWS.get(0), ROWS.get(4)), DOOR.from(Door.SHUT));
    }

    @Test
    void aPathFollowsTheRowsOfItsTakerOneByOneAndNeverJumps() {
        assertEquals(Optional.of(List.of()), DOOR.path(Door.AJAR, Door.AJAR, Who.TIMER), "already there");
        assertEquals(Optional.of(List.of(ROWS.get(1), ROWS.get(3))), DOOR.path(Door.AJAR, Door.SHUT, Who.TIMER),
                "ajar to shut by the timer: swung open first, then closed");
        assertEquals(Optional.of(List.of(ROWS.get(0))), DOOR.path(Door.SHUT, Door.AJAR, Who.PERSON));
        assertEquals(Optional.of(List.of(ROWS.get(4))), DOOR.path(Door.SHUT, Door.LOCKED, Who.PERSON),
                "not by way of ajar");
        assertEquals(Optional.empty(), DOOR.path(Door.SHUT, Door.OPEN, Who.TIMER), "the timer has no row from shut");
        assertEquals(Optional.empty(), DOOR.path(Door.LOCKED, Door.SHUT, Who.PERSON), "no row leads out of locked");
    }
}
