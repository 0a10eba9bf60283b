package org.opendividend.awards.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Texts;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The bilingual grant agreement of an award offer (OpenPDF): every label in Traditional Chinese and English, the
 * award's number, project, organisation and call, the amount and each ministry's part, the dates and the deadline
 * (Asia/Taipei), the tranches with what releases each, the open-output obligations and the call's output policy, and
 * where the offer stands. Set in one embedded font ({@link AgreementFont}) so that it prints anywhere. Everything the
 * applicant wrote is added as text, never interpreted.
 */
public final class AgreementPdf {

    /** What the agreement says, as read by the awards boundary (names resolved, in both languages). */
    public record Content(String number, String titleZhTw, String titleEn, String organisationZhTw,
                          String organisationEn, String callTitleZhTw, String callTitleEn, long amount,
                          List<Part> parts, LocalDate startDate, LocalDate endDate, Instant offerDeadline,
                          List<Tranche> tranches, List<Obligation> obligations, String mofClassKey,
                          int releaseDeadlineMonths, int retentionPercent, String statusKey, String answeredBy,
                          Instant answeredAt) {
    }

    /** A ministry's part of the award. */
    public record Part(String nameZhTw, String nameEn, long amount) {
    }

    private static final Locale ZH = BilingualPdf.ZH;
    private static final Locale EN = BilingualPdf.EN;

    private final BilingualPdf pdf;

    private AgreementPdf(BaseFont font) {
        this.pdf = new BilingualPdf(font);
    }

    public static byte[] render(Content c, BaseFont font) {
        return new AgreementPdf(font).write(c);
    }

    private byte[] write(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.text(EN, "agreement.title") + " " + c.number());
            document.addCreator("Open Dividend");
            document.open();
            document.add(pdf.paragraph(BilingualPdf.inline("agreement.title"), 16, Font.BOLD));
            document.add(pdf.paragraph(BilingualPdf.both("agreement.intro", c.number()), 9, Font.NORMAL));

            PdfPTable head = BilingualPdf.table(2, new float[]{1, 2.6f});
            pdf.row(head, "agreement.number", c.number());
            pdf.row(head, "agreement.project", c.titleZhTw() + "\n" + c.titleEn());
            pdf.row(head, "agreement.organisation", c.organisationZhTw() + "\n" + c.organisationEn());
            pdf.row(head, "agreement.call", c.callTitleZhTw() + "\n" + c.callTitleEn());
            pdf.row(head, "agreement.amount", BilingualPdf.twd(c.amount()));
            for (Part part : c.parts()) {
                head.addCell(pdf.cell(part.nameZhTw() + "\n" + part.nameEn(), Font.NORMAL));
                head.addCell(pdf.cell(BilingualPdf.twd(part.amount()), Font.NORMAL));
            }
            pdf.row(head, "agreement.period", c.startDate() + " – " + c.endDate());
            pdf.row(head, "agreement.deadline", Formats.taipei(c.offerDeadline()));
            pdf.row(head, "agreement.status", Texts.text(ZH, c.statusKey()) + "\n" + Texts.text(EN, c.statusKey())
                    + (c.answeredAt() == null ? "" : "\n" + c.answeredBy() + ", " + Formats.taipei(c.answeredAt())));
            document.add(head);

            pdf.heading(document, "agreement.tranches");
            PdfPTable tranches = BilingualPdf.table(5, new float[]{0.4f, 0.7f, 1.1f, 1.1f, 2.4f});
            pdf.header(tranches, "agreement.tranche.number", "agreement.tranche.share", "agreement.tranche.amount",
                    "agreement.tranche.due", "agreement.tranche.condition");
            int n = 0;
            for (Tranche t : c.tranches()) {
                tranches.addCell(pdf.cell(Integer.toString(++n), Font.NORMAL));
                tranches.addCell(pdf.cell(t.sharePercent().stripTrailingZeros().toPlainString() + " %", Font.NORMAL));
                tranches.addCell(pdf.cell(BilingualPdf.twd(t.amount()), Font.NORMAL));
                tranches.addCell(pdf.cell(t.dueDate() + (t.reportDue() == null ? ""
                        : "\n" + BilingualPdf.both("agreement.tranche.reportDue", t.reportDue().toString())), Font.NORMAL));
                tranches.addCell(pdf.cell(Texts.text(ZH, t.condition().labelKey()) + "\n"
                        + Texts.text(EN, t.condition().labelKey()), Font.NORMAL));
            }
            document.add(tranches);

            pdf.heading(document, "agreement.obligations");
            document.add(pdf.paragraph(BilingualPdf.both("agreement.policy", c.retentionPercent(), c.releaseDeadlineMonths())
                    + "\n" + Texts.text(ZH, "agreement.mofClass") + " / " + Texts.text(EN, "agreement.mofClass") + ": "
                    + Texts.text(ZH, c.mofClassKey()) + " / " + Texts.text(EN, c.mofClassKey()), 9, Font.NORMAL));
            if (c.obligations().isEmpty()) {
                document.add(pdf.paragraph(BilingualPdf.both("agreement.noObligations"), 9, Font.NORMAL));
            } else {
                PdfPTable obligations = BilingualPdf.table(4, new float[]{1.2f, 2.2f, 1.4f, 1f});
                pdf.header(obligations, "agreement.output.type", "agreement.output.title", "agreement.output.licence",
                        "agreement.output.releaseBy");
                for (Obligation o : c.obligations()) {
                    obligations.addCell(pdf.cell(Texts.text(ZH, o.type().labelKey()) + "\n"
                            + Texts.text(EN, o.type().labelKey()), Font.NORMAL));
                    obligations.addCell(pdf.cell(o.title() + (o.registry().isEmpty() ? "" : "\n" + o.registry())
                            + (o.languages().isEmpty() ? "" : "\n" + o.languages()), Font.NORMAL));
                    obligations.addCell(pdf.cell(o.licenceId() + (o.allowedLicences().isEmpty() ? ""
                            : "\n(" + o.allowedLicences() + ")"), Font.NORMAL));
                    obligations.addCell(pdf.cell(o.releaseBy().toString(), Font.NORMAL));
                }
                document.add(obligations);
            }
            pdf.heading(document, "agreement.terms");
            document.add(pdf.paragraph(Texts.text(ZH, "agreement.termsText"), 9, Font.NORMAL));
            document.add(pdf.paragraph(Texts.text(EN, "agreement.termsText"), 9, Font.NORMAL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the agreement could not be written", e);
        }
        return out.toByteArray();
    }
}
