package org.opendividend.platform.i18n;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendividend.audit.control.ChainProblem;
import org.opendividend.platform.identity.Role;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The two message bundles say the same things, and everything the pages and the code ask for is in both. */
class BundlesTest {

    private static final Path BASE = Path.of(System.getProperty("user.dir"));
    private static final Path BUNDLES = BASE.resolve("src/main/resources/org/opendividend/platform/i18n");
    private static final Path WEBAPP = BASE.resolve("webapp");

    /** {@code #{msg['key']}} (or with double quotes) in a Faces page. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\[\\s*(['\"])([^'\"\\]]+)\\1\\s*]");
    /** {@code <ui:param name="areaTitleKey" value="area.admin.title"/>}: keys passed to templates as parameters. */
    private static final Pattern PARAM_KEY = Pattern.compile(
            "<ui:param\\s+name=\"\\w*Key\"\\s+value=\"([^\"#$]+)\"\\s*/>");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties en;
    private static Properties zhTw;

    @BeforeAll
    static void load() throws IOException {
        en = load("messages_en.properties");
        zhTw = load("messages_zh_TW.properties");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertFalse(properties.isEmpty(), name + " is empty");
        return properties;
    }

    private static void assertInBothBundles(Set<String> keys, String where) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!en.containsKey(key)) {
                missing.add(key + " (en)");
            }
            if (!zhTw.containsKey(key)) {
                missing.add(key + " (zh_TW)");
            }
        }
        assertEquals(List.of(), missing, "keys used by " + where + " but missing from a bundle");
    }

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zhTw.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zhTw.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertEquals(Set.of(), onlyEn, "only in messages_en");
        assertEquals(Set.of(), onlyZh, "only in messages_zh_TW");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // Properties keeps the last of two lines with one key: a second definition, added by another change, would
        // silently replace the first text (it happened with denied.call.notFundingOfficer)
        for (String bundle : List.of("messages_en.properties", "messages_zh_TW.properties")) {
            Set<String> seen = new java.util.HashSet<>();
            List<String> twice = Files.readAllLines(BUNDLES.resolve(bundle)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).strip())
                    .filter(key -> !seen.add(key)).toList();
            assertEquals(List.of(), twice, bundle);
        }
    }

    @Test
    void noValueIsBlank() {
        for (Properties bundle : List.of(en, zhTw)) {
            List<String> blank = bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).isBlank()).sorted().toList();
            assertEquals(List.of(), blank, "blank values");
        }
    }

    @Test
    void everyKeyUsedInThePagesExists() throws IOException {
        Map<String, Set<String>> keysByPage = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8);
                Set<String> keys = new TreeSet<>();
                Matcher literal = PAGE_KEY.matcher(text);
                while (literal.find()) {
                    keys.add(literal.group(2));
                }
                Matcher param = PARAM_KEY.matcher(text);
                while (param.find()) {
                    keys.add(param.group(1));
                }
                keysByPage.put(WEBAPP.relativize(page).toString(), keys);
            }
        }
        assertTrue(keysByPage.size() >= 2, "no pages found under " + WEBAPP);
        Set<String> all = keysByPage.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        assertTrue(all.size() >= 10, "the scan found suspiciously few keys: " + all);
        keysByPage.forEach((page, keys) -> assertInBothBundles(keys, page));
    }

    @Test
    void pageScanRecognisesTheWaysPagesWriteKeys() {
        // guards the scan itself: if these stop matching, the test above would pass while checking nothing
        Matcher single = PAGE_KEY.matcher("<h1>#{msg['audit.title']}</h1>");
        assertTrue(single.find());
        assertEquals("audit.title", single.group(2));
        Matcher dbl = PAGE_KEY.matcher("value=\"#{msg[\"nav.home\"]}\"");
        assertTrue(dbl.find());
        assertEquals("nav.home", dbl.group(2));
        assertFalse(PAGE_KEY.matcher("#{msg[role.labelKey()]}").find(), "computed keys are checked elsewhere");
        Matcher param = PARAM_KEY.matcher("<ui:param name=\"areaTitleKey\" value=\"area.admin.title\"/>");
        assertTrue(param.find());
        assertEquals("area.admin.title", param.group(1));
    }

    @Test
    void everyRoleHasALabel() {
        assertInBothBundles(Stream.of(Role.values()).map(Role::labelKey).collect(Collectors.toSet()), "Role");
    }

    @Test
    void everyAuditProblemKindHasALabel() {
        assertInBothBundles(Stream.of(ChainProblem.Kind.values()).map(ChainProblem.Kind::labelKey)
                .collect(Collectors.toSet()), "ChainProblem.Kind");
    }

    /** Reason keys of permission decisions, written as literals in the main code. */
    @Test
    void everyDenialReasonInTheCodeExists() throws IOException {
        Pattern deny = Pattern.compile("Decision\\.deny\\(\"([^\"]+)\"\\)");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BASE.resolve("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = deny.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertInBothBundles(keys, "Decision.deny(...)");
    }

    /**
     * Traditional Chinese is the default language: a zh_TW value that is still the English text has not been
     * translated. Every value whose English text has letters must contain at least one Han character. No key is
     * exempt today: even the brand (開放紅利) and the "No." column heading (序號) are translated; a key that really
     * must stay the same in both languages (a licence identifier, say) would be listed here with its reason.
     */
    @Test
    void chineseValuesAreTranslated() {
        Set<String> untranslated = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String english = en.getProperty(key);
            String chinese = zhTw.getProperty(key, "");
            boolean hasLetters = english.codePoints().anyMatch(Character::isLetter);
            boolean hasHan = chinese.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (hasLetters && !hasHan) {
                untranslated.add(key + "=" + chinese);
            }
        }
        assertEquals(Set.of(), untranslated);
    }

    /**
     * Pages fill values such as audit.intact with h:outputFormat, so both languages must use the same arguments
     * ({0}, {2}, ...) and be valid MessageFormat patterns.
     */
    @Test
    void bothLanguagesUseTheSameMessageArguments() {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            Set<String> enArgs = arguments(key, en.getProperty(key));
            Set<String> zhArgs = arguments(key, zhTw.getProperty(key, ""));
            if (!enArgs.equals(zhArgs)) {
                differences.add(key + ": en " + enArgs + ", zh_TW " + zhArgs);
            }
        }
        assertEquals(List.of(), differences);
    }

    private static Set<String> arguments(String key, String value) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            arguments.add(matcher.group(1));
        }
        if (!arguments.isEmpty()) {
            try {
                new MessageFormat(value);
            } catch (IllegalArgumentException e) {
                fail(key + " is not a valid MessageFormat pattern: " + value, e);
            }
            // in a MessageFormat pattern a single apostrophe starts quoting and is not shown: write '' instead
            assertFalse(Pattern.compile("(?<!')'(?!')").matcher(value).find(),
                    key + " has a lone apostrophe that MessageFormat would swallow: " + value);
        }
        return arguments;
    }
}
