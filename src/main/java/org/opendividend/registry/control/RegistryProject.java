package org.opendividend.registry.control;

import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.i18n.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A funded project as the public registry shows it: the award (number, titles, status, dates), who carries it out
 * (an organisation, never a person), its call, the ministries that fund it with their parts, what was awarded and
 * what was disbursed (the sum of the recorded payments, each with its value date), its languages (those of its
 * outputs), its outputs and the facets of public AI it shows. Amounts are whole TWD.
 */
public record RegistryProject(long id, String number, long callId, String callTitleZhTw, String callTitleEn,
                              String titleZhTw, String titleEn, long organisationId, String organisationZhTw,
                              String organisationEn, String leadMinistry, String status, long awarded, long disbursed,
                              List<PublicAward.Part> parts, List<PublicAward.Paid> payments, List<String> languages,
                              List<RegistryOutput> outputs, Set<PublicAiFacet> facets, LocalDate startDate,
                              LocalDate endDate, LocalDate awardDate, Instant modified) {

    public RegistryProject {
        parts = List.copyOf(parts);
        payments = List.copyOf(payments);
        languages = List.copyOf(languages);
        outputs = List.copyOf(outputs);
        facets = Set.copyOf(facets);
    }

    /** The project of a published award with its outputs (from {@link ObligationOutputs}). */
    public static RegistryProject of(PublicAward a, List<RegistryOutput> outputs) {
        Set<String> languages = new LinkedHashSet<>();
        outputs.forEach(o -> languages.addAll(o.languages()));
        long disbursed = a.payments().stream().mapToLong(PublicAward.Paid::amount).sum();
        Instant modified = Stream.concat(Stream.of(a.offeredAt(), a.answeredAt()),
                        a.payments().stream().map(PublicAward.Paid::recordedAt))
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(a.offeredAt());
        return new RegistryProject(a.id(), a.number(), a.callId(), a.callTitleZhTw(), a.callTitleEn(), a.titleZhTw(),
                a.titleEn(), a.organisationId(), a.organisationZhTw(), a.organisationEn(), a.leadMinistry(),
                a.status().name(), a.amount(), disbursed, a.parts(), a.payments(), List.copyOf(languages), outputs,
                PublicAiFacet.of(languages, outputs, a.callFocusAreas()), a.startDate(), a.endDate(),
                LocalDate.ofInstant(a.offeredAt(), Formats.TAIPEI), modified);
    }

    /** The ministries that fund it: the lead first, then the co-funders. */
    public List<String> ministries() {
        return Stream.concat(Stream.of(leadMinistry), parts.stream().map(PublicAward.Part::ministryCode))
                .distinct().toList();
    }

    /** The ministries other than the lead that pay a part. */
    public List<String> coFunders() {
        return ministries().stream().filter(m -> !m.equals(leadMinistry)).toList();
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    public String organisation(Locale locale) {
        return BilingualText.pick(locale, organisationZhTw, organisationEn);
    }

    public String callTitle(Locale locale) {
        return BilingualText.pick(locale, callTitleZhTw, callTitleEn);
    }

    /** The facets in their order, for showing. */
    public List<PublicAiFacet> facetList() {
        return facets.stream().sorted().toList();
    }

    /** What one ministry paid under the award. */
    public long disbursedBy(String ministryCode) {
        return payments.stream().filter(p -> p.ministryCode().equals(ministryCode))
                .mapToLong(PublicAward.Paid::amount).sum();
    }
}
