package org.opendividend.registry.control;

import org.opendividend.platform.export.AtomWriter;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The Atom feed of newly verified outputs ({@code GET /api/v1/registry/outputs.atom}), so that peer public-AI
 * initiatives can follow what the fund's projects release: one entry per output an officer verified (and that is still
 * verified), newest verification first, at most {@value #LIMIT}; each with the project, the output's type, licence and
 * link, and the verification time in UTC. An entry's id is a tag URI of the fund's host, the award number, the
 * output's position and the verification instant: the same across fetches, and new when an output is verified again
 * (after a re-registration), so readers see that as news. Pure; written by the platform's {@link AtomWriter}.
 */
public final class VerifiedOutputsFeed {

    public static final int LIMIT = 50;

    private VerifiedOutputsFeed() {
    }

    /** One verified output with its project. */
    public record Verified(RegistryProject project, RegistryOutput output) {
    }

    /** The verified outputs of the projects, newest verification first, at most {@value #LIMIT}. */
    public static List<Verified> newestFirst(List<RegistryProject> projects) {
        return projects.stream()
                .flatMap(p -> p.outputs().stream().filter(o -> o.state() == OutputState.VERIFIED
                        && o.verifiedAt() != null).map(o -> new Verified(p, o)))
                .sorted(Comparator.comparing((Verified v) -> v.output().verifiedAt()).reversed()
                        .thenComparing(v -> v.project().id())
                        .thenComparing(v -> v.output().position()))
                .limit(LIMIT).toList();
    }

    /** The feed document, UTF-8. */
    public static byte[] atom(List<RegistryProject> projects, URI appRoot, Instant now) {
        List<Verified> newest = newestFirst(projects);
        String self = appRoot.resolve("api/v1/registry/outputs.atom").toString();
        AtomWriter atom = new AtomWriter();
        atom.element("id", self).element("title", both("registry.feed.title"))
                .element("subtitle", both("registry.feed.subtitle"))
                .date("updated", newest.isEmpty() ? now : newest.get(0).output().verifiedAt())
                .link("self", "application/atom+xml", self)
                .link("alternate", "text/html", appRoot.resolve("registry/").toString())
                .element("generator", Texts.text(Languages.EN, "app.name"));
        for (Verified v : newest) {
            entry(atom, v, appRoot);
        }
        return atom.finish();
    }

    /** The entry's id: a tag URI (RFC 4151) of the fund's host, stable for one verification of one output. */
    static String entryId(URI appRoot, RegistryProject project, RegistryOutput output) {
        String host = appRoot.getHost() == null ? "localhost" : appRoot.getHost();
        return "tag:" + host + ",2026:registry/outputs/" + project.number() + "/" + output.position() + "/"
                + output.verifiedAt().getEpochSecond();
    }

    private static void entry(AtomWriter atom, Verified v, URI appRoot) {
        RegistryProject p = v.project();
        RegistryOutput o = v.output();
        String page = appRoot.resolve("registry/project.xhtml?id=" + p.number()).toString();
        String verified = AtomWriter.rfc3339(o.verifiedAt());
        String link = o.linkable() ? o.link() : "";
        String licence = o.licence() == null ? "" : o.licence();
        atom.start("entry").element("id", entryId(appRoot, p, o))
                .element("title", o.title() + " · " + p.number() + " " + BilingualText.both(p.titleZhTw(), p.titleEn()))
                .date("updated", o.verifiedAt()).date("published", o.verifiedAt())
                .link("alternate", "text/html", page);
        if (o.linkable()) {
            atom.link("related", "text/html", o.link());
        }
        atom.author(BilingualText.both(p.organisationZhTw(), p.organisationEn()))
                .category(o.type().name(), BilingualText.both(Texts.text(Languages.ZH_TW, o.type().labelKey()),
                        Texts.text(Languages.EN, o.type().labelKey())));
        String summary = summary(Languages.ZH_TW, p, o, licence, link, verified) + "\n\n"
                + summary(Languages.EN, p, o, licence, link, verified);
        atom.text("summary", summary).end();
    }

    private static String summary(java.util.Locale locale, RegistryProject p, RegistryOutput o, String licence,
                                  String link, String verified) {
        return Texts.text(locale, "registry.feed.entry", p.number(), p.title(locale),
                Texts.text(locale, o.type().labelKey()), licence, link, verified);
    }

    private static String both(String key) {
        return BilingualText.both(Texts.text(Languages.ZH_TW, key), Texts.text(Languages.EN, key));
    }
}
