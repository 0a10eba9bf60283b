package org.opendividend.calls.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallJsonTest {

    static final Instant OPENS = Instant.parse("2026-11-01T01:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-03-31T09:00:00Z");
    static final URI ROOT = URI.create("https://fund.example.tw/od/");
    static final CallJson.MinistryLookup MINISTRIES = code -> switch (code) {
        case "moc" -> Optional.of(new MinistryView("moc", "文化部", "Ministry of Culture"));
        case "moda" -> Optional.of(new MinistryView("moda", "數位發展部", "Ministry of Digital Affairs"));
        default -> Optional.empty();
    };

    /** A complete call led by moc and co-funded by moda, published at the instant given, with the id given. */
    static FundingCall publishedCall(long id, String titleZhTw, String titleEn, Instant publishedAt) {
        Instant created = publishedAt.minus(Duration.ofDays(10));
        FundingCall call = FundingCall.draft("tw-public-ai", "moc", new Actor("officer-sub", "張家豪"), created);
        Map<OutputType, Set<String>> licences = new EnumMap<>(OutputType.class);
        licences.put(OutputType.CODE, new LinkedHashSet<>(List.of("Apache-2.0", "MIT")));
        licences.put(OutputType.MODEL_WEIGHTS, Set.of("Apache-2.0"));
        licences.put(OutputType.DATASET, new LinkedHashSet<>(List.of("CC-BY-4.0", "CC0-1.0")));
        licences.put(OutputType.DOCUMENTATION, Set.of("CC-BY-4.0"));
        licences.put(OutputType.EVALUATION, Set.of("CC-BY-4.0"));
        Map<String, BigDecimal> shares = new TreeMap<>(Map.of("moc", new BigDecimal("20000000"), "moda", new BigDecimal("10000000")));
        call.revise(new CallContent(
                new CallTexts(titleZhTw, titleEn, "語料建置摘要", "Corpus summary",
                        "第一段\n第二段", "First paragraph\nSecond paragraph"),
                new CallContent.Funding(new BigDecimal("30000000"), shares, new BigDecimal("1000000"), new BigDecimal("5000000"), 24),
                new CallContent.Timetable(OPENS, CLOSES),
                new CallContent.Eligibility(EnumSet.of(OrganisationType.UNIVERSITY, OrganisationType.NON_PROFIT),
                EnumSet.of(FocusArea.DATASETS_AND_CORPORA, FocusArea.SPEECH_TECHNOLOGY),
                Set.of("hak", "ami"),
                EnumSet.of(AttachmentType.PROJECT_PLAN, AttachmentType.COMMUNITY_CONSENT),
                List.of(new Question.QuestionSpec("語料計畫", "Corpus plan", "預計蒐集哪些語言？", "Which languages?",
                                QuestionType.LONG_TEXT, true, 800, "", ""),
                        new Question.QuestionSpec("語料計畫", "Corpus plan", "語料類型", "Kind of corpus",
                                QuestionType.SINGLE_CHOICE, true, null, "語音\n文字", "Speech\nText"),
                        new Question.QuestionSpec("社群合作", "Community", "合作對象", "Partners",
                                QuestionType.SHORT_TEXT, false, null, "", ""))),
                new CallContent.Review(List.of(new CallContent.CriterionSpec(new Criterion.CriterionText("社群參與", "Community partnership",
                                "社群的角色", "The community's role"), 60, ScoreScale.ONE_TO_NINE, new BigDecimal("5")),
                        new CallContent.CriterionSpec(new Criterion.CriterionText("品質", "Quality", "品質說明",
                                "About quality"), 40, ScoreScale.ONE_TO_NINE, new BigDecimal("4"))),
                new BigDecimal("6.00"), 3, true),
                new CallContent.Outputs(licences, MofClass.CLASS_II, 6, 10)), new Actor("officer-sub", "張家豪"), created);
        call.apply(CallAction.PUBLISH, new Actor("approver-sub", "吳美玲"), publishedAt);
        setId(call, id);
        return call;
    }

    static void setId(FundingCall call, long id) {
        try {
            var field = FundingCall.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(call, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCallHasTheDocumentedShape() {
        FundingCall call = publishedCall(1001, "客語語料", "Hakka corpora", Instant.parse("2026-10-15T02:00:00Z"));
        JsonObject json = roundTrip(CallJson.call(call, Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT));

        assertEquals(1001, json.getJsonNumber("id").longValue());
        assertEquals("https://fund.example.tw/od/calls/call.xhtml?id=1001", json.getString("url"));
        assertEquals("OPEN", json.getString("status"));
        assertEquals("客語語料", json.getJsonObject("titles").getString("zh-TW"));
        assertEquals("Hakka corpora", json.getJsonObject("titles").getString("en"));
        assertEquals("Corpus summary", json.getJsonObject("summaries").getString("en"));
        assertEquals("moc", json.getJsonObject("leadMinistry").getString("code"));
        assertEquals("文化部", json.getJsonObject("leadMinistry").getJsonObject("names").getString("zh-TW"));
        assertEquals("Ministry of Digital Affairs",
                json.getJsonArray("coFunders").getJsonObject(0).getJsonObject("names").getString("en"));
        assertEquals(1, json.getJsonArray("coFunders").size(), "the lead is not its own co-funder");
        assertEquals(new BigDecimal("30000000"), json.getJsonNumber("budget").bigDecimalValue());
        assertEquals("TWD", json.getString("currency"));
        assertEquals(2, json.getJsonArray("shares").size());
        assertEquals(new BigDecimal("30000000"), json.getJsonArray("shares").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(1000000, json.getInt("minGrant"));
        assertEquals(5000000, json.getInt("maxGrant"));
        assertEquals(24, json.getInt("maxDurationMonths"));
        assertEquals("2026-11-01T01:00:00Z", json.getString("opensAt"));
        assertEquals("2026-11-01T09:00:00+08:00", json.getString("opensAtTaipei"));
        assertEquals("2027-03-31T09:00:00Z", json.getString("closesAt"));
        assertEquals("2027-03-31T17:00:00+08:00", json.getString("closesAtTaipei"));
        assertEquals(List.of("hak", "ami"), codes(json.getJsonArray("targetLanguages")), "in the catalogue's order");
        assertEquals("客語", json.getJsonArray("targetLanguages").getJsonObject(0).getJsonObject("names").getString("zh-TW"));
        assertEquals(List.of("UNIVERSITY", "NON_PROFIT"), codes(json.getJsonArray("organisationTypes")));
        assertEquals("University",
                json.getJsonArray("organisationTypes").getJsonObject(0).getJsonObject("names").getString("en"));
        assertEquals(List.of("DATASETS_AND_CORPORA", "SPEECH_TECHNOLOGY"), codes(json.getJsonArray("focusAreas")));
        assertEquals(List.of("PROJECT_PLAN", "COMMUNITY_CONSENT"), codes(json.getJsonArray("requiredAttachments")));

        JsonArray criteria = json.getJsonArray("criteria");
        assertEquals(2, criteria.size());
        assertEquals("Community partnership", criteria.getJsonObject(0).getJsonObject("names").getString("en"));
        assertEquals(60, criteria.getJsonObject(0).getInt("weightPercent"));
        assertEquals("ONE_TO_NINE", criteria.getJsonObject(0).getJsonObject("scale").getString("code"));
        assertEquals(9, criteria.getJsonObject(0).getJsonObject("scale").getInt("max"));
        assertEquals(5, criteria.getJsonObject(0).getInt("threshold"));
        assertEquals(new BigDecimal("6.00"), json.getJsonNumber("overallThreshold").bigDecimalValue());
        assertEquals(3, json.getInt("reviewsPerApplication"));
        assertTrue(json.getBoolean("blindReview"));

        JsonArray questions = json.getJsonArray("questions");
        assertEquals(3, questions.size());
        assertEquals(800, questions.getJsonObject(0).getInt("wordLimit"));
        assertTrue(questions.getJsonObject(1).isNull("wordLimit"));
        assertEquals(List.of("Speech", "Text"), questions.getJsonObject(1).getJsonObject("choices")
                .getJsonArray("en").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());

        JsonObject policy = json.getJsonObject("licencePolicy");
        assertEquals(Set.of("CODE", "MODEL_WEIGHTS", "DATASET", "DOCUMENTATION", "EVALUATION"), policy.keySet());
        assertEquals(List.of("Apache-2.0", "MIT"), strings(policy.getJsonArray("CODE")));
        assertEquals(List.of("CC-BY-4.0", "CC0-1.0"), strings(policy.getJsonArray("DATASET")));
        assertEquals("CLASS_II", json.getJsonObject("requiredMofClass").getString("code"));
        assertEquals(6, json.getInt("releaseDeadlineMonths"));
        assertEquals(10, json.getInt("retentionPercent"));
        assertEquals(0, json.getJsonArray("deadlineExtensions").size());
        assertEquals("2026-10-15T02:00:00Z", json.getString("publishedAt"));
    }

    @Test
    void noNamesOfStaffAreGiven() {
        FundingCall call = publishedCall(1, "標題", "Title", Instant.parse("2026-10-15T02:00:00Z"));
        call.extendDeadline(CLOSES.plus(Duration.ofDays(14)), "春節連假\nLunar New Year", new Actor("officer-sub", "張家豪"),
                Instant.parse("2026-11-20T06:00:00Z"));
        String text = write(CallJson.call(call, Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT));
        assertFalse(text.contains("張家豪"), text);
        assertFalse(text.contains("吳美玲"), text);
        assertFalse(text.contains("officer-sub"), text);

        JsonObject extension = roundTrip(CallJson.call(call, Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT))
                .getJsonArray("deadlineExtensions").getJsonObject(0);
        assertEquals("2027-03-31T17:00:00+08:00", extension.getString("previousClosesAtTaipei"));
        assertEquals("2027-04-14T17:00:00+08:00", extension.getString("newClosesAtTaipei"));
        assertEquals("春節連假\nLunar New Year", extension.getString("reason"));
    }

    @Test
    void theStatusIsTheStatusAtTheInstantAsked() {
        FundingCall call = publishedCall(7, "標題", "Title", Instant.parse("2026-10-15T02:00:00Z"));
        assertEquals("PUBLISHED", CallJson.call(call, OPENS.minusSeconds(1), MINISTRIES, ROOT).getString("status"));
        assertEquals("OPEN", CallJson.call(call, OPENS, MINISTRIES, ROOT).getString("status"));
        assertEquals("OPEN", CallJson.call(call, CLOSES.minusSeconds(1), MINISTRIES, ROOT).getString("status"));
        assertEquals("CLOSED", CallJson.call(call, CLOSES, MINISTRIES, ROOT).getString("status"),
                "at the closing second the call is closed");
    }

    @Test
    void markupInTextsIsDataThatTheJsonWriterEscapes() {
        String hostile = "<script>alert(1)</script> & \"quotes\" \\ back\u0001slash";
        FundingCall call = publishedCall(9, hostile, hostile, Instant.parse("2026-10-15T02:00:00Z"));
        JsonObject json = CallJson.call(call, Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT);
        String text = write(json);
        assertFalse(text.contains("\"quotes\""), "quotes inside strings are escaped: " + text);
        assertFalse(text.contains("\u0001"), "control characters are escaped: " + text);
        assertEquals(hostile, roundTrip(json).getJsonObject("titles").getString("en"), "and read back unchanged");
    }

    @Test
    void unknownMinistriesAreNamedByTheirCode() {
        FundingCall call = publishedCall(3, "標題", "Title", Instant.parse("2026-10-15T02:00:00Z"));
        JsonObject json = CallJson.call(call, Instant.parse("2026-11-28T00:00:00Z"), code -> Optional.empty(), ROOT);
        assertEquals("moc", json.getJsonObject("leadMinistry").getJsonObject("names").getString("en"));
    }

    @Test
    void theListIsAnArrayOfCallsInTheGivenOrder() {
        Instant published = Instant.parse("2026-10-15T02:00:00Z");
        JsonArray array = CallJson.calls(List.of(publishedCall(2, "乙", "B", published), publishedCall(1, "甲", "A", published)),
                Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT);
        assertEquals(List.of(2L, 1L), array.getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList());
    }

    @Test
    void theApplicationRootComesFromTheRestBase() {
        assertEquals(URI.create("https://fund.example.tw/od/"), CallJson.appRoot(URI.create("https://fund.example.tw/od/api/v1/")));
        assertEquals(URI.create("http://localhost:8080/"), CallJson.appRoot(URI.create("http://localhost:8080/api/v1")));
        assertEquals(URI.create("http://localhost:8080/calls/call.xhtml?id=5"),
                CallJson.pageUrl(URI.create("http://localhost:8080/"), 5));
    }

    @Test
    void aDraftWithoutDatesGivesNulls() {
        FundingCall draft = FundingCall.draft("tw-public-ai", "moc", new Actor("s", "n"), Instant.parse("2026-10-01T00:00:00Z"));
        JsonObject json = CallJson.call(draft, Instant.parse("2026-11-28T00:00:00Z"), MINISTRIES, ROOT);
        assertTrue(json.isNull("id"));
        assertTrue(json.isNull("url"));
        assertTrue(json.isNull("opensAt"));
        assertTrue(json.isNull("closesAtTaipei"));
        assertEquals("DRAFT", json.getString("status"));
    }

    private static List<String> codes(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
    }

    static String write(JsonObject json) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.write(json);
        }
        return out.toString();
    }

    static JsonObject roundTrip(JsonObject json) {
        try (var reader = Json.createReader(new StringReader(write(json)))) {
            return reader.readObject();
        }
    }
}
