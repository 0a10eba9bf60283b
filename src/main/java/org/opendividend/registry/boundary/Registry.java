package org.opendividend.registry.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.awards.boundary.PublicAwards;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.boundary.PublicOutputs;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.registry.control.GrantPackage;
import org.opendividend.registry.control.ObligationOutputs;
import org.opendividend.registry.control.ProjectFilter;
import org.opendividend.registry.control.ProjectJson;
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
 * The registry's facade: the funded projects the public may see, read at the moment of asking from awards' published
 * read records ({@link PublicAwards}: accepted, suspended and terminated awards only), their outputs through the one
 * read adapter ({@link ObligationOutputs}) over outputs' published read records ({@link PublicOutputs}), filtered on
 * the server. Public by the fund's rule: no person and no object
 * is checked because nothing here is private; what is private never reaches this class.
 */
@ApplicationScoped
public class Registry {

    @Inject
    PublicAwards awards;

    @Inject
    PublicOutputs outputs;

    @Inject
    LicenceCatalogue licences;

    @Inject
    MinistryFacade ministries;

    @Inject
    RegistrySettings settings;

    @Inject
    Clock clock;

    /** The projects that match, in the order of their award ids. */
    public List<RegistryProject> projects(ProjectFilter filter) {
        List<PublicAward> published = awards.all();
        Map<Long, List<PublicOutput>> tracked = outputs.ofAwards(published.stream().map(PublicAward::id).toList());
        return filter.apply(published.stream().map(a -> project(a, tracked)).toList());
    }

    /** One public project by award id or number; empty for an unknown, unaccepted or unreadable one. */
    public Optional<RegistryProject> project(String idOrNumber) {
        return awards.one(idOrNumber).map(a -> project(a, outputs.ofAwards(List.of(a.id()))));
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

    /** Names for the JSON API, looked up once per request. */
    public ProjectJson.Names jsonNames() {
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

    private RegistryProject project(PublicAward award, Map<Long, List<PublicOutput>> tracked) {
        return RegistryProject.of(award, ObligationOutputs.of(award, tracked.getOrDefault(award.id(), List.of()),
                this::openFor));
    }

    private boolean openFor(String licence, OutputType type) {
        return licences.classify(licence).isPresent() && licences.refusalReasons(licence, type).isEmpty();
    }
}
