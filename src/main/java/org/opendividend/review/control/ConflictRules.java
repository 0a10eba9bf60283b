package org.opendividend.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.validation.Translatable;
import org.opendividend.review.control.ApplicationFacts.Exclusion;
import org.opendividend.review.control.ApplicationFacts.TeamPerson;
import org.opendividend.review.control.ReviewerFacts.Affiliation;
import org.opendividend.review.control.ReviewerFacts.Collaborator;
import org.opendividend.review.entity.Conflict;
import org.opendividend.review.entity.ConflictSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The conflicts of interest between a reviewer and an application, each with its source and the reason officers read.
 * From the facts: the same organisation now or within {@link #YEARS} years (the applying organisation or a team
 * member's affiliation), the same e-mail domain ({@link MailDomains}: public mail domains ignored, a subdomain is the
 * same institution), a collaborator within {@value #YEARS} years. From people's word: the applicant's request to
 * exclude the reviewer, the reviewer's declarations, the officers' additions; officers may lift any source, which then
 * stays listed with their reason. "Within three years" counts calendar years in Taipei: a tie that ended in 2023 still
 * counts throughout 2026 and no longer in 2027. Nothing here is stored; the caller brings the facts.
 */
@ApplicationScoped
public class ConflictRules {

    static final int YEARS = 3;

    @Inject
    Clock clock;

    ConflictRules() {
    }

    public ConflictRules(Clock clock) {
        this.clock = clock;
    }

    /** Every conflict between the reviewer and the application, blocking or lifted, in the order of the sources. */
    public List<Conflict> conflicts(ReviewerFacts reviewer, ApplicationFacts application, OfficerRulings rulings) {
        int thisYear = LocalDate.now(clock.withZone(Formats.TAIPEI)).getYear();
        List<Conflict> found = new ArrayList<>();
        organisations(reviewer, application, thisYear, found);
        emailDomains(reviewer, application, found);
        collaborators(reviewer, application, thisYear, found);
        exclusions(reviewer, application, found);
        reviewer.declared().stream().filter(d -> d.applicationId() == application.applicationId())
                .forEach(d -> found.add(Conflict.of(ConflictSource.REVIEWER_DECLARED, "conflict.reason.declared",
                        new Translatable(d.kind().labelKey()), d.explanation())));
        rulings.added().forEach(a -> found.add(Conflict.of(ConflictSource.OFFICER_ADDED, "conflict.reason.officer",
                a.officerName(), a.reason())));
        return found.stream().map(c -> rulings.lifted().stream().filter(l -> l.source() == c.source()).findFirst()
                .map(l -> c.liftedBy(new Conflict.Lift(l.officerName(), l.reason()))).orElse(c)).toList();
    }

    /** Whether any conflict keeps the reviewer away from the application. */
    public boolean isConflicted(ReviewerFacts reviewer, ApplicationFacts application, OfficerRulings rulings) {
        return conflicts(reviewer, application, rulings).stream().anyMatch(Conflict::blocks);
    }

    private static boolean recent(Integer untilYear, int thisYear) {
        return untilYear == null || thisYear - untilYear <= YEARS;
    }

    private static void organisations(ReviewerFacts reviewer, ApplicationFacts application, int thisYear,
                                      List<Conflict> found) {
        for (Affiliation a : reviewer.organisations()) {
            if (!recent(a.untilYear(), thisYear)) {
                continue;
            }
            boolean applying = a.organisationId() != null ? a.organisationId() == application.organisationId()
                    : PersonMatch.sameName(a.name(), application.organisationName());
            if (applying) {
                found.add(a.isCurrent()
                        ? Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.organisation", a.name())
                        : Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.organisation.former", a.name(),
                        a.untilYear()));
            }
            for (TeamPerson member : application.team()) {
                if (PersonMatch.sameName(a.name(), member.affiliation())) {
                    found.add(a.isCurrent()
                            ? Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.affiliation", a.name(),
                            member.name())
                            : Conflict.of(ConflictSource.ORGANISATION, "conflict.reason.affiliation.former", a.name(),
                            member.name(), a.untilYear()));
                }
            }
        }
    }

    private static void emailDomains(ReviewerFacts reviewer, ApplicationFacts application, List<Conflict> found) {
        Set<String> domains = new TreeSet<>();
        MailDomains.of(reviewer.email()).ifPresent(domains::add);
        reviewer.emailDomains().forEach(d -> MailDomains.normalised(d).ifPresent(domains::add));
        domains.removeIf(MailDomains::isPublic);
        List<Party> parties = new ArrayList<>();
        parties.add(new Party(new Translatable("conflict.party.applicant"), application.applicantEmail()));
        application.team().forEach(m -> parties.add(new Party(m.name(), m.email())));
        for (Party party : parties) {
            Optional<String> theirs = MailDomains.of(party.email()).filter(d -> !MailDomains.isPublic(d));
            theirs.flatMap(d -> domains.stream().filter(mine -> MailDomains.sameInstitution(mine, d)).findFirst())
                    .ifPresent(mine -> found.add(Conflict.of(ConflictSource.EMAIL_DOMAIN, "conflict.reason.emailDomain",
                            mine, party.label(), theirs.get())));
        }
    }

    /** Someone on the application's side with an address: the applicant (a translated label) or a team member. */
    private record Party(Object label, String email) {
    }

    private static void collaborators(ReviewerFacts reviewer, ApplicationFacts application, int thisYear,
                                      List<Conflict> found) {
        for (Collaborator c : reviewer.collaborators()) {
            if (!recent(c.lastYear(), thisYear)) {
                continue;
            }
            if (PersonMatch.sameOrcid(c.orcid(), application.applicantOrcid())) {
                found.add(Conflict.of(ConflictSource.COLLABORATOR, "conflict.reason.collaborator",
                        new Translatable("conflict.party.applicant"), c.orcid(), c.lastYear()));
            }
            application.team().stream().filter(m -> PersonMatch.sameOrcid(c.orcid(), m.orcid()))
                    .forEach(m -> found.add(Conflict.of(ConflictSource.COLLABORATOR, "conflict.reason.collaborator",
                            m.name(), c.orcid(), c.lastYear())));
        }
    }

    /**
     * The applicant's requests that name this reviewer: by e-mail address (case aside), or by name when the
     * organisation given, if any, is one the reviewer belongs or belonged to. A name alone may match a namesake: the
     * officer sees the request's reason and may lift the conflict.
     */
    private static void exclusions(ReviewerFacts reviewer, ApplicationFacts application, List<Conflict> found) {
        for (Exclusion e : application.exclusions()) {
            String other = e.emailOrOrganisation() == null ? "" : e.emailOrOrganisation().strip();
            boolean byAddress = MailDomains.sameAddress(other, reviewer.email());
            boolean byName = PersonMatch.sameName(e.name(), reviewer.fullName())
                    && (other.isEmpty() || other.contains("@")
                    || reviewer.organisations().stream().anyMatch(a -> PersonMatch.sameName(a.name(), other)));
            if (byAddress || byName) {
                String who = other.isEmpty() ? e.name() : e.name() == null || e.name().isBlank() ? other
                        : e.name().strip() + " (" + other + ")";
                found.add(Conflict.of(ConflictSource.EXCLUSION_REQUEST, "conflict.reason.exclusion", who, e.reason()));
            }
        }
    }
}
