package org.opendividend.calls.boundary;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.DeadlineExtension;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The public JSON form of a call, as {@code GET /api/v1/calls} answers it. Texts people typed come in both
 * languages ({@code {"zh-TW": …, "en": …}}), coded values with their names in both languages, amounts as whole TWD
 * numbers, instants both in UTC and in Taipei time. Escaping is the JSON writer's: texts are data here, never markup.
 * Who wrote, published or extended the call is not part of it.
 */
public final class CallJson {

    public static final String ZH_TW = "zh-TW";
    public static final String EN = "en";
    public static final String CURRENCY = "TWD";
    private static final DateTimeFormatter TAIPEI_ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Formats.TAIPEI);

    private CallJson() {
    }

    /** Ministries by code; a code the fund does not know is named by itself. */
    public interface MinistryLookup extends Function<String, Optional<MinistryView>> {
    }

    public static JsonArray calls(Collection<FundingCall> calls, Instant now, MinistryLookup ministries, URI appRoot) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        calls.forEach(c -> array.add(call(c, now, ministries, appRoot)));
        return array.build();
    }

    public static JsonObject call(FundingCall c, Instant now, MinistryLookup ministries, URI appRoot) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", c.id() == null ? JsonValue.NULL : Jsons.createValue(c.id()))
                .add("url", c.id() == null ? JsonValue.NULL : Jsons.createValue(pageUrl(appRoot, c.id()).toString()))
                .add("programme", c.programmeCode())
                .add("status", c.statusAt(now).name())
                .add("titles", bilingual(c.texts().titleZhTw(), c.texts().titleEn()))
                .add("summaries", bilingual(c.texts().summaryZhTw(), c.texts().summaryEn()))
                .add("descriptions", bilingual(c.texts().descriptionZhTw(), c.texts().descriptionEn()))
                .add("leadMinistry", ministry(c.leadMinistry(), ministries))
                .add("coFunders", array(c.coFunders(), code -> ministry(code, ministries)))
                .add("budget", amount(c.budget()))
                .add("currency", CURRENCY)
                .add("shares", array(c.shares().entrySet(), e -> Jsons.createObjectBuilder()
                        .add("ministry", e.getKey()).add("amount", amount(e.getValue())).build()))
                .add("minGrant", amount(c.minGrant()))
                .add("maxGrant", amount(c.maxGrant()))
                .add("maxDurationMonths", c.maxDurationMonths())
                .add("opensAt", utc(c.opensAt()))
                .add("opensAtTaipei", taipei(c.opensAt()))
                .add("closesAt", utc(c.closesAt()))
                .add("closesAtTaipei", taipei(c.closesAt()))
                .add("publishedAt", utc(c.authorship().publishedAt()))
                .add("targetLanguages", array(c.targetLanguages(), CallJson::language))
                .add("organisationTypes", array(c.organisationTypes(), t -> coded(t.name(), t.labelKey())))
                .add("focusAreas", array(c.focusAreas(), f -> coded(f.name(), f.labelKey())))
                .add("requiredAttachments", array(c.requiredAttachments(), a -> coded(a.name(), a.labelKey())))
                .add("criteria", array(c.reviewSetup().criteria(), CallJson::criterion))
                .add("overallThreshold", amount(c.reviewSetup().overallThreshold()))
                .add("reviewsPerApplication", c.reviewSetup().reviewsPerApplication())
                .add("blindReview", c.reviewSetup().blindReview())
                .add("questions", array(c.questions(), CallJson::question))
                .add("licencePolicy", licencePolicy(c))
                .add("requiredMofClass", c.outputPolicy().requiredMofClass() == null ? JsonValue.NULL
                        : coded(c.outputPolicy().requiredMofClass().name(), c.outputPolicy().requiredMofClass().labelKey()))
                .add("releaseDeadlineMonths", c.outputPolicy().releaseDeadlineMonths())
                .add("retentionPercent", c.outputPolicy().retentionPercent())
                .add("deadlineExtensions", array(c.extensions(), CallJson::extension));
        return json.build();
    }

    /** The public page of a call, from the application's root ({@code https://host/context/}). */
    public static URI pageUrl(URI appRoot, long id) {
        return appRoot.resolve("calls/call.xhtml?id=" + id);
    }

    /** The application's root from the REST base ({@code …/api/v1/}). */
    public static URI appRoot(URI restBase) {
        return org.opendividend.platform.web.ApiLinks.appRoot(restBase);
    }

    /** ISO-8601 instant in UTC: {@code 2027-03-31T09:00:00Z}. */
    public static JsonValue utc(Instant instant) {
        return instant == null ? JsonValue.NULL : Jsons.createValue(instant.toString());
    }

    /** ISO-8601 local time in Taipei with its offset: {@code 2027-03-31T17:00:00+08:00}. */
    public static JsonValue taipei(Instant instant) {
        return instant == null ? JsonValue.NULL : Jsons.createValue(TAIPEI_ISO.format(instant));
    }

    private static JsonObject bilingual(String zhTw, String en) {
        return Jsons.createObjectBuilder()
                .add(ZH_TW, zhTw == null ? JsonValue.NULL : Jsons.createValue(zhTw))
                .add(EN, en == null ? JsonValue.NULL : Jsons.createValue(en))
                .build();
    }

    private static JsonValue amount(BigDecimal amount) {
        return amount == null ? JsonValue.NULL : Jsons.createValue(amount);
    }

    private static JsonObject ministry(String code, MinistryLookup ministries) {
        Optional<MinistryView> ministry = ministries.apply(code);
        return Jsons.createObjectBuilder()
                .add("code", code)
                .add("names", bilingual(ministry.map(MinistryView::nameZhTw).orElse(code), ministry.map(MinistryView::nameEn).orElse(code)))
                .build();
    }

    private static JsonObject language(String code) {
        var language = TargetLanguages.byCode(code);
        return Jsons.createObjectBuilder()
                .add("code", code)
                .add("names", bilingual(language.map(l -> l.nameZhTw()).orElse(code), language.map(l -> l.nameEn()).orElse(code)))
                .build();
    }

    /** A coded value with its label from the message bundles in both languages. */
    private static JsonObject coded(String code, String labelKey) {
        return Jsons.createObjectBuilder()
                .add("code", code)
                .add("names", bilingual(Texts.text(Languages.ZH_TW, labelKey), Texts.text(Languages.EN, labelKey)))
                .build();
    }

    private static JsonObject criterion(Criterion criterion) {
        var text = criterion.text();
        return Jsons.createObjectBuilder()
                .add("names", bilingual(text.nameZhTw(), text.nameEn()))
                .add("descriptions", bilingual(text.descriptionZhTw(), text.descriptionEn()))
                .add("weightPercent", criterion.weightPercent())
                .add("scale", criterion.scale() == null ? JsonValue.NULL : Jsons.createObjectBuilder()
                        .add("code", criterion.scale().name())
                        .add("min", criterion.scale().min())
                        .add("max", criterion.scale().max())
                        .add("names", bilingual(Texts.text(Languages.ZH_TW, criterion.scale().labelKey()),
                                Texts.text(Languages.EN, criterion.scale().labelKey())))
                        .build())
                .add("threshold", amount(criterion.threshold()))
                .build();
    }

    private static JsonObject question(Question question) {
        var spec = question.spec();
        return Jsons.createObjectBuilder()
                .add("id", question.id() == null ? JsonValue.NULL : Jsons.createValue(question.id()))
                .add("sections", bilingual(spec.sectionZhTw(), spec.sectionEn()))
                .add("labels", bilingual(spec.labelZhTw(), spec.labelEn()))
                .add("type", spec.type() == null ? JsonValue.NULL : Jsons.createValue(spec.type().name()))
                .add("required", spec.required())
                .add("wordLimit", spec.wordLimit() == null ? JsonValue.NULL : Jsons.createValue(spec.wordLimit()))
                .add("choices", Jsons.createObjectBuilder()
                        .add(ZH_TW, strings(question.options(Languages.ZH_TW)))
                        .add(EN, strings(question.options(Languages.EN))))
                .build();
    }

    private static JsonObject licencePolicy(FundingCall c) {
        JsonObjectBuilder policy = Jsons.createObjectBuilder();
        c.outputPolicy().allowedLicences().forEach((type, ids) -> policy.add(type.name(), strings(ids)));
        return policy.build();
    }

    private static JsonObject extension(DeadlineExtension e) {
        return Jsons.createObjectBuilder()
                .add("previousClosesAt", utc(e.previousClosesAt()))
                .add("previousClosesAtTaipei", taipei(e.previousClosesAt()))
                .add("newClosesAt", utc(e.newClosesAt()))
                .add("newClosesAtTaipei", taipei(e.newClosesAt()))
                .add("reason", e.reason())
                .add("extendedAt", utc(e.extendedAt()))
                .build();
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static <T> JsonArray array(Collection<T> values, Function<T, JsonValue> each) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(v -> array.add(each.apply(v)));
        return array.build();
    }

    /** For callers that hold a list rather than a lookup. */
    public static MinistryLookup lookupIn(List<MinistryView> ministries) {
        return code -> ministries.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
