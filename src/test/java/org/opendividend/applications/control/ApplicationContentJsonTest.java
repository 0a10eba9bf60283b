package org.opendividend.applications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApplicationContentJsonTest {

    private static final ApplicationContent CONTENT = new ApplicationContent("客語語料", "Hakka <script>", "摘要",
            LocalDate.of(2027, 7, 1), 18,
            List.of(new TeamMember("林雅琪", "0000-0002-1825-0097", "國立大學", true), new TeamMember("Ann", "", "Lab", false)),
            Map.of(11L, "答案"),
            List.of(new BudgetLine(BudgetCategory.COMPUTE, 2, "GPU", new BigDecimal("1500000"))),
            List.of(new PlannedOutput(OutputType.MODEL_WEIGHTS, "Model", "desc", "Apache-2.0", LocalDate.of(2028, 6, 30),
                    "https://huggingface.co/x", "hak ami")),
            new ApplicationContent.Ethics(true, "pseudonymised", "部落會議", "own recordings"));

    private static JsonObject written(ApplicationContent content) {
        return ApplicationContentJson.addTo(Json.createObjectBuilder(), content).build();
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameContent() {
        assertEquals(CONTENT, ApplicationContentJson.read(written(CONTENT)));
    }

    /** A choice is the list of the chosen options' positions in JSON, the same for a client in either language. */
    @Test
    void aChoiceIsWrittenAndReadAsTheChosenPositions() {
        ApplicationContent chosen = new ApplicationContent(CONTENT.titleZhTw(), CONTENT.titleEn(), CONTENT.abstractText(),
                CONTENT.startDate(), CONTENT.durationMonths(), CONTENT.team(), Map.of(11L, "答案", 12L, "[0,2]"),
                CONTENT.budget(), CONTENT.outputs(), CONTENT.ethics());
        JsonObject json = written(chosen);
        assertEquals(Json.createArrayBuilder().add(0).add(2).build(), json.getJsonObject("answers").get("12"));
        assertEquals("答案", json.getJsonObject("answers").getString("11"));
        assertEquals(chosen, ApplicationContentJson.read(json));
        assertEquals(chosen.answers(), ScreeningSnapshot.content(json.toString()).answers(),
                "a submitted snapshot reads back the same");

        JsonObject unordered = Json.createObjectBuilder(json).add("answers", Json.createObjectBuilder()
                .add("12", Json.createArrayBuilder().add(2).add(0).add(2))).build();
        assertEquals("[0,2]", ApplicationContentJson.read(unordered).answers().get(12L));
    }

    @Test
    void aChoiceOfSomethingOtherThanPositionsCannotBeRead() {
        for (var forged : List.of(Json.createArrayBuilder().add("Speech"), Json.createArrayBuilder().add(-1),
                Json.createArrayBuilder().add(1.5))) {
            JsonObject json = Json.createObjectBuilder(written(CONTENT))
                    .add("answers", Json.createObjectBuilder().add("12", forged)).build();
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ApplicationContentJson.read(json));
            assertEquals(List.of("answers.12:api.problem.unknownValue"),
                    refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        }
    }

    @Test
    void anEmptyObjectIsAnEmptyWorkingCopy() {
        ApplicationContent empty = ApplicationContentJson.read(JsonObject.EMPTY_JSON_OBJECT);
        assertEquals("", empty.titleZhTw());
        assertNull(empty.startDate());
        assertNull(empty.durationMonths());
        assertEquals(List.of(), empty.team());
        assertEquals(ApplicationContent.Ethics.NONE, empty.ethics());
    }

    @Test
    void amountsMayBeTextWithThousandsSeparators() {
        JsonObject json = Json.createObjectBuilder(written(CONTENT)).add("budget", Json.createArrayBuilder().add(
                Json.createObjectBuilder().add("category", "TRAVEL").add("projectYear", 1).add("description", "")
                        .add("amount", "1,200,000"))).build();
        assertEquals(new BigDecimal("1200000"), ApplicationContentJson.read(json).budget().get(0).amount());
    }

    @Test
    void everyUnreadableFieldIsReportedAtOnce() {
        JsonObject json = Json.createObjectBuilder(written(CONTENT))
                .add("startDate", "next spring")
                .add("durationMonths", 1.5)
                .add("budget", Json.createArrayBuilder().add(Json.createObjectBuilder().add("category", "CATERING")
                        .add("projectYear", "one").add("amount", "12a")))
                .add("outputs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "MODEL_WEIGHTS")
                        .add("plannedRelease", "2028-13-01")).add("not an object"))
                .add("answers", Json.createObjectBuilder().add("q1", "x"))
                .add("team", "Ann")
                .build();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ApplicationContentJson.read(json));
        assertEquals(List.of(
                        "team:api.problem.notAList",
                        "answers.q1:api.problem.unknownValue",
                        "budget.0.category:api.problem.unknownValue",
                        "budget.0.projectYear:api.problem.wholeNumber",
                        "budget.0.amount:validation.twd.format",
                        "outputs.0.plannedRelease:api.problem.date",
                        "outputs.1:api.problem.notAnObject",
                        "startDate:api.problem.date",
                        "durationMonths:api.problem.wholeNumber"),
                refused.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        FieldProblem date = refused.problems().stream().filter(p -> p.field().equals("startDate")).findFirst().orElseThrow();
        assertEquals(List.of("next spring"), date.arguments());
    }
}
