package org.opendividend.calls.boundary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the call editor's form parts turn what the page posted (possibly empty or forged) into values. */
final class FormValues {

    private FormValues() {
    }

    static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The known names as enum values; unknown names are dropped (they cannot come from the page). */
    static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> set = EnumSet.noneOf(type);
        names.stream().map(n -> parse(type, n)).filter(e -> e != null).forEach(set::add);
        return set;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
