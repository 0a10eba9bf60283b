package org.opendividend.awards.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The font the grant agreement is set in, embedded (as a subset of the glyphs used) so that its Traditional Chinese
 * prints anywhere: a TrueType font with Traditional Chinese and Latin glyphs, from the setting
 * {@code opendividend.awards.agreement-font} or else Debian's {@code fonts-wqy-microhei} (WenQuanYi Micro Hei,
 * Apache-2.0). No such font is published on Maven Central, so the server needs one of the two. A collection
 * ({@code .ttc}) is read at its first face.
 */
public final class AgreementFont {

    /** Where Debian's package {@code fonts-wqy-microhei} puts its font. */
    public static final Path DEBIAN_WQY_MICROHEI = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private AgreementFont() {
    }

    /** The configured font if given, else the first of the known places that holds one; none when none does. */
    public static Optional<Path> find(Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            Path path = Path.of(configured.get().strip());
            if (!Files.isReadable(path)) {
                throw new IllegalStateException("opendividend.awards.agreement-font names no readable font: " + path);
            }
            return Optional.of(path);
        }
        return List.of(DEBIAN_WQY_MICROHEI).stream().filter(Files::isReadable).findFirst();
    }

    /**
     * The font found, or else OpenPDF's standard Traditional Chinese font MSung-Light, which is not embedded: PDF readers
     * that lack it substitute one, so the agreement then does not print the same everywhere (the server logs this).
     */
    public static BaseFont loadOrStandard(Optional<Path> found) {
        if (found.isPresent()) {
            return load(found.get());
        }
        java.util.logging.Logger.getLogger(AgreementFont.class.getName()).warning("no font with Traditional Chinese "
                + "to embed in grant agreements: set opendividend.awards.agreement-font or install fonts-wqy-microhei");
        try {
            return BaseFont.createFont("MSung-Light", "UniCNS-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's CJK font MSung-Light is missing", e);
        }
    }

    /** The font, for Unicode text (Identity-H), embedded: OpenPDF writes only the glyphs used and their ToUnicode map. */
    public static BaseFont load(Path path) {
        String name = path.toString();
        String face = name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
        try {
            return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the agreement's font cannot be read: " + path, e);
        }
    }
}
