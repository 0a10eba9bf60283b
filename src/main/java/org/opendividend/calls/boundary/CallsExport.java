package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.export.ExportColumn;
import org.opendividend.platform.i18n.Texts;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of the staff calls list's CSV and XLSX exports, as the table shows them (title, lead ministry and status
 * in the reader's language, the closing instant as a date), with the call's budget and the co-funders' shares as
 * amounts. Each call's status is its status at one instant, the export's.
 */
public final class CallsExport {

    public static final String LIST = "calls";

    private CallsExport() {
    }

    /** {@code ministryName} names a ministry code in {@code locale}. */
    public static List<ExportColumn<FundingCall>> columns(Locale locale, Function<String, String> ministryName, Instant now) {
        return List.of(
                ExportColumn.text("staff.calls.call", c -> title(c, locale)),
                ExportColumn.text("call.field.leadMinistry", c -> ministryName.apply(c.leadMinistry())),
                ExportColumn.text("staff.calls.status", c -> Texts.text(locale, c.statusAt(now).labelKey())),
                ExportColumn.instant("call.field.closesAt", FundingCall::closesAt),
                ExportColumn.amount("call.field.budget", FundingCall::budget),
                ExportColumn.amount("staff.calls.coFunding", FundingCall::coFunding),
                ExportColumn.text("staff.calls.author", c -> c.authorship().authorName()));
    }

    private static String title(FundingCall call, Locale locale) {
        String title = call.title(locale);
        return title == null || title.isBlank() ? Texts.text(locale, "staff.calls.untitled") : title;
    }
}
