package org.opendividend.review.control;

import java.util.List;
import java.util.Set;

/**
 * A reviewer's profile as typed on the page (or sent otherwise): lists as text, one item per line or separated by
 * commas, numbers as text, so that {@link ReviewerProfileCheck} says what is wrong and nothing typed is lost.
 */
public record ReviewerProfileInput(Set<String> focusAreas, String keywordsZhTw, String keywordsEn,
                                   Set<String> languages, List<AffiliationRow> affiliations, String emailDomains,
                                   String collaborators, boolean available, String maxLoadPerCall) {

    public ReviewerProfileInput {
        focusAreas = focusAreas == null ? Set.of() : Set.copyOf(focusAreas);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }
}
