package org.opendividend.awards.boundary.ledger;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.awards.control.ledger.AwardMoney;
import org.opendividend.awards.control.ledger.CallMoney;
import org.opendividend.awards.control.ledger.MinistryMoney;
import org.opendividend.calls.boundary.CallShares;
import org.opendividend.platform.export.ExportColumn;
import org.opendividend.platform.export.ExportDownload;
import org.opendividend.platform.export.ExportFormat;
import org.opendividend.platform.security.AccessDeniedException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ministries' ledger ({@code /finance/ledger.xhtml?ministry=…}): for one ministry the finance user works for (the
 * first of theirs when the address names none), its money in total, per call and per award, the awards' lines as CSV
 * and XLSX, and links to its monthly statements. {@link Books} refuses another ministry's books (403).
 */
@Named
@ViewScoped
public class LedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The list's name in the exports' file names and sheet. */
    static final String LIST = "ledger";

    /** How many months of statements the page offers, the current month first. */
    static final int STATEMENT_MONTHS = 12;

    @Inject
    transient Books books;

    @Inject
    transient Clock clock;

    private String ministry;
    private transient Books.Read read;

    public void load() {
        if (ministry == null || ministry.isBlank()) {
            ministry = books.readable().stream().findFirst()
                    .orElseThrow(() -> new AccessDeniedException(LedgerPermissions.NOT_FINANCE));
        }
        read();
    }

    private Books.Read read() {
        if (read == null) {
            read = books.ledger(ministry);
        }
        return read;
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
    }

    /** The other ministries whose books the user reads, to switch to. */
    public List<String> getOtherMinistries() {
        Set<String> readable = books.readable();
        return readable.stream().filter(m -> !m.equals(ministry)).toList();
    }

    public MinistryMoney getTotal() {
        return read().ledger().ministries().stream().findFirst()
                .orElse(new MinistryMoney(ministry, 0, 0, 0));
    }

    public List<CallMoney> getCalls() {
        return read().ledger().calls();
    }

    public List<AwardMoney> getAwards() {
        return read().ledger().awards();
    }

    /** Whether the books show something the rules should have prevented (overpaid, overcommitted). */
    public boolean isInconsistent() {
        return !read().ledger().consistent();
    }

    public String callTitle(long callId, Locale locale) {
        CallShares call = read().calls().get(callId);
        return call == null ? Long.toString(callId) : call.title(locale);
    }

    /** The months whose statements are offered, the current one (Asia/Taipei) first. */
    public List<YearMonth> getStatementMonths() {
        YearMonth current = books.currentMonth();
        return Stream.iterate(current, m -> m.minusMonths(1)).limit(STATEMENT_MONTHS).toList();
    }

    public int getExportTotal() {
        return getAwards().size();
    }

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        Books.Read books = read();
        ExportDownload.sendList(FacesContext.getCurrentInstance(), format, LIST + "-" + ministry, clock.instant(),
                locale -> columns(books, locale), sink -> books.ledger().awards().forEach(sink));
    }

    private List<ExportColumn<AwardMoney>> columns(Books.Read books, Locale locale) {
        return List.of(
                ExportColumn.text("ledger.ministry", AwardMoney::ministryCode),
                ExportColumn.number("ledger.callId", AwardMoney::callId),
                ExportColumn.text("ledger.call", a -> {
                    CallShares call = books.calls().get(a.callId());
                    return call == null ? "" : call.title(locale);
                }),
                ExportColumn.text("ledger.award", AwardMoney::awardNumber),
                ExportColumn.amount("ledger.committed", a -> BigDecimal.valueOf(a.committed())),
                ExportColumn.amount("ledger.paid", a -> BigDecimal.valueOf(a.paid())),
                ExportColumn.amount("ledger.unpaid", a -> BigDecimal.valueOf(a.unpaid())));
    }
}
