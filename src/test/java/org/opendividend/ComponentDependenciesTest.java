package org.opendividend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The business components depend on each other in one direction only, read from the classes they name in
 * src/main: a cycle would make them impossible to change, test or deploy apart.
 */
class ComponentDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/opendividend");
    /** A class of another component named in the source: imported or written out in full. */
    private static final Pattern NAMED_CLASS = Pattern.compile("org\\.opendividend\\.([a-z]+)\\.(?:[a-z]+\\.)*[A-Z]");

    @Test
    void noComponentDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String component : dependencies.keySet()) {
            if (reachable(dependencies, component).contains(component)) {
                cycles.add(component + " -> " + dependencies.get(component));
            }
        }
        assertEquals(List.of(), cycles, "components on a cycle");
    }

    @Test
    void organisationsNeedNoCall() throws IOException {
        // the kinds of organisation are the organisations' own type: a call's eligibility refers to it, not the other way
        assertFalse(dependencies().get("organisations").contains("calls"), dependencies().get("organisations").toString());
    }

    @Test
    void thePlatformNeedsNoBusinessComponent() throws IOException {
        assertEquals(Set.of(), dependencies().get("platform"));
    }

    /** For each component (a folder under the base package), the other components its classes name. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> components = Files.list(SOURCES)) {
            for (Path folder : components.filter(Files::isDirectory).toList()) {
                String component = folder.getFileName().toString();
                Set<String> named = new TreeSet<>();
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        Matcher m = NAMED_CLASS.matcher(Files.readString(file));
                        while (m.find()) {
                            named.add(m.group(1));
                        }
                    }
                }
                named.remove(component);
                dependencies.put(component, named);
            }
        }
        return dependencies;
    }

    private static Set<String> reachable(Map<String, Set<String>> dependencies, String from) {
        Set<String> seen = new TreeSet<>();
        List<String> next = new ArrayList<>(dependencies.getOrDefault(from, Set.of()));
        while (!next.isEmpty()) {
            String c = next.remove(next.size() - 1);
            if (seen.add(c)) {
                next.addAll(dependencies.getOrDefault(c, Set.of()));
            }
        }
        return seen;
    }
}
