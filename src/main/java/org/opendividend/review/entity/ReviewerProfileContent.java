package org.opendividend.review.entity;

import org.opendividend.calls.entity.FocusArea;

import java.util.List;
import java.util.Set;

/**
 * What a reviewer says about themselves, checked ({@code ReviewerProfileCheck}): expertise (the calls' focus areas and
 * free keywords in both languages), the languages they read (ISO 639-3), organisations with years, the e-mail domains
 * they write from, collaborators by ORCID iD, whether they are available and how many applications of one call they
 * review at most.
 */
public record ReviewerProfileContent(Set<FocusArea> focusAreas, List<Keyword> keywords, Set<String> languages,
                                     List<Affiliation> affiliations, Set<String> emailDomains,
                                     Set<String> collaborators, boolean available, int maxLoadPerCall) {

    public static final int DEFAULT_MAX_LOAD = 5;

    public ReviewerProfileContent {
        focusAreas = Set.copyOf(focusAreas);
        keywords = List.copyOf(keywords);
        languages = Set.copyOf(languages);
        affiliations = List.copyOf(affiliations);
        emailDomains = Set.copyOf(emailDomains);
        collaborators = Set.copyOf(collaborators);
    }

    /** A new reviewer's: nothing said yet, available, the default load. */
    public static ReviewerProfileContent empty() {
        return new ReviewerProfileContent(Set.of(), List.of(), Set.of(), List.of(), Set.of(), Set.of(), true,
                DEFAULT_MAX_LOAD);
    }
}
