package org.opendividend.applications.control;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.outputs.entity.OutputType;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a submitted version's snapshot (written by {@link ApplicationSnapshot}) back as content, so that screening
 * looks at exactly what was submitted, not at the working copy the applicant may be editing.
 */
public final class ScreeningSnapshot {

    private ScreeningSnapshot() {
    }

    public static ApplicationContent content(String snapshot) {
        try (JsonReader reader = Jsons.createReader(new StringReader(snapshot))) {
            JsonObject s = reader.readObject();
            JsonObject titles = s.getJsonObject("titles");
            List<TeamMember> team = s.getJsonArray("team").getValuesAs(JsonObject.class).stream()
                    .map(m -> new TeamMember(m.getString("name"), blankToNull(m.getString("orcid", "")),
                            m.getString("affiliation"), m.getBoolean("principal"))).toList();
            Map<Long, String> answers = new TreeMap<>();
            s.getJsonObject("answers").forEach((q, a) -> answers.put(Long.valueOf(q), ApplicationContentJson.answerText(a).orElseThrow()));
            List<BudgetLine> budget = s.getJsonArray("budget").getValuesAs(JsonObject.class).stream()
                    .map(l -> new BudgetLine(BudgetCategory.valueOf(l.getString("category")), l.getInt("projectYear"),
                            l.getString("description"), l.getJsonNumber("amount").bigDecimalValue())).toList();
            List<PlannedOutput> outputs = s.getJsonArray("outputs").getValuesAs(JsonObject.class).stream()
                    .map(o -> new PlannedOutput(OutputType.valueOf(o.getString("type")), o.getString("title"),
                            o.getString("description"), o.getString("licence"), date(o.getString("plannedRelease")),
                            o.getString("registry"), o.getString("languages"))).toList();
            JsonObject e = s.getJsonObject("ethics");
            JsonNumber duration = s.getJsonNumber("durationMonths");
            return new ApplicationContent(titles.getString("zh-TW"), titles.getString("en"), s.getString("abstract"),
                    date(s.getString("startDate")), duration == null || duration.intValue() == 0 ? null : duration.intValue(),
                    team, answers, budget, outputs,
                    new ApplicationContent.Ethics(e.getBoolean("personalData"), e.getString("personalDataMeasures"),
                            e.getString("communityConsent"), e.getString("trainingDataRights")),
                    ApplicationContentJson.exclusions(s));
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() || "null".equals(text) ? null : LocalDate.parse(text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
