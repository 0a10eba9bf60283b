package org.opendividend.platform.validation;

/**
 * A workflow's transition table has no step for this action from the object's state: the refusal of a rule, not a
 * fault. It carries the state's and the action's bundle keys, so that REST answers 409 and pages show it translated
 * ("Submit" is not possible while the status is "Withdrawn"); nothing was changed.
 */
public class ForbiddenTransitionException extends RuntimeException {

    /** The message every refusal is told with: {0} the state, {1} the action, both translated. */
    public static final String MESSAGE_KEY = "workflow.problem.forbidden";

    private final String stateKey;
    private final String actionKey;

    public ForbiddenTransitionException(String stateKey, String actionKey) {
        super("the workflow has no step " + actionKey + " from " + stateKey);
        this.stateKey = stateKey;
        this.actionKey = actionKey;
    }

    public String stateKey() {
        return stateKey;
    }

    public String actionKey() {
        return actionKey;
    }

    /** The refusal as a problem of the whole form, with the state and the action as translatable arguments. */
    public FieldProblem problem() {
        return FieldProblem.of(null, MESSAGE_KEY, new Translatable(stateKey), new Translatable(actionKey));
    }
}
