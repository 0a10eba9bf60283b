package org.opendividend.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.awards.boundary.PublicAwards;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.boundary.PublicOutputs;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.registry.control.ObligationOutputs;
import org.opendividend.registry.control.ProjectJson;
import org.opendividend.registry.control.PublishedProjects;
import org.opendividend.registry.control.RegistryProject;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads public projects for the registry's read model ({@link RegistryReadModel}): the awards, their outputs and the
 * ministries' names, each project's JSON written. One transaction per reading, so that every lookup of it runs in one
 * persistence context and sees one state of the database, rather than each borrowing the request's non-transactional
 * entity manager (a reader may come from any request).
 */
@ApplicationScoped
@Transactional
public class ProjectReading {

    @Inject
    PublicAwards awards;

    @Inject
    PublicOutputs outputs;

    @Inject
    LicenceCatalogue licences;

    @Inject
    MinistryFacade ministries;

    /** Every public project. */
    public List<PublishedProjects.Entry> all() {
        return entries(awards.all());
    }

    /** The public projects among these awards (the others are not, or no longer, public). */
    public List<PublishedProjects.Entry> byIds(Collection<Long> ids) {
        return entries(awards.byIds(ids));
    }

    private List<PublishedProjects.Entry> entries(List<PublicAward> published) {
        Map<Long, List<PublicOutput>> tracked = outputs.ofAwards(published.stream().map(PublicAward::id).toList());
        ProjectJson.Names names = names();
        return published.stream().map(a -> {
            RegistryProject project = RegistryProject.of(a, ObligationOutputs.of(a,
                    tracked.getOrDefault(a.id(), List.of()), this::openFor));
            return new PublishedProjects.Entry(project, ProjectJson.text(project, names));
        }).toList();
    }

    private boolean openFor(String licence, OutputType type) {
        return licences.classify(licence).isPresent() && licences.refusalReasons(licence, type).isEmpty();
    }

    /** Names for the JSON, each ministry looked up once per reading. */
    private ProjectJson.Names names() {
        Map<String, Optional<MinistryView>> seen = new HashMap<>();
        return new ProjectJson.Names() {
            public String[] ministry(String code) {
                return seen.computeIfAbsent(code, ministries::ministry)
                        .map(m -> new String[] {m.nameZhTw(), m.nameEn()}).orElse(new String[] {code, code});
            }

            public String[] language(String code) {
                return TargetLanguages.byCode(code).map(l -> new String[] {l.nameZhTw(), l.nameEn()})
                        .orElse(new String[] {code, code});
            }
        };
    }
}
