package org.opendividend.registry.control;

import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the registry's query parameters ({@code ministry}, {@code language}, {@code outputType}, {@code licence},
 * {@code state}, {@code facet}) without ever failing on what a stranger typed. A language is found by its ISO 639-3
 * code or by its name in either language ({@code hak}, {@code 客語}, {@code Hakka}, {@code 阿美語}, {@code amis}). The
 * page ignores a value it cannot read and says which ({@link Read#ignored}); the API refuses it with 400.
 */
public final class ProjectQuery {

    private static final Pattern MINISTRY_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern LICENCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]{0,63}");

    private ProjectQuery() {
    }

    /** The filter read, and the names of the parameters given whose values meant nothing. */
    public record Read(ProjectFilter filter, List<String> ignored) {
        public Read {
            ignored = List.copyOf(ignored);
        }
    }

    public static Read read(String ministry, String language, String outputType, String licence, String state,
                            String facet) {
        List<String> ignored = new ArrayList<>();
        ProjectFilter filter = new ProjectFilter(
                take("ministry", ministry, ProjectQuery::ministry, ignored),
                take("language", language, ProjectQuery::language, ignored),
                take("outputType", outputType, v -> named(OutputType.class, v), ignored),
                take("licence", licence, ProjectQuery::licence, ignored),
                take("state", state, v -> named(OutputState.class, v), ignored),
                take("facet", facet, v -> named(PublicAiFacet.class, v), ignored));
        return new Read(filter, ignored);
    }

    static Optional<String> ministry(String v) {
        return Optional.of(v.toLowerCase(Locale.ROOT)).filter(c -> MINISTRY_CODE.matcher(c).matches());
    }

    /** A target language by code or by name in Traditional Chinese or English, in any case. */
    public static Optional<String> language(String v) {
        String wanted = v.toLowerCase(Locale.ROOT);
        return TargetLanguages.ALL.stream()
                .filter(l -> l.code().equals(wanted) || l.nameZhTw().equals(v)
                        || l.nameEn().toLowerCase(Locale.ROOT).equals(wanted)
                        || Arrays.stream(l.nameEn().split("\\s*[/()]\\s*")).anyMatch(n -> n.equalsIgnoreCase(v))
                        || Arrays.stream(l.nameZhTw().split("[／（）]")).anyMatch(n -> n.equals(v)))
                .map(TargetLanguages.TargetLanguage::code).findFirst();
    }

    static Optional<String> licence(String v) {
        return Optional.of(v).filter(l -> LICENCE_ID.matcher(l).matches());
    }

    static <E extends Enum<E>> Optional<E> named(Class<E> type, String v) {
        String wanted = v.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    private static <T> T take(String name, String raw, Function<String, Optional<T>> reader, List<String> ignored) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 100) {
            ignored.add(name);
            return null;
        }
        Optional<T> read = reader.apply(raw.strip());
        if (read.isEmpty()) {
            ignored.add(name);
        }
        return read.orElse(null);
    }
}
