package org.opendividend.review.boundary;

import org.opendividend.calls.entity.FocusArea;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.review.control.ReviewerFacts;
import org.opendividend.review.entity.Affiliation;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.Set;

/**
 * A reviewer's profile as the assignment and the conflict-of-interest rules read it (from {@link ReviewerProfiles}):
 * who, what they know, which languages they read, where they worked and when, their mail domains and collaborators,
 * and whether and how much they review. A reviewer who never saved a profile has an empty one, available with the
 * default load.
 *
 * @param subject the identity provider's subject of the reviewer
 */
public record ReviewerProfileRecord(String subject, String displayName, String email, Set<FocusArea> focusAreas,
                                    List<Keyword> keywords, Set<String> languages, List<Affiliation> affiliations,
                                    Set<String> emailDomains, Set<String> collaborators, boolean available,
                                    int maxLoadPerCall) {

    public ReviewerProfileRecord {
        focusAreas = Set.copyOf(focusAreas);
        keywords = List.copyOf(keywords);
        languages = Set.copyOf(languages);
        affiliations = List.copyOf(affiliations);
        emailDomains = Set.copyOf(emailDomains);
        collaborators = Set.copyOf(collaborators);
    }

    static ReviewerProfileRecord of(String subject, String displayName, String email, ReviewerProfileContent content) {
        return new ReviewerProfileRecord(subject, displayName, email, content.focusAreas(), content.keywords(),
                content.languages(), content.affiliations(), content.emailDomains(), content.collaborators(),
                content.available(), content.maxLoadPerCall());
    }

    /**
     * What the conflict rules know of this reviewer: the organisations as written (matched by name), the mail domains,
     * the collaborators (the profile keeps no year: counted as of this year) and the conflicts they declared.
     */
    public ReviewerFacts facts(int thisYear, List<ReviewerFacts.DeclaredConflict> declared) {
        return new ReviewerFacts(displayName, email == null ? "" : email, emailDomains,
                affiliations.stream().map(a -> new ReviewerFacts.Affiliation(null, a.organisation(), a.toYear())).toList(),
                collaborators.stream().sorted().map(orcid -> new ReviewerFacts.Collaborator(orcid, thisYear)).toList(),
                declared);
    }

    /** The expertise in one language, as the assignment's affinity reads it: the focus areas' names and the keywords. */
    public String expertise(Locale language, String keywordLanguage) {
        return Stream.concat(focusAreas.stream().sorted().map(f -> Texts.text(language, f.labelKey())),
                keywords(keywordLanguage).stream()).collect(Collectors.joining("\n"));
    }

    /** The keywords written in one language ({@link Keyword#ZH_TW} or {@link Keyword#EN}). */
    public List<String> keywords(String language) {
        return keywords.stream().filter(k -> k.language().equals(language)).map(Keyword::text).toList();
    }
}
