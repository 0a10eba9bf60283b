package org.opendividend.awards.control;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.outputs.entity.OutputType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grant agreement opened as a reader would: its text holds the award's number, the amounts and the Chinese and
 * English labels and project title, and every font it uses is embedded (the Traditional Chinese prints anywhere).
 * Needs the agreement's font on this machine (Debian's {@code fonts-wqy-microhei}, which {@code .ci/run} installs).
 */
class AgreementPdfTest {

    static AgreementPdf.Content content() {
        LocalDate start = LocalDate.of(2027, 7, 1);
        LocalDate end = LocalDate.of(2028, 6, 30);
        List<Tranche> tranches = TrancheSchedule.of(1_234_567, TrancheSchedule.DEFAULT_SHARES, 10, start, end, 6);
        return new AgreementPdf.Content("1007-1", "客家話語音辨識開放模型", "Open Hakka speech recognition model",
                "台灣客語數位協會", "Taiwan Hakka Digital Association", "客語語音開放資料徵件", "Hakka speech open data call",
                1_234_567, List.of(new AgreementPdf.Part("文化部", "Ministry of Culture", 740_740),
                new AgreementPdf.Part("數位發展部", "Ministry of Digital Affairs", 493_827)), start, end,
                Instant.parse("2027-01-31T15:59:59Z"), tranches,
                List.of(new Obligation(OutputType.DATASET, "客語語料庫 <script>", "CC-BY-4.0", "CC-BY-4.0, CC0-1.0",
                        LocalDate.of(2028, 12, 31), "https://huggingface.co/datasets/hakka", "hak")),
                "mof.class.NONE", 6, 10, "award.status.OFFERED", null, null);
    }

    @Test
    void theAgreementSaysTheNumberTheAmountsAndItsChineseInAnEmbeddedFont() throws IOException {
        byte[] pdf = AgreementPdf.render(content(), AgreementFont.bundled());
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString();
        for (String expected : List.of("1007-1", "NT$ 1,234,567", "NT$ 740,740", "NT$ 493,827", "補助契約",
                "Grant agreement", "客家話語音辨識開放模型", "撥款期程", "Payment schedule", "客語語料庫 <script>",
                "2028-12-31", "CC-BY-4.0", "2027-01-31 23:59")) {
            assertTrue(all.contains(expected), () -> expected + " in:\n" + all);
        }
        // 40/30/20/10 of 1,234,567 TWD: 493,827 / 370,370 / 246,913 / 123,457
        for (String tranche : List.of("NT$ 493,827", "NT$ 370,370", "NT$ 246,913", "NT$ 123,457")) {
            assertTrue(all.contains(tranche), tranche);
        }
        assertTrue(everyFontEmbedded(reader), "every font is embedded");
    }

    /** Whether each font of each page names its font file (for a composite font, in its descendant's descriptor). */
    private static boolean everyFontEmbedded(PdfReader reader) {
        boolean seen = false;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
            for (PdfName name : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(name);
                PdfDictionary described = font;
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    described = (PdfDictionary) PdfReader.getPdfObject(font.getAsArray(PdfName.DESCENDANTFONTS)
                            .getPdfObject(0));
                }
                PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
                if (descriptor == null) {
                    return false;
                }
                PdfObject file = descriptor.get(PdfName.FONTFILE2);
                if (file == null && descriptor.get(PdfName.FONTFILE3) == null && descriptor.get(PdfName.FONTFILE) == null) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    @Test
    void aMissingConfiguredFontIsSaidAndNoneConfiguredMeansTheBundledOne() {
        assertTrue(AgreementFont.configured(Optional.of(" ")).isEmpty());
        assertTrue(AgreementFont.configured(Optional.empty()).isEmpty());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> AgreementFont.configured(Optional.of("/nowhere/font.ttf")));
        assertTrue(missing.getMessage().contains("opendividend.awards.agreement-font"));
        assertTrue(AgreementFont.load(Optional.empty()).getPostscriptFontName().toLowerCase().contains("wenquanyi"),
                AgreementFont.load(Optional.empty()).getPostscriptFontName());
    }
}
