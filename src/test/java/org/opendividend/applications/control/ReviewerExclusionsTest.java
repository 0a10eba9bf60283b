package org.opendividend.applications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.boundary.ApplicationForm;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The reviewers an applicant asks to exclude: at most three, each naming someone and giving a reason; kept through the
 * wizard's form, the JSON of the API and the submitted snapshot, and a section of its own for a request for more
 * information.
 */
class ReviewerExclusionsTest {

    private static final ReviewerExclusion RIVAL = new ReviewerExclusion("陳美玲", "mei@example.org", "競爭計畫的主持人");

    private static ApplicationContent with(List<ReviewerExclusion> exclusions) {
        return new ApplicationContent("t", "t", "a", null, null, List.of(), Map.of(), List.of(), List.of(),
                ApplicationContent.Ethics.NONE, exclusions);
    }

    private static List<String> problems(List<ReviewerExclusion> exclusions) {
        return ApplicationChecks.saveProblems(with(exclusions)).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void upToThreeWithTheirReasonsMayBeSaved() {
        assertEquals(List.of(), problems(List.of()));
        assertEquals(List.of(), problems(List.of(RIVAL, new ReviewerExclusion("", "Example University", "rival lab"),
                new ReviewerExclusion("Lin Yu", "", "former supervisor"))));
    }

    @Test
    void aFourthIsRefused() {
        assertEquals(List.of("exclusions:application.problem.tooManyExclusions"),
                problems(List.of(RIVAL, RIVAL, RIVAL, RIVAL)));
    }

    @Test
    void aNameNeedsAReasonAndAReasonNeedsSomeoneNamed() {
        assertEquals(List.of("exclusions.0.reason:application.problem.exclusionReason",
                        "exclusions.1.reason:application.problem.exclusionReason",
                        "exclusions.2.fullName:application.problem.exclusionWho"),
                problems(List.of(new ReviewerExclusion("陳美玲", "", " "), new ReviewerExclusion("", "mei@example.org", ""),
                        new ReviewerExclusion("", "", "a reason for nobody"))));
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        assertEquals(List.of("exclusions.0.fullName:validation.tooLong", "exclusions.0.emailOrOrganisation:validation.tooLong",
                        "exclusions.0.reason:validation.tooLong"),
                problems(List.of(new ReviewerExclusion("x".repeat(201), "y".repeat(301), "z".repeat(1001)))));
    }

    @Test
    void theMessagesReadInBothLanguagesWithTheFieldsLabel() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
            for (String key : List.of("application.problem.tooManyExclusions", "application.problem.exclusionReason",
                    "application.problem.exclusionWho", "wizard.field.exclusions", "wizard.tab.exclusions",
                    "screening.section.exclusions")) {
                String text = Texts.problem(locale, FieldProblem.of(null, key, ReviewerExclusion.MAX));
                assertFalse(text.equals(key) || text.contains("{"), locale + " " + key + ": " + text);
            }
        }
        assertEquals("At most 3 reviewers can be excluded.",
                Texts.text(Locale.ENGLISH, "application.problem.tooManyExclusions", ReviewerExclusion.MAX));
    }

    @Test
    void theFormShowsThreeRowsAndKeepsOnlyThoseWithSomethingTyped() {
        ApplicationForm form = ApplicationForm.of(with(List.of(RIVAL)));
        assertEquals(3, form.getExclusions().size());
        assertEquals("陳美玲", form.getExclusions().get(0).getFullName());
        form.getExclusions().get(2).setFullName(" Lin Yu ");
        assertEquals(List.of(RIVAL, new ReviewerExclusion("Lin Yu", "", "")), form.content().exclusions());
    }

    @Test
    void theJsonOfTheApiAndTheSnapshotCarryThemBothWays() {
        ApplicationContent content = with(List.of(RIVAL, new ReviewerExclusion("Lin Yu", "Example University", "rival")));
        JsonObject json = ApplicationContentJson.addTo(Json.createObjectBuilder(), content).build();
        assertEquals("mei@example.org", json.getJsonArray("exclusions").getJsonObject(0).getString("emailOrOrganisation"));
        assertEquals(content.exclusions(), ApplicationContentJson.read(json).exclusions());
        assertEquals(content.exclusions(), ScreeningSnapshot.content(json.toString()).exclusions());
    }

    @Test
    void aSnapshotFromBeforeExclusionsReadsAsNone() {
        JsonObject json = ApplicationContentJson.addTo(Json.createObjectBuilder(), with(List.of(RIVAL))).build();
        JsonObject older = Json.createObjectBuilder(json).remove("exclusions").build();
        assertEquals(List.of(), ScreeningSnapshot.content(older.toString()).exclusions());
        assertEquals(List.of(), ApplicationContentJson.read(older).exclusions());
    }

    @Test
    void aListThatIsNotOneIsRefusedByTheApi() {
        JsonObject json = Json.createObjectBuilder().add("exclusions", "陳美玲").build();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ApplicationContentJson.read(json));
        assertEquals(List.of("exclusions:api.problem.notAList"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
    }

    @Test
    void theyAreASectionOfTheirOwnForARequestForMoreInformation() {
        ApplicationContent before = with(List.of());
        ApplicationContent after = with(List.of(RIVAL));
        assertEquals(Set.of(ScreeningSection.EXCLUSIONS), ScreeningSection.changed(before, after));
        assertEquals(List.of(), ScreeningSection.merge(before, after, Set.of(ScreeningSection.BUDGET)).exclusions());
        assertEquals(List.of(RIVAL), ScreeningSection.merge(before, after, Set.of(ScreeningSection.EXCLUSIONS)).exclusions());
        assertEquals(Set.of(), ScreeningSection.changed(after,
                with(List.of(new ReviewerExclusion("陳美玲 ", "mei@example.org", "競爭計畫的主持人\r\n")))),
                "compared leniently, as the other sections");
    }
}
