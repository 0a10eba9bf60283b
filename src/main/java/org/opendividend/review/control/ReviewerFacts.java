package org.opendividend.review.control;

import org.opendividend.review.entity.DeclaredConflictKind;

import java.util.List;
import java.util.Set;

/**
 * What the conflict rules need to know about a reviewer, whatever keeps it (the reviewer's profile maps to this):
 * the name and e-mail address, further e-mail domains of their institutions, the organisations they belong or
 * belonged to, the researchers they collaborated with (ORCID iDs) and the conflicts they declared themselves.
 */
public record ReviewerFacts(String fullName, String email, Set<String> emailDomains, List<Affiliation> organisations,
                            List<Collaborator> collaborators, List<DeclaredConflict> declared) {

    /**
     * An organisation the reviewer belongs to ({@code untilYear} empty) or belonged to until that year. The
     * organisation's id in the organisations component when it is known there, and its name as the reviewer wrote it.
     */
    public record Affiliation(Long organisationId, String name, Integer untilYear) {

        public boolean isCurrent() {
            return untilYear == null;
        }
    }

    /** A researcher the reviewer worked with, by ORCID iD, and the last year they did. */
    public record Collaborator(String orcid, int lastYear) {
    }

    /** A conflict the reviewer declared on an application, with their explanation. */
    public record DeclaredConflict(long applicationId, DeclaredConflictKind kind, String explanation) {
    }

    public ReviewerFacts {
        emailDomains = Set.copyOf(emailDomains);
        organisations = List.copyOf(organisations);
        collaborators = List.copyOf(collaborators);
        declared = List.copyOf(declared);
    }
}
