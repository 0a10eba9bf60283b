package org.opendividend.calls.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.TargetLanguages;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the call pages show beyond the call's own getters, as {@code #{publicCallDisplay…}}: amounts in TWD,
 * language names, the status now, the deadline rule's time, the form's questions by section and the licence
 * policy by output type. Used by {@code /WEB-INF/includes/call-detail.xhtml}, so staff pages that include it for
 * drafts get it too. Every method takes the reader's locale rather than looking it up, so it is testable alone.
 */
@Named
@ApplicationScoped
public class PublicCallDisplay {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Formats.TAIPEI);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Formats.TAIPEI);

    @Inject
    Clock clock;

    public PublicCallDisplay() {
    }

    /** For unit tests, without CDI. */
    PublicCallDisplay(Clock clock) {
        this.clock = clock;
    }

    /** A whole TWD amount with thousands separators, the same in both languages: {@code NT$ 30,000,000}. */
    public static String twd(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "NT$ " + format.format(amount);
    }

    /** Instance form of {@link #twd(BigDecimal)} for pages. */
    public String money(BigDecimal amount) {
        return twd(amount);
    }

    /** A target language's name in the reader's language; the code itself when the catalogue does not know it. */
    public String languageName(String code, Locale locale) {
        return TargetLanguages.byCode(code).map(l -> l.name(locale)).orElse(code);
    }

    /** The call's status now, as the server's clock says (a published call opens and closes to the second). */
    public CallStatus status(FundingCall call) {
        return call.statusAt(clock.instant());
    }

    public String statusKey(FundingCall call) {
        return status(call).labelKey();
    }

    /** The language the reader is not reading, for the title in the other language. */
    public static Locale otherLocale(Locale locale) {
        return Languages.EN.equals(Languages.of(locale == null ? null : locale.toLanguageTag())) ? Languages.ZH_TW : Languages.EN;
    }

    public String otherLanguageTag(Locale locale) {
        return otherLocale(locale).toLanguageTag();
    }

    public String otherTitle(FundingCall call, Locale locale) {
        return call.title(otherLocale(locale));
    }

    /** The time of day (Taipei) of the closing instant, for the deadline rule: {@code 17:00:00}. */
    public static String closingTime(Instant closesAt) {
        return closesAt == null ? "" : TIME.format(closesAt);
    }

    public String closingTimeOf(FundingCall call) {
        return closingTime(call.closesAt());
    }

    /** The closing day (Taipei): {@code 2027-03-31}. */
    public static String closingDay(Instant closesAt) {
        return closesAt == null ? "" : DATE.format(closesAt);
    }

    public String closingDayOf(FundingCall call) {
        return closingDay(call.closesAt());
    }

    /** The application form's questions grouped by their section, sections in the order they first appear. */
    public static List<Section> sections(FundingCall call, Locale locale) {
        Map<String, List<Question>> bySection = new LinkedHashMap<>();
        for (Question question : call.questions()) {
            bySection.computeIfAbsent(question.section(locale), s -> new ArrayList<>()).add(question);
        }
        return bySection.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public List<Section> sectionsOf(FundingCall call, Locale locale) {
        return sections(call, locale);
    }

    /** The open-licence policy, one row per output type in the order of {@link OutputType}. */
    public static List<LicenceRow> licences(FundingCall call) {
        return call.outputPolicy().allowedLicences().entrySet().stream()
                .map(e -> new LicenceRow(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    public List<LicenceRow> licencesOf(FundingCall call) {
        return licences(call);
    }

    /** A section of the application form with its questions. */
    public record Section(String name, List<Question> questions) {
    }

    /** The licences a call allows for one type of output. */
    public record LicenceRow(OutputType type, List<String> licenceIds) {
        public String labelKey() {
            return type.labelKey();
        }
    }
}
