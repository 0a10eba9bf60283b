package org.opendividend.review.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendividend.review.control.portfolio.PortfolioInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The instance format of docs/portfolio-instance.md and the command that solves a file of it. */
class SolvePortfolioInstanceTest {

    /** The example of docs/portfolio-instance.md, as it stands there. */
    private static final String DOCUMENTED = """
            {
              "budget": 10000000,
              "maxPerAward": 3000000,
              "ministries": [
                {"code": "moc", "share": 6000000},
                {"code": "moda", "share": 4000000, "budget": 3000000}
              ],
              "moneyQuotas": [{"languages": ["hak", "ami"], "percent": 30}],
              "languagesToCover": ["ami", "tay"],
              "candidates": [
                {"id": "A-101", "score": 84.2, "low": 79.0, "high": 89.5, "requested": 3000000, "targetLanguages": ["cmn"]},
                {"id": "A-102", "score": 81.7, "low": 76.3, "high": 86.0, "requested": 2800000, "reduced": 2400000,
                 "targetLanguages": ["hak", "cmn"]},
                {"id": "A-103", "score": 79.9, "low": 75.2, "high": 84.1, "requested": 2500000, "targetLanguages": ["cmn"]},
                {"id": "A-104", "score": 74.5, "low": 70.0, "high": 80.3, "requested": 1500000, "targetLanguages": ["ami"]},
                {"id": "A-105", "score": 72.0, "low": 66.1, "high": 77.4, "requested": 2000000, "targetLanguages": ["nan"]},
                {"id": "A-106", "score": 68.3, "low": 60.2, "high": 75.0, "requested": 1200000, "targetLanguages": ["hak"]}
              ]
            }
            """;

    @TempDir
    Path directory;

    @Test
    void theDocumentedExampleIsSolvedIntoAResultFile() throws IOException {
        String documentation = Files.readString(Path.of("docs/portfolio-instance.md"));
        DOCUMENTED.lines().map(String::strip).forEach(line ->
                assertTrue(documentation.contains(line), "the documentation's example has " + line));
        Path instance = Files.writeString(directory.resolve("instance.json"), DOCUMENTED);
        Path written = directory.resolve("result.json");
        assertEquals(0, SolvePortfolioInstance.run(new String[] {instance.toString(), written.toString()},
                System.out, System.err));
        JsonObject result = Json.createReader(new StringReader(Files.readString(written))).readObject();
        assertEquals("OPTIMAL", result.getString("status"));
        assertEquals(296.5, result.getJsonNumber("objective").doubleValue(), 1e-9);
        assertEquals(296_500_000L, result.getJsonNumber("scaledObjective").longValue());
        assertEquals(7_100_000L, result.getJsonNumber("spent").longValue());
        assertEquals(2_840_000L, result.getJsonObject("paidByMinistry").getJsonNumber("moda").longValue());
        assertEquals(List.of("A-102", "A-104", "A-105", "A-106"), strings(result, "funded"));
        assertEquals("A-106", result.getString("fundingLine"));
        assertEquals(List.of("A-101", "A-103"), strings(result, "reserve"));
        assertEquals(List.of("A-105"), strings(result, "greyZone"));
        assertEquals(6, result.getJsonArray("ranking").size());
        JsonObject moda = result.getJsonArray("bindings").getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("effect").equals("BINDS")).findFirst().orElseThrow();
        assertEquals("moda", moda.getString("subject"));
        assertEquals(79.9, moda.getJsonNumber("gain").doubleValue(), 1e-9);
        JsonObject warning = result.getJsonArray("notices").getJsonObject(0);
        assertEquals("portfolio.warning.noCandidateForLanguage", warning.getString("key"));
        assertEquals("No application targets tay, so no funded project for tay is required.",
                warning.getString("en"));
        assertTrue(warning.getString("zhTw").startsWith("沒有以 tay 為目標語言的申請案"), warning.getString("zhTw"));
    }

    @Test
    void anImpossibleInstanceIsPrintedWithItsReasonsAndExitsWithOne() throws IOException {
        Path instance = Files.writeString(directory.resolve("impossible.json"), """
                {"maxPerAward": 2000000, "ministries": [{"code": "moc", "share": 1000000}],
                 "languagesToCover": ["ami"],
                 "candidates": [{"id": "T", "score": 70, "requested": 1500000, "targetLanguages": ["ami"]}]}
                """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(1, SolvePortfolioInstance.run(new String[] {instance.toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8), System.err));
        JsonObject result = Json.createReader(new StringReader(printed.toString(StandardCharsets.UTF_8))).readObject();
        assertEquals("INFEASIBLE", result.getString("status"));
        assertFalse(result.getBoolean("found"));
        assertTrue(result.isNull("fundingLine"));
        JsonObject error = result.getJsonArray("notices").getJsonObject(0);
        assertEquals("portfolio.problem.languageOverBudget", error.getString("key"));
        assertTrue(error.getString("en").startsWith("No application for ami fits the call's budget: the cheapest, T, "
                + "needs 1,500,000 TWD, and the budget is 1,000,000 TWD."), error.getString("en"));
    }

    @Test
    void aBadCommandLineExitsWithTwo() throws IOException {
        assertEquals(2, SolvePortfolioInstance.run(new String[0], System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void aWrittenInstanceReadsBackTheSame() {
        PortfolioInstance read = PortfolioInstanceFile.read(new StringReader(DOCUMENTED));
        assertEquals(10_000_000, read.budget());
        assertEquals(6_000_000, read.ministries().get(0).budget(), "a ministry's budget defaults to its share");
        assertEquals(2_400_000L, read.candidates().get(1).reduced());
        StringWriter written = new StringWriter();
        PortfolioInstanceFile.write(read, written);
        assertEquals(read, PortfolioInstanceFile.read(new StringReader(written.toString())));
    }

    @Test
    void everyNoticeKeyOfTheSolverIsInBothBundles() throws IOException {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        try (var sources = Files.list(Path.of("src/main/java/org/opendividend/review/control/portfolio"))) {
            for (Path source : sources.toList()) {
                java.util.regex.Matcher key = java.util.regex.Pattern.compile("\"(portfolio\\.(?:problem|warning)\\.\\w+)\"")
                        .matcher(Files.readString(source));
                while (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        assertTrue(keys.size() >= 14, "the solver's keys are found: " + keys);
        for (String bundle : List.of("messages_en.properties", "messages_zh_TW.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (var reader = Files.newBufferedReader(
                    Path.of("src/main/resources/org/opendividend/platform/i18n", bundle), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            keys.forEach(k -> assertTrue(messages.containsKey(k), bundle + " has " + k));
        }
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
