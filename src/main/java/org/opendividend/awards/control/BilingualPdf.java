package org.opendividend.awards.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The pieces of the awards' bilingual documents (the grant agreement, the ministries' monthly statements): every label
 * in Traditional Chinese above or beside its English, in one embedded font ({@link AgreementFont}), amounts as
 * {@code NT$ 1,234,567}. What users wrote is added as text, never interpreted.
 */
public final class BilingualPdf {

    static final Locale ZH = Languages.ZH_TW;
    static final Locale EN = Languages.EN;

    private final BaseFont font;

    public BilingualPdf(BaseFont font) {
        this.font = font;
    }

    /** The message in Chinese, a line break, the message in English. */
    public static String both(String key, Object... arguments) {
        return Texts.text(ZH, key, arguments) + "\n" + Texts.text(EN, key, arguments);
    }

    /** The message in Chinese, two spaces, in English: for titles and headings on one line. */
    public static String inline(String key) {
        return Texts.text(ZH, key) + "  " + Texts.text(EN, key);
    }

    public static String twd(long amount) {
        return "NT$ " + NumberFormat.getIntegerInstance(Locale.ROOT).format(amount);
    }

    public Paragraph paragraph(String text, float size, int style) {
        Paragraph paragraph = new Paragraph(new Phrase(text, new Font(font, size, style)));
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    public void heading(Document document, String key) throws DocumentException {
        Paragraph heading = paragraph(inline(key), 12, Font.BOLD);
        heading.setSpacingBefore(10);
        document.add(heading);
    }

    public static PdfPTable table(int columns, float[] widths) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalArgumentException(e);
        }
        return table;
    }

    /** A row of a two-column table: the label in both languages, its value. */
    public void row(PdfPTable table, String key, String value) {
        table.addCell(cell(both(key), Font.BOLD));
        table.addCell(cell(value, Font.NORMAL));
    }

    /** A table's header row, each label in both languages. */
    public void header(PdfPTable table, String... keys) {
        for (String key : keys) {
            table.addCell(cell(both(key), Font.BOLD));
        }
    }

    public PdfPCell cell(String value, int style) {
        PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, new Font(font, 9, style)));
        cell.setPadding(4);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** A cell of plain text. */
    public PdfPCell cell(String value) {
        return cell(value, Font.NORMAL);
    }
}
