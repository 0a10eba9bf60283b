package org.opendividend.registry.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry's read model at one moment: every public project in the order of its award id, each with its JSON
 * already written ({@link ProjectJson.Text}), found by award id or number. Immutable: a change makes a new one
 * ({@link #with}) in which only the changed projects are new, so that a reader never sees half a change and the
 * projects that did not change are not read or written again. What a filter selects is remembered for the
 * {@value #REMEMBERED_FILTERS} first filters asked (a bounded number, so that strangers' filters cannot fill the
 * memory), since the same few filters are asked again and again between two changes.
 */
public final class PublishedProjects {

    static final int REMEMBERED_FILTERS = 256;

    /** One public project and its JSON. */
    public record Entry(RegistryProject project, ProjectJson.Text json) {
    }

    public static final PublishedProjects EMPTY = new PublishedProjects(List.of());

    private final List<Entry> entries;
    private final Map<Long, Entry> byId = new HashMap<>();
    private final Map<String, Entry> byNumber = new HashMap<>();
    private final Map<ProjectFilter, List<Entry>> selected = new ConcurrentHashMap<>();

    private PublishedProjects(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            byId.put(e.project().id(), e);
            byNumber.put(e.project().number(), e);
        }
    }

    /** The projects given, in the order of their award ids. */
    public static PublishedProjects of(Collection<Entry> entries) {
        TreeMap<Long, Entry> ordered = new TreeMap<>();
        entries.forEach(e -> ordered.put(e.project().id(), e));
        return new PublishedProjects(new ArrayList<>(ordered.values()));
    }

    /**
     * This read model after the awards named in {@code reloaded} were read again: those among {@code found} are
     * (again) public, with their new content; the others named are no longer public (or never were) and leave.
     */
    public PublishedProjects with(Collection<Entry> found, Set<Long> reloaded) {
        TreeMap<Long, Entry> ordered = new TreeMap<>(byId);
        reloaded.forEach(ordered::remove);
        found.forEach(e -> ordered.put(e.project().id(), e));
        return new PublishedProjects(new ArrayList<>(ordered.values()));
    }

    /** The projects the filter selects, in the order of their award ids. */
    public List<Entry> matching(ProjectFilter filter) {
        if (ProjectFilter.NONE.equals(filter)) {
            return entries;
        }
        List<Entry> known = selected.get(filter);
        if (known != null) {
            return known;
        }
        List<Entry> found = entries.stream().filter(e -> filter.matches(e.project())).toList();
        if (selected.size() < REMEMBERED_FILTERS) {
            selected.put(filter, found);
        }
        return found;
    }

    /** One page of the projects the filter selects. */
    public ProjectPage page(ProjectFilter filter, ProjectPage.Request request) {
        return ProjectPage.of(matching(filter), request);
    }

    /** A public project by its award's id ({@code 8001}) or number ({@code 1008-1}). */
    public Optional<Entry> find(String idOrNumber) {
        if (idOrNumber == null || idOrNumber.isBlank() || idOrNumber.length() > 40) {
            return Optional.empty();
        }
        String key = idOrNumber.strip();
        Entry byNumberFound = byNumber.get(key);
        if (byNumberFound != null) {
            return Optional.of(byNumberFound);
        }
        return key.matches("\\d{1,18}") ? Optional.ofNullable(byId.get(Long.parseLong(key))) : Optional.empty();
    }

    /** The award ids of the public projects of a call (whose title or focus a change of the call may change). */
    public Set<Long> ofCall(long callId) {
        return ids(e -> e.project().callId() == callId);
    }

    /** The award ids of the public projects of an organisation (whose name a change of it may change). */
    public Set<Long> ofOrganisation(long organisationId) {
        return ids(e -> e.project().organisationId() == organisationId);
    }

    public int size() {
        return entries.size();
    }

    private Set<Long> ids(java.util.function.Predicate<Entry> which) {
        Set<Long> ids = new java.util.TreeSet<>();
        entries.stream().filter(which).forEach(e -> ids.add(e.project().id()));
        return ids;
    }
}
