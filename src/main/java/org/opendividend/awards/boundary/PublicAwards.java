package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.awards.boundary.disbursement.PaymentRecord;
import org.opendividend.awards.boundary.disbursement.Payments;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationView;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The awards the fund publishes, as {@link PublicAward} read records for the public registry: accepted, suspended
 * and terminated awards only. An offer not (yet) accepted, a declined or withdrawn one never leaves here, and neither
 * does anything of an application that was not funded. Public by the fund's rule, so reading here checks nobody.
 */
@ApplicationScoped
@Transactional
public class PublicAwards {

    /** The statuses the public sees: the agreement was signed (and perhaps suspended or ended since). */
    public static final Set<AwardStatus> PUBLISHED = Set.of(AwardStatus.ACCEPTED, AwardStatus.SUSPENDED,
            AwardStatus.TERMINATED);

    /** How many ids one query names at most. */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Payments payments;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    CallDirectory calls;

    /** Every published award, in the order of their ids. */
    public List<PublicAward> all() {
        return records(published("", Map.of()), payments.all());
    }

    /**
     * The published awards among the ids named (any that is not published, or unknown, is left out), in the order of
     * their ids: what the registry's read model reloads after a change.
     */
    public List<PublicAward> byIds(Collection<Long> ids) {
        List<PublicAward> found = new java.util.ArrayList<>();
        List<Long> all = List.copyOf(new java.util.TreeSet<>(ids));
        // a bounded number of parameters per query (PostgreSQL's limit is 65,535)
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            found.addAll(records(published("and a.id in :ids ", Map.of("ids", chunk)), payments.ofAwards(chunk)));
        }
        return found;
    }

    /**
     * The published awards with their parts and obligations, each collection fetched by one query for all of them
     * (two queries in all, whatever their number) rather than two queries per award.
     */
    private List<Award> published(String where, Map<String, Object> parameters) {
        String select = "select a from Award a left join fetch a.%s where a.status in :published " + where
                + "order by a.id";
        jakarta.persistence.TypedQuery<Award> withParts = em.createQuery(select.formatted("parts"), Award.class)
                .setParameter("published", PUBLISHED);
        jakarta.persistence.TypedQuery<Award> withObligations = em.createQuery(select.formatted("obligations"),
                Award.class).setParameter("published", PUBLISHED);
        parameters.forEach((name, value) -> {
            withParts.setParameter(name, value);
            withObligations.setParameter(name, value);
        });
        List<Award> awards = withParts.getResultList();
        // the same awards, now with their obligations initialised in this persistence context
        withObligations.getResultList();
        return awards;
    }

    /** One published award by its id ({@code 8001}) or its number ({@code 1008-1}); empty for any other. */
    public Optional<PublicAward> one(String idOrNumber) {
        if (idOrNumber == null || idOrNumber.isBlank() || idOrNumber.length() > 40) {
            return Optional.empty();
        }
        String key = idOrNumber.strip();
        List<Award> found = key.matches("\\d{1,18}")
                ? em.createQuery("select a from Award a where a.id = :id and a.status in :published", Award.class)
                .setParameter("id", Long.parseLong(key)).setParameter("published", PUBLISHED).getResultList()
                : em.createQuery("select a from Award a where a.number = :number and a.status in :published",
                Award.class).setParameter("number", key).setParameter("published", PUBLISHED).getResultList();
        return found.stream().findFirst().map(a -> records(List.of(a), payments.ofAward(a.id())).get(0));
    }

    private List<PublicAward> records(List<Award> awards, List<PaymentRecord> paid) {
        if (awards.isEmpty()) {
            return List.of();
        }
        Map<Long, OrganisationView> orgs = organisations.organisations(awards.stream().map(Award::organisationId)
                .collect(Collectors.toSet()));
        Map<Long, CallSummary> callsById = calls.publicSummaries(awards.stream().map(Award::callId)
                .collect(Collectors.toSet()));
        Map<Long, List<PaymentRecord>> paidByAward = paid.stream()
                .collect(Collectors.groupingBy(PaymentRecord::awardId));
        return awards.stream().map(a -> record(a, orgs.get(a.organisationId()), callsById.get(a.callId()),
                paidByAward.getOrDefault(a.id(), List.of()))).toList();
    }

    private static PublicAward record(Award a, OrganisationView org, CallSummary call, List<PaymentRecord> paid) {
        return new PublicAward(a.id(), a.number(), a.callId(), call == null ? "" : call.titleZhTw(),
                call == null ? "" : call.titleEn(), call == null ? Set.of() : call.focusAreas(), a.titleZhTw(),
                a.titleEn(), a.organisationId(), org == null ? "" : org.nameZhTw(), org == null ? "" : org.nameEn(),
                a.leadMinistry(), a.status(), a.amount(),
                a.parts().stream().map(p -> new PublicAward.Part(p.ministryCode(), p.amount())).toList(),
                a.startDate(), a.endDate(), a.offeredAt(), a.answeredAt(),
                a.obligations().stream().map(o -> new PublicAward.Obligation(o.type(), o.title(), o.licenceId(),
                        o.releaseBy(), o.registry(), languages(o.languages()))).toList(),
                paid.stream().map(p -> new PublicAward.Paid(p.ministryCode(), p.valueDate(), p.amount(), p.paidAt()))
                        .toList());
    }

    /** The obligation's languages as the application wrote them: ISO 639-3 codes separated by commas or spaces. */
    static List<String> languages(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(written.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
    }
}
