package org.opendividend;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The house rules of DESIGN.md read from the sources: business components (the packages under
 * {@code org.opendividend}) depend on each other without a cycle, {@code platform} depends on none of them, and no
 * class of a component imports, names or queries (JPQL) an entity of another component: it meets the other through
 * its facade (or the read class it publishes), ids and read records (issue #9, item 2).
 */
class ComponentBoundariesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/opendividend");
    private static final Pattern REFERENCE = Pattern.compile("org\\.opendividend\\.([a-z]+)\\.");
    // imported or written out in full
    private static final Pattern ENTITY_NAMED = Pattern.compile("org\\.opendividend\\.([a-z]+)\\.entity\\.([A-Z]\\w*)");
    // JPQL names an entity by its simple name: "from Person p", "join OrganisationMember m", "from A a, Person p"
    private static final Pattern JPQL_ENTITY = Pattern.compile("(?:\\b(?:from|join|update|into)|,)\\s+([A-Z]\\w*)\\s+[a-z]\\w*\\b");

    private static Map<Path, String> sources;
    private static Map<String, String> entityComponent;

    @BeforeAll
    static void readSources() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(f, read(f)));
        }
        entityComponent = new HashMap<>();
        sources.forEach((file, text) -> {
            if (text.contains("\n@Entity")) {
                entityComponent.put(file.getFileName().toString().replace(".java", ""), componentOf(file));
            }
        });
    }

    @Test
    void theEntitiesAreFound() {
        // a guard for the test itself: if it found no entities, the rule below would hold for nothing
        assertEquals("applications", entityComponent.get("Application"));
        assertEquals("calls", entityComponent.get("FundingCall"));
        assertEquals("organisations", entityComponent.get("OrganisationMember"));
    }

    @Test
    void componentsDependOnEachOtherWithoutACycle() {
        Map<String, Set<String>> uses = dependencies();
        assertEquals(Set.of(), uses.getOrDefault("platform", Set.of()), "platform is plumbing: it uses no business component");
        for (String component : uses.keySet()) {
            List<String> cycle = cycleFrom(component, component, uses, new ArrayList<>(List.of(component)), new TreeSet<>());
            assertTrue(cycle.isEmpty(), "a cycle of components: " + String.join(" -> ", cycle));
        }
    }

    @Test
    void noComponentUsesAnotherComponentsEntities() {
        Map<String, Set<Path>> reaching = new TreeMap<>();
        sources.forEach((file, text) -> {
            String component = componentOf(file);
            Matcher imported = ENTITY_NAMED.matcher(text);
            while (imported.find()) {
                note(reaching, component, imported.group(1), imported.group(2), file);
            }
            Matcher queried = JPQL_ENTITY.matcher(text);
            while (queried.find()) {
                String owner = entityComponent.get(queried.group(1));
                if (owner != null) {
                    note(reaching, component, owner, queried.group(1), file);
                }
            }
        });
        assertEquals(Map.of(), reaching,
                "another component's entities used directly (meet it through its facade and read records instead)");
    }

    @Test
    void reviewersAreAssignedByPureLogicThatUsesNoOtherComponent() {
        // the solver must run from an instance file alone (docs/assignment-instance.md), so it may not reach for
        // anything but itself: not platform, not calls, not even review's own boundary or entities
        Path solver = SOURCES.resolve("review/control/assignment");
        Pattern anyOf = Pattern.compile("org\\.opendividend\\.[a-z0-9.]+");
        Map<Path, Set<String>> uses = new TreeMap<>();
        sources.forEach((file, text) -> {
            if (file.startsWith(solver)) {
                Matcher used = anyOf.matcher(text);
                while (used.find()) {
                    if (!used.group().startsWith("org.opendividend.review.control.assignment")) {
                        uses.computeIfAbsent(file, k -> new TreeSet<>()).add(used.group());
                    }
                }
            }
        });
        assertTrue(sources.keySet().stream().anyMatch(f -> f.startsWith(solver)), "the solver's sources are found");
        assertEquals(Map.of(), uses, "the assignment solver uses other parts of the application");
    }

    private static void note(Map<String, Set<Path>> reaching, String component, String owner, String entity, Path file) {
        if (!owner.equals(component) && entityComponent.containsKey(entity)) {
            reaching.computeIfAbsent(component + " -> " + owner + "." + entity, k -> new TreeSet<>()).add(file);
        }
    }

    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        sources.forEach((file, text) -> {
            String component = componentOf(file);
            Set<String> used = uses.computeIfAbsent(component, k -> new TreeSet<>());
            Matcher reference = REFERENCE.matcher(text);
            while (reference.find()) {
                if (!reference.group(1).equals(component)) {
                    used.add(reference.group(1));
                }
            }
        });
        return uses;
    }

    /** A path from {@code at} back to {@code start}, or empty when there is none. */
    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> uses, List<String> path,
                                          Set<String> seen) {
        for (String next : uses.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, uses, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static String componentOf(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
