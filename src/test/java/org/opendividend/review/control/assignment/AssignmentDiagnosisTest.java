package org.opendividend.review.control.assignment;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reason an assignment cannot exist, said with the numbers an officer needs, in both languages. */
class AssignmentDiagnosisTest {

    private static final String BUNDLE = "org.opendividend.platform.i18n.messages";

    @Test
    void anApplicationWithFewerEligibleReviewersThanReviewsIsNamed() {
        AssignmentResult result = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 2, Set.of()), application("A2", 2, Set.of())),
                List.of(reviewer("R1", 0, 2, Set.of()), reviewer("R2", 0, 2, Set.of())),
                List.of(new AssignmentInstance.Conflict("A1", "R2", "same organisation"))));
        assertEquals(List.of(error("assignment.problem.tooFewEligibleReviewers", "A1", 2, 1)), result.errors());
        assertReadable(result, "Application A1 needs 2 reviews, but reviewers of the pool free of conflicts with it and able to take a review: 1.",
                "申請案 A1 需要 2 份審查，但審查委員名單中只有 1 位");
    }

    @Test
    void missingCapacityIsCounted() {
        AssignmentResult result = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 2, Set.of()), application("A2", 2, Set.of()), application("A3", 2, Set.of())),
                List.of(reviewer("R1", 0, 2, Set.of()), reviewer("R2", 0, 3, Set.of())), List.of()));
        assertEquals(List.of(error("assignment.problem.capacityMissing", 1L, 5L, 6L, 3)), result.errors());
        assertReadable(result, "at most 5 reviews together, but the applications (3) need 6. Capacity missing: 1 review.",
                "尚缺 1 份審查量");
    }

    @Test
    void minimumLoadsAboveTheReviewsNeededAndUnreachableOnesAreNamed() {
        AssignmentResult tooHigh = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of()), application("A2", 1, Set.of())),
                List.of(reviewer("R1", 2, 2, Set.of()), reviewer("R2", 1, 2, Set.of())), List.of()));
        assertEquals(List.of(error("assignment.problem.minimumLoadsTooHigh", 1L, 3L, 2L)), tooHigh.errors());
        assertReadable(tooHigh, "minimum loads add up to 3, but the applications need 2 reviews in all: 1 too many", "多出 1 份");

        AssignmentResult unreachable = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of()), application("A2", 1, Set.of())),
                List.of(reviewer("R1", 2, 2, Set.of()), reviewer("R2", 0, 2, Set.of())),
                List.of(new AssignmentInstance.Conflict("A2", "R1", "declared collaborator"))));
        assertEquals(List.of(error("assignment.problem.minimumLoadUnreachable", "R1", 2, 1)), unreachable.errors());
        assertReadable(unreachable, "Reviewer R1 has a minimum load of 2, but applications free of conflicts with them: 1.", "審查委員 R1 至少須審查 2 件");
    }

    @Test
    void aMinimumAboveTheMaximumIsNamed() {
        AssignmentResult result = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of())),
                List.of(reviewer("R1", 3, 1, Set.of()), reviewer("R2", 0, 1, Set.of())), List.of()));
        assertTrue(result.errors().contains(error("assignment.problem.loadRange", "R1", 3, 1)), result.errors().toString());
    }

    @Test
    void aLanguageNobodyReadsIsAWarningAndTheAssignmentGoesAhead() {
        AssignmentResult result = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of("tay")), application("A2", 1, Set.of("tay", "hak"))),
                List.of(reviewer("R1", 0, 2, Set.of("hak")), reviewer("R2", 0, 2, Set.of("cmn"))), List.of()));
        assertTrue(result.assigned());
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(new AssignmentNotice(AssignmentNotice.Severity.WARNING, "assignment.warning.noReader",
                List.of("tay", 2))), result.warnings());
        assertTrue(result.reviews().contains(new AssignmentResult.Review("A2", "R1", result.reviews().stream()
                .filter(r -> r.applicationId().equals("A2")).findFirst().orElseThrow().affinity())),
                "the rule still applies to Hakka, which R1 reads: " + result.reviews());
        assertReadable(result, "No reviewer of the pool reads tay", "沒有人能閱讀 tay");
    }

    @Test
    void aTargetLanguageWhoseReadersAreAllConflictedOrOverloadedIsNamed() {
        AssignmentResult conflicted = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of("hak"))),
                List.of(reviewer("R1", 0, 2, Set.of("hak")), reviewer("R2", 0, 2, Set.of("cmn"))),
                List.of(new AssignmentInstance.Conflict("A1", "R1", "same e-mail domain"))));
        assertEquals(List.of(error("assignment.problem.noEligibleReader", "A1", "hak")), conflicted.errors());
        assertReadable(conflicted, "Application A1 targets the language hak", "申請案 A1 的目標語言為 hak");

        AssignmentResult overloaded = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of("ami")), application("A2", 1, Set.of("ami")),
                        application("A3", 1, Set.of("ami"))),
                List.of(reviewer("R1", 0, 2, Set.of("ami")), reviewer("R2", 0, 3, Set.of("cmn"))), List.of()));
        assertEquals(List.of(error("assignment.problem.readersOverloaded", "ami", 3, 2L)), overloaded.errors());
        assertReadable(overloaded, "Applications that need a reader of ami: 3. Readers of ami can take at most 2",
                "需要能閱讀 ami 之審查委員的申請案有 3 件");
    }

    @Test
    void rulesThatHoldAloneButClashTogetherAreSaidToClash() {
        // each application has an eligible reviewer and the pool has room for both; but it is the same reviewer R1,
        // with room for one, since R2 is conflicted with both
        AssignmentResult clash = ReviewerAssignment.solve(new AssignmentInstance(
                List.of(application("A1", 1, Set.of()), application("A2", 1, Set.of())),
                List.of(reviewer("R1", 0, 1, Set.of()), reviewer("R2", 0, 2, Set.of())),
                List.of(new AssignmentInstance.Conflict("A1", "R2", "advisory"),
                        new AssignmentInstance.Conflict("A2", "R2", "financial"))));
        assertEquals(List.of(error("assignment.problem.combined")), clash.errors());
        assertReadable(clash, "Each rule can be met on its own, but not all at once", "每項規則單獨都能滿足");
    }

    private static AssignmentNotice error(String key, Object... arguments) {
        return new AssignmentNotice(AssignmentNotice.Severity.ERROR, key, List.of(arguments));
    }

    /** Every notice reads as a sentence in both bundles, with its arguments in place. */
    private static void assertReadable(AssignmentResult result, String english, String chinese) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (AssignmentNotice notice : result.notices()) {
            en.add(format(Locale.ENGLISH, notice));
            zh.add(format(Locale.TAIWAN, notice));
        }
        assertTrue(en.stream().anyMatch(t -> t.contains(english)), en.toString());
        assertTrue(zh.stream().anyMatch(t -> t.contains(chinese)), zh.toString());
        en.addAll(zh);
        assertFalse(en.stream().anyMatch(t -> t.contains("{")), en.toString());
    }

    private static String format(Locale locale, AssignmentNotice notice) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(notice.key()), locale).format(notice.arguments().toArray());
    }

    private static AssignmentInstance.Application application(String id, int reviews, Set<String> targets) {
        return new AssignmentInstance.Application(id, "語音", "speech", targets, reviews);
    }

    private static AssignmentInstance.Reviewer reviewer(String id, int min, int max, Set<String> reads) {
        return new AssignmentInstance.Reviewer(id, "語音", "speech", reads, min, max);
    }
}
