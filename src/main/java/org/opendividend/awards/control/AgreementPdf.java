package org.opendividend.awards.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
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

    private static final Locale ZH = Languages.ZH_TW;
    private static final Locale EN = Languages.EN;

    private final BaseFont font;

    private AgreementPdf(BaseFont font) {
        this.font = font;
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
            document.add(paragraph(Texts.text(ZH, "agreement.title") + "  " + Texts.text(EN, "agreement.title"), 16,
                    Font.BOLD));
            document.add(paragraph(both("agreement.intro", c.number()), 9, Font.NORMAL));

            PdfPTable head = table(2, new float[]{1, 2.6f});
            row(head, "agreement.number", c.number());
            row(head, "agreement.project", c.titleZhTw() + "\n" + c.titleEn());
            row(head, "agreement.organisation", c.organisationZhTw() + "\n" + c.organisationEn());
            row(head, "agreement.call", c.callTitleZhTw() + "\n" + c.callTitleEn());
            row(head, "agreement.amount", twd(c.amount()));
            for (Part part : c.parts()) {
                head.addCell(cell(part.nameZhTw() + "\n" + part.nameEn(), Font.NORMAL));
                head.addCell(cell(twd(part.amount()), Font.NORMAL));
            }
            row(head, "agreement.period", c.startDate() + " – " + c.endDate());
            row(head, "agreement.deadline", Formats.taipei(c.offerDeadline()));
            row(head, "agreement.status", Texts.text(ZH, c.statusKey()) + "\n" + Texts.text(EN, c.statusKey())
                    + (c.answeredAt() == null ? "" : "\n" + c.answeredBy() + ", " + Formats.taipei(c.answeredAt())));
            document.add(head);

            heading(document, "agreement.tranches");
            PdfPTable tranches = table(5, new float[]{0.4f, 0.7f, 1.1f, 1.1f, 2.4f});
            header(tranches, "agreement.tranche.number", "agreement.tranche.share", "agreement.tranche.amount",
                    "agreement.tranche.due", "agreement.tranche.condition");
            int n = 0;
            for (Tranche t : c.tranches()) {
                tranches.addCell(cell(Integer.toString(++n), Font.NORMAL));
                tranches.addCell(cell(t.sharePercent().stripTrailingZeros().toPlainString() + " %", Font.NORMAL));
                tranches.addCell(cell(twd(t.amount()), Font.NORMAL));
                tranches.addCell(cell(t.dueDate() + (t.reportDue() == null ? ""
                        : "\n" + both("agreement.tranche.reportDue", t.reportDue().toString())), Font.NORMAL));
                tranches.addCell(cell(Texts.text(ZH, t.condition().labelKey()) + "\n"
                        + Texts.text(EN, t.condition().labelKey()), Font.NORMAL));
            }
            document.add(tranches);

            heading(document, "agreement.obligations");
            document.add(paragraph(both("agreement.policy", c.retentionPercent(), c.releaseDeadlineMonths())
                    + "\n" + Texts.text(ZH, "agreement.mofClass") + " / " + Texts.text(EN, "agreement.mofClass") + ": "
                    + Texts.text(ZH, c.mofClassKey()) + " / " + Texts.text(EN, c.mofClassKey()), 9, Font.NORMAL));
            if (c.obligations().isEmpty()) {
                document.add(paragraph(both("agreement.noObligations"), 9, Font.NORMAL));
            } else {
                PdfPTable obligations = table(4, new float[]{1.2f, 2.2f, 1.4f, 1f});
                header(obligations, "agreement.output.type", "agreement.output.title", "agreement.output.licence",
                        "agreement.output.releaseBy");
                for (Obligation o : c.obligations()) {
                    obligations.addCell(cell(Texts.text(ZH, o.type().labelKey()) + "\n"
                            + Texts.text(EN, o.type().labelKey()), Font.NORMAL));
                    obligations.addCell(cell(o.title() + (o.registry().isEmpty() ? "" : "\n" + o.registry())
                            + (o.languages().isEmpty() ? "" : "\n" + o.languages()), Font.NORMAL));
                    obligations.addCell(cell(o.licenceId() + (o.allowedLicences().isEmpty() ? ""
                            : "\n(" + o.allowedLicences() + ")"), Font.NORMAL));
                    obligations.addCell(cell(o.releaseBy().toString(), Font.NORMAL));
                }
                document.add(obligations);
            }
            heading(document, "agreement.terms");
            document.add(paragraph(Texts.text(ZH, "agreement.termsText"), 9, Font.NORMAL));
            document.add(paragraph(Texts.text(EN, "agreement.termsText"), 9, Font.NORMAL));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the agreement could not be written", e);
        }
        return out.toByteArray();
    }

    private static String both(String key, Object... arguments) {
        return Texts.text(ZH, key, arguments) + "\n" + Texts.text(EN, key, arguments);
    }

    private static String twd(long amount) {
        return "NT$ " + NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }

    private Paragraph paragraph(String text, float size, int style) {
        Paragraph paragraph = new Paragraph(new Phrase(text, new Font(font, size, style)));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private void heading(Document document, String key) throws DocumentException {
        Paragraph heading = paragraph(Texts.text(ZH, key) + "  " + Texts.text(EN, key), 12, Font.BOLD);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        return table;
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(Texts.text(ZH, key) + "\n" + Texts.text(EN, key), Font.BOLD));
        table.addCell(cell(value, Font.NORMAL));
    }

    private void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(cell(Texts.text(ZH, key) + "\n" + Texts.text(EN, key), Font.BOLD));
        }
    }

    private PdfPCell cell(String value, int style) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, new Font(font, 9, style)));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
