package org.opendividend.outputs.control;

import java.util.List;

/**
 * One check of one output: its verdict, the message saying why, and the evidence it rests on.
 *
 * @param check         which check
 * @param verdict       pass, fail, warn (look again later, or a human should look), not applicable
 * @param messageKey    the bundle key ({@code outputs.check.*}), a MessageFormat pattern over {@code arguments}
 * @param arguments     the pattern's arguments, as shown (identifiers, dates, codes)
 * @param reasonKeys    further bundle keys to show under the message (why a licence is not open)
 * @param evidenceField the registry's field the verdict rests on ({@code cardData.license}, {@code gated}); null
 *                      when nothing was read
 * @param evidenceValue the value seen there, as the registry wrote it; null when absent
 */
public record CheckResult(Check check, Verdict verdict, String messageKey, List<String> arguments,
        List<String> reasonKeys, String evidenceField, String evidenceValue) {

    public enum Verdict { PASS, FAIL, WARN, NOT_APPLICABLE }

    public enum Check {
        RESOLVABLE, PUBLIC, LICENCE_DECLARED, SPDX, CONSISTENT, OPEN_FOR_TYPE, PINNED, GRANT_LINKED, LANGUAGES,
        PRESERVED;

        public String labelKey() {
            return "outputs.check.name." + name();
        }
    }

    public CheckResult {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        reasonKeys = reasonKeys == null ? List.of() : List.copyOf(reasonKeys);
    }

    static CheckResult of(Check check, Verdict verdict, String messageKey, String field, String value,
            String... arguments) {
        return new CheckResult(check, verdict, messageKey,
                java.util.Arrays.stream(arguments).map(a -> a == null ? "" : a).toList(), List.of(), field, value);
    }

    CheckResult withReasons(List<String> reasons) {
        return new CheckResult(check, verdict, messageKey, arguments, reasons, evidenceField, evidenceValue);
    }
}
