package org.opendividend.platform.workflow;

import org.opendividend.platform.validation.ForbiddenTransitionException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A workflow as one table, so that every question about a status is answered in one place: the rows say which
 * action leads from which state to which and who takes it; the states' properties say what holds while an object is
 * in a state (who may edit it, whether the public sees it, what comes next). Adding a state means adding its rows
 * and its properties here, nowhere else: a table that leaves a state without properties, or has two rows for one
 * state and action, is refused when it is built.
 *
 * @param <S> the states
 * @param <A> the actions
 * @param <W> who takes a step, relative to the object
 * @param <P> what holds in a state
 */
public final class Workflow<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, W, P> {

    /** One row of the table: from a state, an action leads to a state, taken by someone. */
    public record Transition<S, A, W>(S from, A action, S to, W who) {
    }

    private final List<Transition<S, A, W>> rows;
    private final Map<S, P> states;

    /**
     * @param stateType the state enum, whose every constant needs its properties
     * @param rows      the allowed steps, one per state and action
     * @param states    what holds in each state
     */
    public Workflow(Class<S> stateType, List<Transition<S, A, W>> rows, Map<S, P> states) {
        this.rows = List.copyOf(rows);
        this.states = new EnumMap<>(stateType);
        this.states.putAll(states);
        Set<S> missing = EnumSet.allOf(stateType);
        missing.removeAll(states.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the workflow says nothing about the states " + missing);
        }
        Set<List<Object>> pairs = new HashSet<>();
        for (Transition<S, A, W> row : rows) {
            if (!pairs.add(List.of(row.from(), row.action()))) {
                throw new IllegalArgumentException("two rows for " + row.from() + " and " + row.action());
            }
        }
    }

    public List<Transition<S, A, W>> rows() {
        return rows;
    }

    /** What holds in a state. */
    public P state(S state) {
        return states.get(state);
    }

    /** The states whose property matches. */
    public Set<S> statesWhere(Predicate<? super P> property) {
        Set<S> found = new HashSet<>();
        states.forEach((state, properties) -> {
            if (property.test(properties)) {
                found.add(state);
            }
        });
        return found;
    }

    public Optional<Transition<S, A, W>> find(S from, A action) {
        return rows.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The rows leaving a state, in the table's order. */
    public List<Transition<S, A, W>> from(S state) {
        return rows.stream().filter(t -> t.from() == state).toList();
    }

    /** Whether someone has a step to take from a state (e.g. whether an officer may screen it now). */
    public boolean hasStepFrom(S state, W who) {
        return rows.stream().anyMatch(t -> t.from() == state && Objects.equals(t.who(), who));
    }

    /** The states from which someone has a step to take. */
    public Set<S> statesWithStepsBy(W who) {
        Set<S> found = new HashSet<>();
        rows.stream().filter(t -> Objects.equals(t.who(), who)).forEach(t -> found.add(t.from()));
        return found;
    }

    /** The row for the action from the state taken by {@code who}; refused when the table has none. */
    public Transition<S, A, W> transition(S from, A action, W who) {
        return transition(from, action, w -> Objects.equals(w, who));
    }

    /** The row for the action from the state whose taker passes the test; refused when the table has none. */
    public Transition<S, A, W> transition(S from, A action, Predicate<? super W> taker) {
        return find(from, action).filter(t -> taker.test(t.who()))
                .orElseThrow(() -> new ForbiddenTransitionException(from.labelKey(), action.labelKey()));
    }

    /**
     * The rows {@code who} takes, one after the other, to get from one state to another (the shortest such path):
     * the way through the table, never a jump it has no row for. An empty path when already there; none when the
     * table has no such path.
     */
    public Optional<List<Transition<S, A, W>>> path(S from, S to, W who) {
        // breadth first over the taker's rows, remembering the row that first reached each state
        Map<S, Transition<S, A, W>> reachedBy = new HashMap<>();
        Deque<S> next = new ArrayDeque<>(List.of(from));
        while (!next.isEmpty() && !reachedBy.containsKey(to) && from != to) {
            S at = next.poll();
            for (Transition<S, A, W> row : rows) {
                if (row.from() == at && Objects.equals(row.who(), who) && row.to() != from
                        && !reachedBy.containsKey(row.to())) {
                    reachedBy.put(row.to(), row);
                    next.add(row.to());
                }
            }
        }
        if (from != to && !reachedBy.containsKey(to)) {
            return Optional.empty();
        }
        List<Transition<S, A, W>> path = new ArrayList<>();
        for (S at = to; at != from; at = reachedBy.get(at).from()) {
            path.add(0, reachedBy.get(at));
        }
        return Optional.of(path);
    }
}
