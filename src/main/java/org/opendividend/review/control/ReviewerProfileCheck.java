package org.opendividend.review.control;

import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.Orcid;
import org.opendividend.platform.validation.Text;
import org.opendividend.review.entity.Affiliation;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a reviewer's profile: known focus areas and languages (ISO 639-3 codes of {@link TargetLanguages}),
 * keywords and organisations that fit their columns, years in order and not in the future, e-mail domains that are
 * domains, collaborators whose ORCID iDs carry the right check character, and a load per call between 1 and
 * {@value #MAX_LOAD}. Every problem names its field, and the whole input is checked at once.
 */
public final class ReviewerProfileCheck {

    static final int KEYWORD_MAX = 100;
    static final int KEYWORDS_MAX = 30;
    static final int ORGANISATION_MAX = 200;
    static final int AFFILIATIONS_MAX = 20;
    static final int DOMAIN_MAX = 253;
    static final int DOMAINS_MAX = 20;
    static final int COLLABORATORS_MAX = 100;
    static final int MAX_LOAD = 50;
    static final int FIRST_YEAR = 1900;

    /** Commas and semicolons, also the full-width and ideographic ones Chinese text uses, and line breaks. */
    private static final Pattern SEPARATORS = Pattern.compile("[,;，；、\\n\\r]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    /** The outcome: the problems, and when there are none the content to store. */
    public record Checked(List<FieldProblem> problems, ReviewerProfileContent content) {
    }

    private ReviewerProfileCheck() {
    }

    /** @param currentYear the year in Taipei today: no organisation starts or ends later */
    public static Checked check(ReviewerProfileInput input, int currentYear) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<FocusArea> focusAreas = focusAreas(problems, input.focusAreas());
        List<Keyword> keywords = new ArrayList<>(keywords(problems, "keywordsZhTw", Keyword.ZH_TW, input.keywordsZhTw()));
        keywords.addAll(keywords(problems, "keywordsEn", Keyword.EN, input.keywordsEn()));
        Set<String> languages = languages(problems, input.languages());
        List<Affiliation> affiliations = affiliations(problems, input.affiliations(), currentYear);
        Set<String> domains = domains(problems, input.emailDomains());
        Set<String> collaborators = collaborators(problems, input.collaborators());
        int maxLoad = maxLoad(problems, input.maxLoadPerCall());
        return new Checked(List.copyOf(problems), problems.isEmpty() ? new ReviewerProfileContent(focusAreas, keywords,
                languages, affiliations, domains, collaborators, input.available(), maxLoad) : null);
    }

    /** The items of a list typed as text: split at commas, semicolons and line breaks, trimmed, without repeats. */
    public static List<String> items(String typed) {
        if (typed == null) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(SEPARATORS.split(typed)).map(String::strip).filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    private static Set<FocusArea> focusAreas(List<FieldProblem> problems, Set<String> names) {
        Set<FocusArea> areas = EnumSet.noneOf(FocusArea.class);
        for (String name : names) {
            Arrays.stream(FocusArea.values()).filter(a -> a.name().equals(name)).findFirst().ifPresentOrElse(areas::add,
                    () -> problems.add(FieldProblem.of("focusAreas", "reviewerProfile.problem.unknownFocusArea", name)));
        }
        return areas;
    }

    private static List<Keyword> keywords(List<FieldProblem> problems, String field, String language, String typed) {
        List<String> items = items(typed);
        if (items.size() > KEYWORDS_MAX) {
            problems.add(FieldProblem.of(field, "reviewerProfile.problem.tooMany", KEYWORDS_MAX));
        }
        items.stream().filter(k -> k.length() > KEYWORD_MAX).findFirst().ifPresent(k ->
                problems.add(FieldProblem.of(field, "reviewerProfile.problem.keywordTooLong", KEYWORD_MAX)));
        return items.stream().map(k -> new Keyword(language, k)).toList();
    }

    private static Set<String> languages(List<FieldProblem> problems, Set<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        for (String code : codes) {
            if (TargetLanguages.isKnown(code)) {
                known.add(code);
            } else {
                problems.add(FieldProblem.of("languages", "reviewerProfile.problem.unknownLanguage", code));
            }
        }
        return known;
    }

    private static List<Affiliation> affiliations(List<FieldProblem> problems, List<AffiliationRow> rows, int currentYear) {
        List<Affiliation> affiliations = new ArrayList<>();
        List<AffiliationRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
        if (filled.size() > AFFILIATIONS_MAX) {
            problems.add(FieldProblem.of("affiliations", "reviewerProfile.problem.tooMany", AFFILIATIONS_MAX));
        }
        for (int i = 0; i < rows.size(); i++) {
            AffiliationRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String at = "affiliations." + i + ".";
            int before = problems.size();
            Text.required(problems, at + "organisation", row.organisation());
            Text.maxLength(problems, at + "organisation", row.organisation() == null ? null : row.organisation().strip(),
                    ORGANISATION_MAX);
            Integer from = year(problems, at + "fromYear", row.fromYear(), currentYear, true);
            Integer to = year(problems, at + "toYear", row.toYear(), currentYear, false);
            if (from != null && to != null && to < from) {
                problems.add(FieldProblem.of(at + "toYear", "reviewerProfile.problem.yearsReversed"));
            }
            if (problems.size() == before) {
                affiliations.add(new Affiliation(row.organisation().strip(), from, to));
            }
        }
        return affiliations;
    }

    private static Integer year(List<FieldProblem> problems, String field, String typed, int currentYear, boolean required) {
        if (typed == null || typed.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
            return null;
        }
        try {
            int year = Integer.parseInt(typed.strip());
            if (year < FIRST_YEAR || year > currentYear) {
                problems.add(FieldProblem.of(field, "validation.between", FIRST_YEAR, currentYear));
                return null;
            }
            return year;
        } catch (NumberFormatException notAYear) {
            problems.add(FieldProblem.of(field, "reviewerProfile.problem.year"));
            return null;
        }
    }

    private static Set<String> domains(List<FieldProblem> problems, String typed) {
        Set<String> domains = new LinkedHashSet<>();
        for (String item : items(typed)) {
            String domain = item.replaceFirst("^.*@", "").toLowerCase(Locale.ROOT);
            if (domain.length() > DOMAIN_MAX || !DOMAIN.matcher(domain).matches()) {
                problems.add(FieldProblem.of("emailDomains", "reviewerProfile.problem.domain", item));
            } else {
                domains.add(domain);
            }
        }
        if (domains.size() > DOMAINS_MAX) {
            problems.add(FieldProblem.of("emailDomains", "reviewerProfile.problem.tooMany", DOMAINS_MAX));
        }
        return domains;
    }

    private static Set<String> collaborators(List<FieldProblem> problems, String typed) {
        Set<String> orcids = new LinkedHashSet<>();
        for (String item : items(typed)) {
            Orcid.parse(item).ifPresentOrElse(orcids::add,
                    () -> problems.add(FieldProblem.of("collaborators", "reviewerProfile.problem.orcid", item)));
        }
        if (orcids.size() > COLLABORATORS_MAX) {
            problems.add(FieldProblem.of("collaborators", "reviewerProfile.problem.tooMany", COLLABORATORS_MAX));
        }
        return orcids;
    }

    private static int maxLoad(List<FieldProblem> problems, String typed) {
        if (typed == null || typed.isBlank()) {
            problems.add(FieldProblem.of("maxLoadPerCall", "validation.required"));
            return 0;
        }
        try {
            int load = Integer.parseInt(typed.strip());
            Text.between(problems, "maxLoadPerCall", load, 1, MAX_LOAD);
            return load;
        } catch (NumberFormatException notANumber) {
            problems.add(FieldProblem.of("maxLoadPerCall", "validation.between", 1, MAX_LOAD));
            return 0;
        }
    }
}
