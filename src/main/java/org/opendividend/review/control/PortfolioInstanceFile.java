package org.opendividend.review.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.opendividend.platform.Jsons;
import org.opendividend.review.control.portfolio.PortfolioInstance;
import org.opendividend.review.control.portfolio.PortfolioResult;

import java.io.Reader;
import java.io.Writer;
import java.util.List;

/**
 * The JSON form of a portfolio instance and of its result (docs/portfolio-instance.md), so that anyone can solve the
 * instance a call's funding line was drawn from and compare the result. Defaults: a ministry's budget is its share,
 * the call's budget the sum of the shares, a score's interval the score itself, no reduced amount, no quota.
 */
public final class PortfolioInstanceFile {

    private PortfolioInstanceFile() {
    }

    public static PortfolioInstance read(Reader source) {
        try (JsonReader reader = Jsons.createReader(source)) {
            JsonObject root = reader.readObject();
            List<PortfolioInstance.Ministry> ministries = root.getJsonArray("ministries")
                    .getValuesAs(JsonObject.class).stream()
                    .map(m -> new PortfolioInstance.Ministry(m.getString("code"), longOf(m, "share"),
                            m.containsKey("budget") ? longOf(m, "budget") : longOf(m, "share")))
                    .toList();
            long budget = root.containsKey("budget") ? longOf(root, "budget")
                    : ministries.stream().mapToLong(PortfolioInstance.Ministry::share).sum();
            List<PortfolioInstance.Candidate> candidates = root.getJsonArray("candidates")
                    .getValuesAs(JsonObject.class).stream().map(PortfolioInstanceFile::candidate).toList();
            JsonArray quotaArray = root.getJsonArray("moneyQuotas");
            List<PortfolioInstance.MoneyQuota> quotas = quotaArray == null ? List.of()
                    : quotaArray.getValuesAs(JsonObject.class).stream()
                    .map(q -> new PortfolioInstance.MoneyQuota(InstanceJson.strings(q.getJsonArray("languages")),
                            q.getInt("percent")))
                    .toList();
            return new PortfolioInstance(candidates, budget, longOf(root, "maxPerAward"), ministries, quotas,
                    InstanceJson.strings(root.getJsonArray("languagesToCover")));
        }
    }

    private static PortfolioInstance.Candidate candidate(JsonObject c) {
        double score = c.getJsonNumber("score").doubleValue();
        double low = c.containsKey("low") ? c.getJsonNumber("low").doubleValue() : score;
        double high = c.containsKey("high") ? c.getJsonNumber("high").doubleValue() : score;
        Long reduced = c.containsKey("reduced") && c.get("reduced") != JsonValue.NULL ? longOf(c, "reduced") : null;
        return new PortfolioInstance.Candidate(c.getString("id"), score, low, high, longOf(c, "requested"), reduced,
                InstanceJson.strings(c.getJsonArray("targetLanguages")));
    }

    /** Whole TWD: a fraction is refused, not rounded. */
    private static long longOf(JsonObject object, String name) {
        JsonNumber number = object.getJsonNumber(name);
        if (number == null) {
            throw new IllegalArgumentException("\"" + name + "\" is missing");
        }
        return number.bigDecimalValue().longValueExact();
    }

    public static void write(PortfolioInstance instance, Writer target) {
        JsonArrayBuilder ministries = Jsons.createArrayBuilder();
        instance.ministries().forEach(m -> ministries.add(Jsons.createObjectBuilder()
                .add("code", m.code()).add("share", m.share()).add("budget", m.budget())));
        JsonArrayBuilder quotas = Jsons.createArrayBuilder();
        instance.moneyQuotas().forEach(q -> quotas.add(Jsons.createObjectBuilder()
                .add("languages", InstanceJson.sorted(q.languages())).add("percent", q.percent())));
        JsonArrayBuilder candidates = Jsons.createArrayBuilder();
        instance.candidates().forEach(c -> {
            JsonObjectBuilder candidate = Jsons.createObjectBuilder()
                    .add("id", c.id()).add("score", c.score()).add("low", c.low()).add("high", c.high())
                    .add("requested", c.requested());
            if (c.reduced() != null) {
                candidate.add("reduced", c.reduced());
            }
            candidates.add(candidate.add("targetLanguages", InstanceJson.sorted(c.targetLanguages())));
        });
        InstanceJson.write(Jsons.createObjectBuilder()
                .add("budget", instance.budget()).add("maxPerAward", instance.maxPerAward())
                .add("ministries", ministries).add("moneyQuotas", quotas)
                .add("languagesToCover", InstanceJson.sorted(instance.languagesToCover()))
                .add("candidates", candidates), target);
    }

    public static void write(PortfolioResult result, Writer target) {
        JsonObjectBuilder paid = Jsons.createObjectBuilder();
        result.paidByMinistry().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> paid.add(e.getKey(), e.getValue()));
        JsonArrayBuilder ranking = Jsons.createArrayBuilder();
        result.ranking().forEach(r -> ranking.add(Jsons.createObjectBuilder()
                .add("rank", r.rank()).add("id", r.id()).add("score", r.score()).add("low", r.low())
                .add("high", r.high()).add("amount", r.amount()).add("funded", r.funded())));
        JsonArrayBuilder bindings = Jsons.createArrayBuilder();
        result.bindings().forEach(b -> bindings.add(Jsons.createObjectBuilder()
                .add("kind", b.limit().kind().name()).add("subject", b.limit().subject())
                .add("used", b.used()).add("bound", b.bound()).add("effect", b.effect().name())
                .add("gain", b.gain())));
        JsonArrayBuilder notices = Jsons.createArrayBuilder();
        result.notices().forEach(n -> notices.add(InstanceJson.notice(n.severity().name(), n.key(), n.arguments())));
        JsonObjectBuilder root = Jsons.createObjectBuilder()
                .add("status", result.status().name())
                .add("found", result.found())
                .add("provenOptimal", result.provenOptimal())
                .add("objective", result.objective())
                .add("scaledObjective", result.scaledObjective());
        if (result.found()) {
            root.add("bestBound", result.bestBound()).add("gap", result.gap());
        }
        root.add("spent", result.spent())
                .add("paidByMinistry", paid)
                .add("funded", Jsons.createArrayBuilder(result.funded()));
        if (result.fundingLine() == null) {
            root.addNull("fundingLine");
        } else {
            root.add("fundingLine", result.fundingLine().id());
        }
        root.add("reserve", Jsons.createArrayBuilder(ids(result.reserve())))
                .add("greyZone", Jsons.createArrayBuilder(ids(result.greyZone())))
                .add("ranking", ranking)
                .add("bindings", bindings)
                .add("notices", notices);
        InstanceJson.write(root, target);
    }

    private static List<String> ids(List<PortfolioResult.Ranked> ranked) {
        return ranked.stream().map(PortfolioResult.Ranked::id).toList();
    }
}
