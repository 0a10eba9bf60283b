package org.opendividend.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.registry.control.GrantPackage;
import org.opendividend.registry.control.ProjectFilter;
import org.opendividend.registry.control.ProjectPage;
import org.opendividend.registry.control.PublishedProjects;
import org.opendividend.registry.control.RegistryProject;
import org.opendividend.registry.control.VerifiedOutputsFeed;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's facade: the funded projects the public may see, from the registry's read model
 * ({@link RegistryReadModel}: accepted, suspended and terminated awards only, from awards' published read records,
 * their outputs through the one read adapter over outputs' published read records), filtered on the server. Public by
 * the fund's rule: no person and no object is checked because nothing here is private; what is private never reaches
 * this class.
 */
@ApplicationScoped
public class Registry {

    @Inject
    RegistryReadModel model;

    @Inject
    MinistryFacade ministries;

    @Inject
    RegistrySettings settings;

    @Inject
    Clock clock;

    /** The projects that match, in the order of their award ids. */
    public List<RegistryProject> projects(ProjectFilter filter) {
        return model.current().matching(filter).stream().map(PublishedProjects.Entry::project).toList();
    }

    /** One page of the projects that match. */
    public ProjectPage page(ProjectFilter filter, ProjectPage.Request request) {
        return model.current().page(filter, request);
    }

    /** One public project by award id or number; empty for an unknown, unaccepted or unreadable one. */
    public Optional<RegistryProject> project(String idOrNumber) {
        return published(idOrNumber).map(PublishedProjects.Entry::project);
    }

    /** One public project with its JSON. */
    public Optional<PublishedProjects.Entry> published(String idOrNumber) {
        return model.current().find(idOrNumber);
    }

    /** The ministries for the filters: the active ones. */
    public List<MinistryView> ministries() {
        return ministries.activeMinistries();
    }

    /** The 360Giving data package of every public project. */
    public JsonObject grantPackage(URI appRoot) {
        Map<String, Optional<MinistryView>> seen = new HashMap<>();
        GrantPackage.Names names = new GrantPackage.Names(
                code -> seen.computeIfAbsent(code, ministries::ministry).map(MinistryView::nameEn).orElse(code),
                code -> TargetLanguages.byCode(code).map(TargetLanguages.TargetLanguage::nameEn).orElse(code),
                type -> Texts.text(Locale.ENGLISH, "output.type." + type),
                Texts.text(Locale.ENGLISH, "fund.name"));
        return GrantPackage.of(projects(ProjectFilter.NONE), settings.grantPrefix(), appRoot, clock.instant(), names);
    }

    /** The Atom feed of newly verified outputs of every public project. */
    public byte[] verifiedOutputsFeed(URI appRoot) {
        return VerifiedOutputsFeed.atom(projects(ProjectFilter.NONE), appRoot, clock.instant());
    }
}
