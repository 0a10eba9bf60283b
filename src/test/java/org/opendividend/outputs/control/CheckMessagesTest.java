package org.opendividend.outputs.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.control.CheckResult.Check;
import org.opendividend.outputs.control.CheckResult.Verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key the fetcher, the adapters, the checks and the MOF classifier can give, each check, verdict, MOF
 * component and class, in both bundles.
 */
class CheckMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(outputs\\.(?:check|mof)\\.[A-Za-z.]*[A-Za-z])\"|PREFIX \\+ \"([A-Za-z.]+)\"");

    @Test
    void everyKeyIsInBothBundles() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/opendividend/outputs/control"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : OutputChecks.PREFIX + m.group(2));
                }
            }
        }
        for (Check check : Check.values()) {
            keys.add(check.labelKey());
        }
        for (Verdict verdict : Verdict.values()) {
            keys.add("outputs.check.verdict." + verdict.name());
        }
        for (MofComponent component : MofComponent.values()) {
            keys.add(component.labelKey());
        }
        for (int mofClass = 0; mofClass <= 3; mofClass++) {
            keys.add("outputs.mof.class." + mofClass);
        }
        keys.add("outputs.mof.conditional");
        assertTrue(keys.size() > 50, "keys found: " + keys);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.TRADITIONAL_CHINESE}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.opendividend.platform.i18n.messages", locale);
            Set<String> missing = new TreeSet<>(keys);
            missing.removeIf(bundle::containsKey);
            assertEquals(Set.of(), missing, "missing in " + locale);
        }
    }
}
