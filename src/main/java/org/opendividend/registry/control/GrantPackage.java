package org.opendividend.registry.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.platform.Jsons;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry as a 360Giving data package (the 360Giving Data Standard 1.4, package schema): one grant per published
 * award, id {@code 360G-<prefix>-<award number>}, amounts in TWD, the payments as disbursement transactions, each
 * ministry that pays a part as a funding organisation, the call as the grant programme, the languages (ISO 639-3)
 * and output types as classifications. Organisations without an identifier of an organisation-id list get one of the
 * fund's own, {@code 360G-<prefix>-org-<id>} (and ministries {@code 360G-<prefix>-ministry-<code>}), as the standard's
 * identifier guidance allows. Every call is published openly, so every grant is {@code fromOpenCall: Yes}. Pure.
 */
public final class GrantPackage {

    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";

    private GrantPackage() {
    }

    /** Names the package needs: ministries' and languages' names in English (the standard's working language). */
    public record Names(Function<String, String> ministry, Function<String, String> language,
                        Function<String, String> outputType, String publisher) {
    }

    public static JsonObject of(List<RegistryProject> projects, String prefix, URI appRoot, Instant now, Names names) {
        JsonArrayBuilder grants = Jsons.createArrayBuilder();
        projects.forEach(p -> grants.add(grant(p, prefix, appRoot, names)));
        String issued = utc(now);
        return Jsons.createObjectBuilder()
                .add("version", "1.4")
                .add("title", "Open Dividend registry: grants of the " + names.publisher())
                .add("description", "The published awards of the fund (accepted, suspended or terminated), with the "
                        + "payments made and the open outputs each project owes.")
                .add("issued", issued)
                .add("modified", issued)
                .add("identifier", "360G-" + prefix)
                .add("publisher", Jsons.createObjectBuilder().add("name", names.publisher())
                        .add("website", appRoot.resolve("registry/").toString()))
                .add("license", LICENCE)
                .add("downloadURL", appRoot.resolve("api/v1/registry/360giving.json").toString())
                .add("accessURL", appRoot.resolve("registry/").toString())
                .add("grants", grants)
                .build();
    }

    /** The grant's identifier in the package. */
    public static String grantId(String prefix, String awardNumber) {
        return "360G-" + prefix + "-" + awardNumber;
    }

    static JsonObject grant(RegistryProject p, String prefix, URI appRoot, Names names) {
        JsonArrayBuilder funders = Jsons.createArrayBuilder();
        p.ministries().forEach(code -> funders.add(Jsons.createObjectBuilder()
                .add("id", "360G-" + prefix + "-ministry-" + code).add("name", names.ministry().apply(code))));
        JsonArrayBuilder paid = Jsons.createArrayBuilder();
        int n = 0;
        for (PublicAward.Paid payment : p.payments()) {
            n++;
            paid.add(Jsons.createObjectBuilder()
                    .add("id", grantId(prefix, p.number()) + "-payment-" + n)
                    .add("transactionDate", payment.valueDate().toString())
                    .add("valueDate", payment.valueDate().toString())
                    .add("value", payment.amount())
                    .add("currency", "TWD")
                    .add("provider", "360G-" + prefix + "-ministry-" + payment.ministryCode()));
        }
        JsonArrayBuilder classes = Jsons.createArrayBuilder();
        p.languages().forEach(code -> classes.add(Jsons.createObjectBuilder().add("vocabulary", "ISO 639-3")
                .add("code", code).add("title", names.language().apply(code))));
        p.outputs().stream().map(RegistryOutput::type).distinct().forEach(type -> classes.add(
                Jsons.createObjectBuilder().add("vocabulary", "Open Dividend output types").add("code", type.name())
                        .add("title", names.outputType().apply(type.name()))));
        return Jsons.createObjectBuilder()
                .add("id", grantId(prefix, p.number()))
                .add("title", p.titleEn() + " / " + p.titleZhTw())
                .add("description", "Award " + p.number() + " of the call \"" + p.callTitleEn() + "\" ("
                        + p.callTitleZhTw() + ") to " + p.organisationEn() + " (" + p.organisationZhTw() + ").")
                .add("currency", "TWD")
                .add("amountAwarded", p.awarded())
                .add("amountDisbursed", p.disbursed())
                .add("awardDate", p.awardDate().toString())
                .add("url", appRoot.resolve("registry/project.xhtml?id=" + p.number()).toString())
                .add("plannedDates", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("startDate", p.startDate().toString()).add("endDate", p.endDate().toString())))
                .add("recipientOrganization", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("id", "360G-" + prefix + "-org-" + p.organisationId())
                        .add("name", p.organisationEn().isBlank() ? p.organisationZhTw() : p.organisationEn())
                        .add("alternateName", p.organisationZhTw())))
                .add("fundingOrganization", funders)
                .add("grantProgramme", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("code", String.valueOf(p.callId()))
                        .add("title", p.callTitleEn())
                        .add("url", appRoot.resolve("calls/call.xhtml?id=" + p.callId()).toString())))
                .add("fromOpenCall", "Yes")
                .add("classifications", classes)
                .add("disbursementTransaction", paid)
                .add("dateModified", utc(p.modified()))
                .build();
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC));
    }

    /** A name lookup from a map: the code itself where the map has no name. */
    public static Function<String, String> from(Map<String, String> names) {
        return code -> names.getOrDefault(code, code);
    }
}
