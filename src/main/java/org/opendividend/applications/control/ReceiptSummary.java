package org.opendividend.applications.control;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a receipt says about one submitted version, read from the version's frozen snapshot (never from the working
 * copy, which may have changed since) plus the names the snapshot refers to by id. All text is the applicant's and is
 * only ever written out as text.
 */
public record ReceiptSummary(String fundName, String callTitle, String organisation, String receiptNumber,
                             int versionNumber, Instant submittedAt, String submittedBy, String snapshotSha256,
                             String titleZhTw, String titleEn, String abstractText, String startDate,
                             int durationMonths, List<Member> team, List<BudgetItem> budget, List<Output> outputs,
                             List<AttachmentItem> attachments) {

    public record Member(String name, String orcid, String affiliation, boolean principal) {
    }

    public record BudgetItem(String category, int projectYear, String description, BigDecimal amount) {
    }

    public record Output(String type, String title, String licence, String plannedRelease) {
    }

    public record AttachmentItem(String type, String name, long sizeBytes, String sha256) {
    }

    public BigDecimal budgetTotal() {
        return budget.stream().map(BudgetItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The receipt of a version from its snapshot (JSON as {@link ApplicationSnapshot} writes it). */
    public static ReceiptSummary of(String fundName, String callTitle, String organisation, String receiptNumber,
                                    int versionNumber, Instant submittedAt, String submittedBy, String snapshotSha256,
                                    String snapshot) {
        JsonObject s;
        try (JsonReader reader = Jsons.createReader(new StringReader(snapshot))) {
            s = reader.readObject();
        }
        JsonObject titles = s.containsKey("titles") ? s.getJsonObject("titles") : JsonValue.EMPTY_JSON_OBJECT;
        List<Member> team = array(s, "team").getValuesAs(JsonObject.class).stream()
                .map(m -> new Member(m.getString("name", ""), m.getString("orcid", ""), m.getString("affiliation", ""),
                        m.getBoolean("principal", false))).toList();
        List<BudgetItem> budget = array(s, "budget").getValuesAs(JsonObject.class).stream()
                .map(b -> new BudgetItem(b.getString("category", ""), b.getInt("projectYear", 0),
                        b.getString("description", ""),
                        b.containsKey("amount") ? b.getJsonNumber("amount").bigDecimalValue() : BigDecimal.ZERO)).toList();
        List<Output> outputs = array(s, "outputs").getValuesAs(JsonObject.class).stream()
                .map(o -> new Output(o.getString("type", ""), o.getString("title", ""), o.getString("licence", ""),
                        o.getString("plannedRelease", ""))).toList();
        List<AttachmentItem> attachments = array(s, "attachments").getValuesAs(JsonObject.class).stream()
                .map(a -> new AttachmentItem(a.getString("type", ""), a.getString("name", ""),
                        a.containsKey("sizeBytes") ? a.getJsonNumber("sizeBytes").longValue() : 0,
                        a.getString("sha256", ""))).toList();
        return new ReceiptSummary(fundName, callTitle, organisation, receiptNumber, versionNumber, submittedAt,
                submittedBy, snapshotSha256, titles.getString("zh-TW", ""), titles.getString("en", ""),
                s.getString("abstract", ""), s.getString("startDate", ""), s.getInt("durationMonths", 0), team, budget,
                outputs, attachments);
    }

    private static JsonArray array(JsonObject s, String key) {
        return s.containsKey(key) && s.get(key).getValueType() == JsonValue.ValueType.ARRAY ? s.getJsonArray(key)
                : JsonValue.EMPTY_JSON_ARRAY;
    }
}
