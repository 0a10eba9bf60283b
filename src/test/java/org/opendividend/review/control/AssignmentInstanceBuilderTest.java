package org.opendividend.review.control;

import org.junit.jupiter.api.Test;
import org.opendividend.review.control.AssignmentInstanceBuilder.EligibleApplication;
import org.opendividend.review.control.AssignmentInstanceBuilder.PastAssignment;
import org.opendividend.review.control.AssignmentInstanceBuilder.PoolReviewer;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.assignment.AssignmentResult;
import org.opendividend.review.control.assignment.ReviewerAssignment;
import org.opendividend.review.entity.AssignmentStatus;
import org.opendividend.review.entity.ConflictSource;
import org.opendividend.review.entity.DeclaredConflictKind;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instance a call's assignment solves: conflicts found by the rules keep pairs apart (lifted ones do not),
 * assignments that count stay fixed and only the gaps are offered, a declined or conflicted assignment is replaced by
 * someone else, and the languages read and targeted reach the solver.
 */
class AssignmentInstanceBuilderTest {

    private static final ConflictRules RULES = new ConflictRules(
            Clock.fixed(Instant.parse("2026-06-15T04:00:00Z"), ZoneOffset.UTC));
    private static final long HAKKA = 1;
    private static final long AMIS = 2;
    private static final long NTU = 70;

    private static EligibleApplication application(long id, String text, String language, long organisationId,
                                                  String organisationName) {
        return new EligibleApplication(id, text, "", Set.of(language), new ApplicationFacts(id,
                "applicant" + id + "@applicants.example", "", organisationId, organisationName, List.of(), List.of()));
    }

    private static PoolReviewer reviewer(String subject, int maxLoad, Set<String> reads,
                                         List<ReviewerFacts.Affiliation> organisations,
                                         List<ReviewerFacts.DeclaredConflict> declared) {
        return new PoolReviewer(subject, subject.hashCode(), "語音 語料", "speech corpora", reads, maxLoad,
                new ReviewerFacts(subject, subject + "@reviewers.example", Set.of(), organisations, List.of(), declared));
    }

    private static List<EligibleApplication> applications() {
        return List.of(application(HAKKA, "客語語音辨識語料", "hak", NTU, "國立臺灣大學"),
                application(AMIS, "阿美語文字語料", "ami", 71, "原住民族語言研究中心"));
    }

    private static AssignmentInstance build(List<PoolReviewer> reviewers, List<PastAssignment> past,
                                            Map<Long, OfficerRulings> rulingsByApplication) {
        return AssignmentInstanceBuilder.build(applications(), reviewers, past, 2, 0, (r, a) -> RULES.conflicts(
                r.facts(), a.facts(), rulingsByApplication.getOrDefault(a.id(), OfficerRulings.NONE)));
    }

    private static Map<String, String> conflicts(AssignmentInstance instance) {
        return instance.conflicts().stream().collect(Collectors.toMap(
                c -> c.applicationId() + "/" + c.reviewerId(), AssignmentInstance.Conflict::reason));
    }

    @Test
    void everyBlockingConflictKeepsAPairApartWithItsReasonAndALiftedOneDoesNot() {
        List<PoolReviewer> reviewers = List.of(
                reviewer("lin", 2, Set.of("hak"), List.of(new ReviewerFacts.Affiliation(NTU, "國立臺灣大學", null)), List.of()),
                reviewer("chen", 2, Set.of("hak"), List.of(), List.of(
                        new ReviewerFacts.DeclaredConflict(AMIS, DeclaredConflictKind.PERSONAL, "my cousin leads it"))),
                reviewer("wang", 2, Set.of("ami"), List.of(), List.of()));
        AssignmentInstance instance = build(reviewers, List.of(), Map.of(AMIS, new OfficerRulings(
                List.of(new OfficerRulings.Added("張家豪", "advises the applicant")), List.of())));

        Map<String, String> conflicts = conflicts(instance);
        assertTrue(conflicts.get(HAKKA + "/lin").contains("國立臺灣大學"), conflicts.toString());
        assertTrue(conflicts.get(AMIS + "/chen").contains("my cousin leads it"), "the reviewer's own declaration");
        assertTrue(conflicts.get(AMIS + "/wang").contains("advises the applicant"), "an officer's addition");
        assertEquals(Set.of(HAKKA + "/lin", AMIS + "/chen", AMIS + "/wang", AMIS + "/lin"), conflicts.keySet(),
                "the officer's addition is for every reviewer of that application here; nothing else is excluded");

        AssignmentInstance lifted = build(reviewers, List.of(), Map.of(HAKKA, new OfficerRulings(List.of(),
                List.of(new OfficerRulings.Lifted(ConflictSource.ORGANISATION, "張家豪", "left in 2019, data error")))));
        assertFalse(conflicts(lifted).containsKey(HAKKA + "/lin"), "a lifted conflict no longer keeps them apart");
    }

    @Test
    void assignmentsThatCountStayFixedAndOnlyTheGapsAreOffered() {
        List<PoolReviewer> reviewers = List.of(reviewer("lin", 3, Set.of("hak"), List.of(), List.of()),
                reviewer("chen", 2, Set.of("hak"), List.of(), List.of()),
                reviewer("wang", 2, Set.of("ami"), List.of(), List.of()));
        List<PastAssignment> past = List.of(
                new PastAssignment(HAKKA, "lin", AssignmentStatus.ACCEPTED),
                new PastAssignment(HAKKA, "chen", AssignmentStatus.SUBMITTED),
                new PastAssignment(AMIS, "wang", AssignmentStatus.DECLINED),
                new PastAssignment(AMIS, "chen", AssignmentStatus.CONFLICT_DECLARED));
        AssignmentInstance instance = AssignmentInstanceBuilder.build(applications(), reviewers, past, 2, 2,
                (r, a) -> List.of());

        Map<String, AssignmentInstance.Application> byId = instance.applications().stream()
                .collect(Collectors.toMap(AssignmentInstance.Application::id, Function.identity()));
        assertEquals(0, byId.get("1").reviewsNeeded(), "both reviews of the Hakka application count: nothing to fill");
        assertEquals(2, byId.get("2").reviewsNeeded(), "a declined and a conflicted assignment leave two gaps");
        assertEquals(Set.of("ami"), byId.get("2").targetLanguages(), "nobody kept on it reads Amis");
        assertEquals(Set.of(), byId.get("1").targetLanguages(), "lin, kept on it, reads Hakka: no other reader needed");
        Map<String, AssignmentInstance.Reviewer> reviewerById = instance.reviewers().stream()
                .collect(Collectors.toMap(AssignmentInstance.Reviewer::id, Function.identity()));
        assertEquals(2, reviewerById.get("lin").maxLoad(), "one of lin's three reviews is taken");
        assertEquals(1, reviewerById.get("lin").minLoad(), "and counts toward the minimum");
        assertEquals(2, reviewerById.get("wang").maxLoad(), "a declined assignment takes no room");
        Map<String, String> conflicts = conflicts(instance);
        assertEquals(Set.of("1/lin", "1/chen", "2/wang", "2/chen"), conflicts.keySet(),
                "no pair is offered twice, and those who declined or declared a conflict are not offered again");
        assertEquals("此審查委員已婉拒本案。", conflicts.get("2/wang"));
    }

    @Test
    void theSolverFillsTheGapsWithReadersOfEachTargetLanguageAndNeverAConflictedPair() {
        List<PoolReviewer> reviewers = List.of(
                reviewer("lin", 2, Set.of("hak", "zho"), List.of(new ReviewerFacts.Affiliation(NTU, "國立臺灣大學", null)), List.of()),
                reviewer("chen", 2, Set.of("hak", "zho"), List.of(), List.of()),
                reviewer("wang", 2, Set.of("ami", "zho"), List.of(), List.of()),
                reviewer("lee", 2, Set.of("zho"), List.of(), List.of()));
        List<PastAssignment> past = List.of(new PastAssignment(AMIS, "lee", AssignmentStatus.ASSIGNED));
        AssignmentInstance instance = build(reviewers, past, Map.of());
        assertEquals(Set.of("hak"), instance.applications().get(0).targetLanguages());
        assertEquals(Set.of("ami", "zho"), instance.reviewers().get(2).languagesRead());

        AssignmentResult result = ReviewerAssignment.solve(instance);

        assertTrue(result.assigned(), result.notices().toString());
        Map<String, List<String>> byApplication = result.reviews().stream().collect(Collectors.groupingBy(
                AssignmentResult.Review::applicationId,
                Collectors.mapping(AssignmentResult.Review::reviewerId, Collectors.toList())));
        assertEquals(2, byApplication.get("1").size());
        assertFalse(byApplication.get("1").contains("lin"), "lin works where the Hakka application's organisation is");
        assertTrue(byApplication.get("1").contains("chen"), "the only free reader of Hakka");
        assertEquals(List.of("wang"), byApplication.get("2"), "one gap left beside lee's assignment, for its reader");
    }
}
