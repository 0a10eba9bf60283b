package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.List;

/**
 * The message keys that explain a classification or a refusal. Both message bundles hold a text for each; the
 * keys are the stable part that code and clients may act on.
 */
public final class LicenceReasons {

    // why a licence is not open
    public static final String NON_COMMERCIAL = "licence.reason.nonCommercial";
    public static final String NO_DERIVATIVES = "licence.reason.noDerivatives";
    public static final String USE_RESTRICTIONS = "licence.reason.useRestrictions";
    public static final String USER_THRESHOLD = "licence.reason.userThreshold";
    public static final String RESEARCH_ONLY = "licence.reason.researchOnly";
    public static final String CUSTOM_TERMS = "licence.reason.customTerms";
    public static final String UNSTATED = "licence.reason.unstated";
    public static final String FAMILY = "licence.reason.family";
    public static final String NOT_APPROVED = "licence.reason.notApproved";

    // notes on a licence that may still be open
    public static final String DEPRECATED = "licence.note.deprecated";

    // why a licence is refused for an output
    public static final String UNKNOWN_ID = "licence.refusal.unknown";
    public static final String NOT_OPEN = "licence.refusal.notOpen";
    private static final String NOT_APPROPRIATE_PREFIX = "licence.refusal.notAppropriate.";

    private static final String NOTE_PREFIX = "licence.note.";

    private LicenceReasons() {
    }

    /** The refusal for a licence that is open but written for other kinds of output than this one. */
    public static String notAppropriateFor(OutputType type) {
        return NOT_APPROPRIATE_PREFIX + type.name();
    }

    /** Whether the key is a note (informative) rather than a reason against the licence. */
    public static boolean isNote(String key) {
        return key.startsWith(NOTE_PREFIX);
    }

    /** Every key this class can give, for the check that both bundles translate them. */
    public static List<String> all() {
        List<String> keys = new ArrayList<>(List.of(NON_COMMERCIAL, NO_DERIVATIVES, USE_RESTRICTIONS,
                USER_THRESHOLD, RESEARCH_ONLY, CUSTOM_TERMS, UNSTATED, FAMILY, NOT_APPROVED, DEPRECATED, UNKNOWN_ID,
                NOT_OPEN));
        for (OutputType type : OutputType.values()) {
            keys.add(notAppropriateFor(type));
        }
        return keys;
    }
}
