package org.opendividend.awards.control.ledger;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.opendividend.awards.control.BilingualPdf;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.io.ByteArrayOutputStream;

import static org.opendividend.awards.control.BilingualPdf.both;
import static org.opendividend.awards.control.BilingualPdf.twd;

/**
 * A ministry's monthly statement for its accountants (OpenPDF, bilingual, embedded font): the calls it funds with
 * budget, committed, paid in the month and to its end, remaining and unpaid; then every payment of the month with its
 * value date, award, tranche and payment reference, and the month's total.
 */
public final class MonthlyStatementPdf {

    private MonthlyStatementPdf() {
    }

    public static byte[] render(MonthlyStatement s, BaseFont font) {
        BilingualPdf pdf = new BilingualPdf(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Open Dividend statement " + s.ministryEn() + " " + s.month());
            document.addCreator("Open Dividend");
            document.open();
            document.add(pdf.paragraph(BilingualPdf.inline("statement.title"), 16, Font.BOLD));
            String month = s.month().toString();
            String issued = Formats.taipei(s.issuedAt());
            document.add(pdf.paragraph(Texts.text(Languages.ZH_TW, "statement.intro", s.ministryZhTw(), month, issued)
                    + "\n" + Texts.text(Languages.EN, "statement.intro", s.ministryEn(), month, issued), 9, Font.NORMAL));

            pdf.heading(document, "statement.calls");
            PdfPTable calls = BilingualPdf.table(7, new float[]{2.6f, 1, 1, 1, 1, 1, 1});
            pdf.header(calls, "ledger.call", "ledger.budget", "ledger.committed", "statement.paidInMonth",
                    "statement.paidToMonthEnd", "ledger.remaining", "ledger.unpaid");
            for (MonthlyStatement.CallLine c : s.calls()) {
                calls.addCell(pdf.cell(c.callId() + "  " + c.titleZhTw() + "\n" + c.titleEn()));
                for (long amount : new long[]{c.budget(), c.committed(), c.paidInMonth(), c.paidToMonthEnd(),
                        c.remaining(), c.unpaid()}) {
                    calls.addCell(pdf.cell(twd(amount)));
                }
            }
            document.add(calls);

            pdf.heading(document, "statement.payments");
            if (s.payments().isEmpty()) {
                document.add(pdf.paragraph(both("statement.noPayments"), 9, Font.NORMAL));
            } else {
                PdfPTable payments = BilingualPdf.table(5, new float[]{1, 1, 0.6f, 2, 1.2f});
                pdf.header(payments, "ledger.valueDate", "ledger.award", "ledger.tranche", "ledger.reference",
                        "ledger.amount");
                for (MonthlyStatement.PaymentLine p : s.payments()) {
                    payments.addCell(pdf.cell(p.valueDate().toString()));
                    payments.addCell(pdf.cell(p.awardNumber()));
                    payments.addCell(pdf.cell(Integer.toString(p.tranche())));
                    payments.addCell(pdf.cell(p.reference()));
                    payments.addCell(pdf.cell(twd(p.amount())));
                }
                document.add(payments);
            }
            document.add(pdf.paragraph(both("statement.total", twd(s.paidInMonth())), 10, Font.BOLD));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the statement could not be written", e);
        }
        return out.toByteArray();
    }
}
