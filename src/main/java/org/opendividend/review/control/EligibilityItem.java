package org.opendividend.review.control;

import java.util.List;

/**
 * One line of the screening checklist: what is checked (a message key, {@code screening.check.<name>}), the verdict,
 * and the arguments its text shows (message keys as {@link org.opendividend.platform.validation.Translatable}).
 */
public record EligibilityItem(String name, Verdict verdict, List<Object> arguments) {

    /** Passed, failed, or not checked by the system (the officer looks for themselves). */
    public enum Verdict {
        PASS, FAIL, NOT_CHECKED;

        public String labelKey() {
            return "screening.verdict." + name();
        }
    }

    public EligibilityItem {
        arguments = List.copyOf(arguments);
    }

    public String labelKey() {
        return "screening.check." + name;
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
