package org.opendividend.review.control;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.review.entity.Affiliation;
import org.opendividend.review.entity.Keyword;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewerProfileCheckTest {

    private static final int YEAR = 2026;

    private static ReviewerProfileInput input(Set<String> languages, List<AffiliationRow> affiliations, String domains,
                                              String collaborators, String maxLoad) {
        return new ReviewerProfileInput(Set.of("SPEECH_TECHNOLOGY"), "語音辨識、客語", "speech recognition, Hakka",
                languages, affiliations, domains, collaborators, true, maxLoad);
    }

    private static ReviewerProfileInput valid() {
        return input(Set.of("hak", "ami", "tay", "pwn", "bnn", "dru", "pyu", "tsu", "sxr", "xsy", "trv", "ssf", "tao",
                        "ckv", "xnb", "szy", "nan", "eng"),
                List.of(new AffiliationRow("國立臺灣大學", "2015", "2022"), new AffiliationRow("中央研究院", "2022", ""),
                        new AffiliationRow("", "", "")),
                "ntu.edu.tw\n@sinica.edu.tw", "0000-0002-1825-0097, https://orcid.org/0000-0002-1694-233X", "4");
    }

    private static List<String> fields(ReviewerProfileCheck.Checked checked) {
        return checked.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }

    @Test
    void aCompleteProfileIsKeptAsTyped() {
        ReviewerProfileCheck.Checked checked = ReviewerProfileCheck.check(valid(), YEAR);
        assertEquals(List.of(), checked.problems());
        ReviewerProfileContent content = checked.content();
        assertEquals(Set.of(FocusArea.SPEECH_TECHNOLOGY), content.focusAreas());
        assertEquals(List.of(new Keyword("zh-TW", "語音辨識"), new Keyword("zh-TW", "客語"),
                new Keyword("en", "speech recognition"), new Keyword("en", "Hakka")), content.keywords());
        assertTrue(content.languages().containsAll(Set.of("hak", "ami", "szy", "xnb", "sxr", "trv")), "Hakka and the Indigenous languages");
        assertEquals(List.of(new Affiliation("國立臺灣大學", 2015, 2022), new Affiliation("中央研究院", 2022, null)),
                content.affiliations(), "an empty row is no organisation");
        assertEquals(Set.of("ntu.edu.tw", "sinica.edu.tw"), content.emailDomains());
        assertEquals(Set.of("0000-0002-1825-0097", "0000-0002-1694-233X"), content.collaborators());
        assertEquals(4, content.maxLoadPerCall());
    }

    @Test
    void unknownLanguageCodesAreRefusedByName() {
        ReviewerProfileCheck.Checked checked = ReviewerProfileCheck.check(input(Set.of("hak", "xyz", "zh"), List.of(), "",
                "", "3"), YEAR);
        assertNull(checked.content());
        assertEquals(Set.of(FieldProblem.of("languages", "reviewerProfile.problem.unknownLanguage", "xyz"),
                FieldProblem.of("languages", "reviewerProfile.problem.unknownLanguage", "zh")), Set.copyOf(checked.problems()));
    }

    @Test
    void aCollaboratorWithAWrongCheckCharacterIsRefusedNamingIt() {
        ReviewerProfileCheck.Checked checked = ReviewerProfileCheck.check(input(Set.of(), List.of(), "",
                "0000-0002-1825-0097\n0000-0002-1825-0098", "3"), YEAR);
        assertEquals(List.of(FieldProblem.of("collaborators", "reviewerProfile.problem.orcid", "0000-0002-1825-0098")),
                checked.problems());
    }

    @Test
    void yearsMustBeYearsInOrderAndNotInTheFuture() {
        ReviewerProfileCheck.Checked checked = ReviewerProfileCheck.check(input(Set.of(), List.of(
                new AffiliationRow("A", "2020", "2010"), new AffiliationRow("B", "二〇二〇", ""),
                new AffiliationRow("C", "2030", ""), new AffiliationRow("", "2010", "")), "", "", "3"), YEAR);
        assertEquals(List.of("affiliations.0.toYear reviewerProfile.problem.yearsReversed",
                "affiliations.1.fromYear reviewerProfile.problem.year",
                "affiliations.2.fromYear validation.between",
                "affiliations.3.organisation validation.required"), fields(checked));
    }

    @Test
    void domainsLoadAndFocusAreasAreChecked() {
        ReviewerProfileInput typed = new ReviewerProfileInput(Set.of("NOT_AN_AREA"), "", "", Set.of(), List.of(),
                "not a domain", "", false, "0");
        assertEquals(List.of("focusAreas reviewerProfile.problem.unknownFocusArea", "emailDomains reviewerProfile.problem.domain",
                "maxLoadPerCall validation.between"), fields(ReviewerProfileCheck.check(typed, YEAR)));
        ReviewerProfileInput words = new ReviewerProfileInput(Set.of(), "", "", Set.of(), List.of(), "", "", false, "many");
        assertEquals(List.of("maxLoadPerCall validation.between"), fields(ReviewerProfileCheck.check(words, YEAR)));
    }

    @Test
    void listsAreSplitAtEveryKindOfCommaAndLineBreak() {
        assertEquals(List.of("語音", "客語", "ASR", "TTS", "NLP"), ReviewerProfileCheck.items("語音，客語、ASR; TTS\nNLP, 語音"));
    }
}
