package org.opendividend.platform.configuration;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every setting the application reads is in the README's configuration table, so that whoever deploys it can find
 * them all in one place: the keys written out in the sources, the mail settings (read under one prefix) and those of
 * {@code microprofile-config.properties}.
 */
class ConfigurationTableTest {

    private static final Pattern FULL_KEY = Pattern.compile("\"(opendividend\\.[a-z][a-z.-]*[a-z])\"");
    // MailSettings reads "host", "port", ... under its PREFIX "opendividend.mail."
    private static final Pattern MAIL_KEY = Pattern.compile("PREFIX \\+ \"([a-z-]+)\"|value\\(config, \"([a-z-]+)\"");
    private static final Pattern PROPERTIES_KEY = Pattern.compile("(?m)^#?(opendividend\\.[a-z.-]+)=");

    @Test
    void theReadmeNamesEverySetting() throws IOException {
        Set<String> keys = keysRead();
        assertTrue(keys.containsAll(Set.of("opendividend.mode", "opendividend.files.dir", "opendividend.mail.timeout-ms")),
                "the keys are found in the sources: " + keys);
        String table = configurationSection(Files.readString(Path.of("README.md")));
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (table.lines().noneMatch(row -> names(row, key))) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "settings the README's configuration table does not name");
    }

    /** Whether a row of the table names the key, also as a sibling: "`opendividend.mail.host` / `.port`". */
    private static boolean names(String row, String key) {
        int last = key.lastIndexOf('.');
        return row.contains("`" + key + "`")
                || row.contains("`" + key.substring(0, last + 1)) && row.contains("`" + key.substring(last) + "`");
    }

    private static Set<String> keysRead() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).map(ConfigurationTableTest::read).forEach(text -> {
                Matcher full = FULL_KEY.matcher(text);
                while (full.find()) {
                    keys.add(full.group(1));
                }
                if (text.contains("PREFIX = \"opendividend.mail.\"")) {
                    Matcher mail = MAIL_KEY.matcher(text);
                    while (mail.find()) {
                        keys.add("opendividend.mail." + (mail.group(1) != null ? mail.group(1) : mail.group(2)));
                    }
                }
            });
        }
        Matcher properties = PROPERTIES_KEY.matcher(read(Path.of("src/main/resources/META-INF/microprofile-config.properties")));
        while (properties.find()) {
            keys.add(properties.group(1));
        }
        keys.remove("opendividend.mail"); // the prefix itself
        return keys;
    }

    private static String configurationSection(String readme) {
        int start = readme.indexOf("\n## Configuration");
        assertTrue(start >= 0, "the README has a Configuration section");
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
