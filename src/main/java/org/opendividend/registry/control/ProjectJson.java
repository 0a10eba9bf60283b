package org.opendividend.registry.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.platform.Jsons;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * A registry project as the JSON API gives it: texts in both languages, codes with names, amounts in whole TWD,
 * dates as ISO dates. Pure; names come from the caller ({@link Names}).
 */
public final class ProjectJson {

    private ProjectJson() {
    }

    /** A code's names in Traditional Chinese and English. */
    public interface Names {
        String[] ministry(String code);

        String[] language(String code);
    }

    /**
     * A stand-in for the application's root address while a project's JSON is written once for every request: the
     * root is the only part of it that depends on the request (the address the caller used).
     */
    static final URI ROOT_STAND_IN = URI.create("http://registry.invalid/");

    /**
     * A project's JSON written once, cut where the application's root address goes (its {@code url}, the first
     * address in it): {@link #write} puts the root of the request between the two halves.
     */
    public record Text(String head, String tail) {

        /** Appends the project's JSON with the root (already escaped for JSON, see {@link #escaped}). */
        public void write(StringBuilder out, String escapedRoot) {
            out.append(head).append(escapedRoot).append(tail);
        }
    }

    public static Text text(RegistryProject p, Names names) {
        String json = project(p, ROOT_STAND_IN, names).toString();
        String marker = "\"url\":\"" + ROOT_STAND_IN;
        int at = json.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("no url in the project's JSON");
        }
        int cut = at + marker.length() - ROOT_STAND_IN.toString().length();
        return new Text(json.substring(0, cut), json.substring(cut + ROOT_STAND_IN.toString().length()));
    }

    /** A string as it goes between quotes in JSON. */
    public static String escaped(String value) {
        String quoted = Jsons.createValue(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    public static JsonArrayBuilder projects(List<RegistryProject> projects, URI appRoot, Names names) {
        JsonArrayBuilder all = Jsons.createArrayBuilder();
        projects.forEach(p -> all.add(project(p, appRoot, names)));
        return all;
    }

    public static JsonObject project(RegistryProject p, URI appRoot, Names names) {
        JsonArrayBuilder funders = Jsons.createArrayBuilder();
        for (String code : p.ministries()) {
            funders.add(Jsons.createObjectBuilder().add("code", code).add("names", both(names.ministry(code)))
                    .add("lead", code.equals(p.leadMinistry()))
                    .add("awarded", p.parts().stream().filter(part -> part.ministryCode().equals(code))
                            .mapToLong(PublicAward.Part::amount).sum())
                    .add("disbursed", p.disbursedBy(code)));
        }
        JsonArrayBuilder payments = Jsons.createArrayBuilder();
        p.payments().forEach(paid -> payments.add(Jsons.createObjectBuilder().add("ministry", paid.ministryCode())
                .add("valueDate", paid.valueDate().toString()).add("amount", paid.amount())));
        JsonArrayBuilder outputs = Jsons.createArrayBuilder();
        for (RegistryOutput o : p.outputs()) {
            JsonObjectBuilder out = Jsons.createObjectBuilder().add("type", o.type().name())
                    .add("title", o.title() == null ? "" : o.title())
                    .add("licence", o.licence() == null ? "" : o.licence())
                    .add("openLicence", o.openLicence())
                    .add("link", o.linkable() ? o.link() : "")
                    .add("releaseBy", o.releaseBy() == null ? "" : o.releaseBy().toString())
                    .add("languages", Jsons.createArrayBuilder(o.languages()))
                    .add("state", o.state().name());
            if (o.verifiedAt() == null) {
                out.addNull("verifiedAt");
            } else {
                out.add("verifiedAt", o.verifiedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            }
            if (o.mofClass() == null) {
                out.addNull("mofClass");
            } else {
                out.add("mofClass", o.mofClass());
            }
            out.add("requiredMofClass", o.requiredMofClass());
            outputs.add(out);
        }
        JsonArrayBuilder languages = Jsons.createArrayBuilder();
        p.languages().forEach(code -> languages.add(Jsons.createObjectBuilder().add("code", code)
                .add("names", both(names.language(code)))));
        return Jsons.createObjectBuilder()
                .add("id", p.id())
                .add("number", p.number())
                .add("url", appRoot.resolve("registry/project.xhtml?id=" + p.number()).toString())
                .add("titles", Jsons.createObjectBuilder().add("zh-TW", p.titleZhTw()).add("en", p.titleEn()))
                .add("organisation", Jsons.createObjectBuilder().add("zh-TW", p.organisationZhTw())
                        .add("en", p.organisationEn()))
                .add("call", Jsons.createObjectBuilder().add("id", p.callId())
                        .add("titles", Jsons.createObjectBuilder().add("zh-TW", p.callTitleZhTw())
                                .add("en", p.callTitleEn())))
                .add("status", p.status())
                .add("leadMinistry", p.leadMinistry())
                .add("ministries", funders)
                .add("currency", "TWD")
                .add("amountAwarded", p.awarded())
                .add("amountDisbursed", p.disbursed())
                .add("payments", payments)
                .add("languages", languages)
                .add("outputs", outputs)
                .add("facets", Jsons.createArrayBuilder(p.facets().stream().map(Enum::name).sorted().toList()))
                .add("startDate", p.startDate().toString())
                .add("endDate", p.endDate().toString())
                .add("awardDate", p.awardDate().toString())
                .build();
    }

    private static JsonObjectBuilder both(String[] names) {
        return Jsons.createObjectBuilder().add("zh-TW", names[0]).add("en", names[1]);
    }

    /** Names from a lookup, the code itself in both languages when the lookup has none. */
    public static String[] orCode(String code, Function<String, String[]> lookup) {
        String[] found = lookup.apply(code);
        return found == null ? new String[] {code, code} : found;
    }
}
