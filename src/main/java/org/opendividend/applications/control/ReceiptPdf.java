package org.opendividend.applications.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The PDF receipt of a submitted version (OpenPDF): fund, call, organisation, receipt number, the instant in
 * Asia/Taipei, the snapshot's SHA-256 and a summary of what was submitted. Latin text is set in Helvetica and
 * Chinese in OpenPDF's CJK font MSung-Light (Traditional Chinese, Adobe-CNS1): a standard CJK font that PDF readers
 * supply, so none is embedded. Everything the applicant wrote is added as text, never interpreted, so markup stays
 * literal.
 */
public final class ReceiptPdf {


    private final Locale locale;
    private final BaseFont cjk;

    private ReceiptPdf(Locale locale) {
        this.locale = locale;
        try {
            this.cjk = BaseFont.createFont("MSung-Light", "UniCNS-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's CJK font MSung-Light is missing", e);
        }
    }

    public static byte[] render(ReceiptSummary r, Locale locale) {
        return new ReceiptPdf(locale).write(r);
    }

    private byte[] write(ReceiptSummary r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("receipt.title") + " " + r.receiptNumber());
            document.addCreator("Open Dividend");
            document.open();
            document.add(paragraph(text("receipt.title"), 16, Font.BOLD));
            document.add(new Paragraph(" "));
            PdfPTable head = table(2, new float[]{1, 2.4f});
            row(head, text("receipt.fund"), r.fundName());
            row(head, text("receipt.call"), r.callTitle());
            row(head, text("receipt.organisation"), r.organisation());
            row(head, text("receipt.number"), r.receiptNumber());
            row(head, text("receipt.version"), Integer.toString(r.versionNumber()));
            row(head, text("receipt.submittedAt"), Formats.taipei(r.submittedAt()));
            row(head, text("receipt.submittedBy"), r.submittedBy());
            row(head, text("receipt.sha256"), r.snapshotSha256());
            document.add(head);

            heading(document, text("receipt.summary"));
            PdfPTable project = table(2, new float[]{1, 2.4f});
            row(project, text("receipt.titleZhTw"), r.titleZhTw());
            row(project, text("receipt.titleEn"), r.titleEn());
            row(project, text("receipt.startDate"), r.startDate());
            row(project, text("receipt.durationMonths"), Integer.toString(r.durationMonths()));
            document.add(project);
            heading(document, text("receipt.abstract"));
            document.add(paragraph(r.abstractText(), 10, Font.NORMAL));

            heading(document, text("receipt.team"));
            PdfPTable team = table(3, new float[]{1.4f, 1, 1.6f});
            for (ReceiptSummary.Member m : r.team()) {
                cell(team, m.name() + (m.principal() ? " (" + text("receipt.principal") + ")" : ""));
                cell(team, m.orcid());
                cell(team, m.affiliation());
            }
            document.add(team);

            heading(document, text("receipt.budget"));
            PdfPTable budget = table(4, new float[]{1.2f, 0.5f, 2.2f, 1});
            header(budget, text("receipt.budget.category"), text("receipt.budget.year"),
                    text("receipt.budget.description"), text("receipt.budget.amount"));
            for (ReceiptSummary.BudgetItem b : r.budget()) {
                cell(budget, Texts.text(locale, "budget.category." + b.category()));
                cell(budget, Integer.toString(b.projectYear()));
                cell(budget, b.description());
                amount(budget, b.amount());
            }
            PdfPCell total = new PdfPCell(phrase(text("receipt.budget.total"), 10, Font.BOLD));
            total.setColspan(3);
            budget.addCell(total);
            amount(budget, r.budgetTotal());
            document.add(budget);

            heading(document, text("receipt.outputs"));
            PdfPTable outputs = table(4, new float[]{1, 2.2f, 1, 0.9f});
            for (ReceiptSummary.Output o : r.outputs()) {
                cell(outputs, o.type().isEmpty() ? "" : Texts.text(locale, "output.type." + o.type()));
                cell(outputs, o.title());
                cell(outputs, o.licence());
                cell(outputs, o.plannedRelease());
            }
            document.add(outputs);

            heading(document, text("receipt.attachments"));
            if (r.attachments().isEmpty()) {
                document.add(paragraph(text("receipt.attachments.none"), 10, Font.NORMAL));
            } else {
                PdfPTable attachments = table(3, new float[]{1.6f, 0.7f, 2.2f});
                for (ReceiptSummary.AttachmentItem a : r.attachments()) {
                    cell(attachments, Texts.text(locale, "call.attachment." + a.type()) + ": " + a.name());
                    cell(attachments, Texts.text(locale, "receipt.attachment.size", a.sizeBytes()));
                    PdfPCell hash = new PdfPCell(phrase(a.sha256(), 7, Font.NORMAL));
                    attachments.addCell(hash);
                }
                document.add(attachments);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the receipt " + r.receiptNumber(), e);
        }
    }

    private String text(String key) {
        return Texts.text(locale, key);
    }

    /** Text in Helvetica where it can be, and in the CJK font for everything Helvetica lacks. */
    private Phrase phrase(String text, float size, int style) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Font.HELVETICA, size, style));
        selector.addFont(new Font(cjk, size, style));
        String safe = text == null ? "" : text;
        return safe.isEmpty() ? new Phrase(new Chunk("")) : selector.process(safe);
    }

    private Paragraph paragraph(String text, float size, int style) {
        Paragraph p = new Paragraph();
        p.add(phrase(text, size, style));
        return p;
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph p = paragraph(text, 12, Font.BOLD);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(phrase(label, 10, Font.BOLD)));
        cell(table, value);
    }

    private void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            table.addCell(new PdfPCell(phrase(label, 10, Font.BOLD)));
        }
    }

    private void cell(PdfPTable table, String value) {
        table.addCell(new PdfPCell(phrase(value, 10, Font.NORMAL)));
    }

    private void amount(PdfPTable table, BigDecimal amount) {
        PdfPCell cell = new PdfPCell(phrase("NT$ " + NumberFormat.getIntegerInstance(Locale.TAIWAN).format(amount), 10, Font.NORMAL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
