package org.opendividend.review.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.benchmark.SyntheticAssignmentInstances;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.assignment.AssignmentResult;
import org.opendividend.review.control.assignment.ReviewerAssignment;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instance format of docs/assignment-instance.md, read, written and solved. */
class AssignmentInstanceFileTest {

    private static final String DOCUMENTED = """
            {
              "applications": [
                {"id": "A-101", "textZhTw": "客語語音辨識開源模型", "textEn": "An open Hakka speech recognition model",
                 "targetLanguages": ["hak", "tay"], "reviewsNeeded": 1}
              ],
              "reviewers": [
                {"id": "R-7", "expertiseZhTw": "語音辨識 客語", "expertiseEn": "speech recognition, Hakka",
                 "languagesRead": ["cmn", "eng", "hak"], "minLoad": 0, "maxLoad": 6},
                {"id": "R-8", "expertiseEn": "credit scoring", "languagesRead": ["cmn"], "maxLoad": 6}
              ],
              "conflicts": [
                {"applicationId": "A-101", "reviewerId": "R-8", "reason": "same organisation"}
              ]
            }
            """;

    @Test
    void theDocumentedExampleIsReadWithItsDefaultsAndSolved() {
        AssignmentInstance instance = AssignmentInstanceFile.read(new StringReader(DOCUMENTED));
        assertEquals(Set.of("hak", "tay"), instance.applications().get(0).targetLanguages());
        assertEquals(0, instance.reviewers().get(1).minLoad());
        assertEquals("", instance.reviewers().get(1).expertiseZhTw());
        assertEquals("same organisation", instance.conflicts().get(0).reason());

        StringWriter written = new StringWriter();
        AssignmentInstanceFile.write(ReviewerAssignment.solve(instance), written);
        JsonObject result = Json.createReader(new StringReader(written.toString())).readObject();
        assertTrue(result.getBoolean("assigned"));
        assertTrue(result.getBoolean("provenOptimal"));
        assertEquals("MIN_COST_FLOW", result.getString("method"));
        assertEquals("R-7", result.getJsonArray("reviews").getJsonObject(0).getString("reviewerId"));
        assertEquals(result.getJsonNumber("objective").doubleValue(),
                result.getJsonArray("reviews").getJsonObject(0).getJsonNumber("affinity").doubleValue(), 1e-12);
        JsonObject warning = result.getJsonArray("notices").getJsonObject(0);
        assertEquals("assignment.warning.noReader", warning.getString("key"));
        assertTrue(warning.getString("en").startsWith("No reviewer of the pool reads tay"), warning.getString("en"));
        assertTrue(warning.getString("zhTw").startsWith("審查委員名單中沒有人能閱讀 tay"), warning.getString("zhTw"));
    }

    @Test
    void anImpossibleInstanceIsWrittenWithItsReasons() {
        AssignmentInstance instance = new AssignmentInstance(
                List.of(new AssignmentInstance.Application("A1", "", "", Set.of(), 2)),
                List.of(new AssignmentInstance.Reviewer("R1", "", "", Set.of(), 0, 1)), List.of());
        StringWriter written = new StringWriter();
        AssignmentInstanceFile.write(ReviewerAssignment.solve(instance), written);
        JsonObject result = Json.createReader(new StringReader(written.toString())).readObject();
        assertEquals(false, result.getBoolean("assigned"));
        assertEquals("NONE", result.getString("method"));
        assertEquals(0, result.getJsonArray("reviews").size());
        assertTrue(result.getJsonArray("notices").getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("key").equals("assignment.problem.tooFewEligibleReviewers")
                        && n.getString("en").startsWith("Application A1 needs 2 reviews")));
    }

    @Test
    void aWrittenInstanceReadsBackTheSameAndSolvesToTheSameResult() {
        AssignmentInstance generated = SyntheticAssignmentInstances.generate(40, 15, 2, 7);
        StringWriter written = new StringWriter();
        AssignmentInstanceFile.write(generated, written);
        AssignmentInstance read = AssignmentInstanceFile.read(new StringReader(written.toString()));
        assertEquals(generated, read);
        AssignmentResult first = ReviewerAssignment.solve(generated);
        assertTrue(first.assigned(), first.notices().toString());
        assertEquals(first, ReviewerAssignment.solve(read), "the same instance, the same assignment");
        assertEquals(generated, SyntheticAssignmentInstances.generate(40, 15, 2, 7), "the same seed, the same instance");
    }
}
