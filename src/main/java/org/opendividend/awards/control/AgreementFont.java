package org.opendividend.awards.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The font the grant agreement is set in, embedded (as a subset of the glyphs used) so that its Traditional Chinese
 * prints anywhere: a TrueType font with Traditional Chinese and Latin glyphs, from the setting
 * {@code opendividend.awards.agreement-font}, or else the one the application carries, WenQuanYi Micro Hei
 * ({@code wqy-microhei.ttc} beside this class, Apache-2.0, see its NOTICE): no font with Traditional Chinese is published
 * on Maven Central, and a server must not depend on what its machine has installed. A collection ({@code .ttc}) is read
 * at its first face.
 */
public final class AgreementFont {

    /** The font the application carries, on its class path. */
    static final String BUNDLED = "wqy-microhei.ttc";

    private AgreementFont() {
    }

    /** The configured font, if one is set; refused when the setting names no readable file. */
    public static Optional<Path> configured(Optional<String> setting) {
        if (setting.isEmpty() || setting.get().isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(setting.get().strip());
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("opendividend.awards.agreement-font names no readable font: " + path);
        }
        return Optional.of(path);
    }

    /** The configured font if there is one, else the bundled one. */
    public static BaseFont load(Optional<Path> configured) {
        return configured.map(AgreementFont::load).orElseGet(AgreementFont::bundled);
    }

    /** The bundled font, for Unicode text (Identity-H), embedded. */
    public static BaseFont bundled() {
        try (InputStream in = AgreementFont.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled agreement font is missing: " + BUNDLED);
            }
            return create(BUNDLED + ",0", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font file, for Unicode text (Identity-H), embedded: OpenPDF writes only the glyphs used and their ToUnicode map. */
    public static BaseFont load(Path path) {
        String name = path.toString();
        return create(name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name, null);
    }

    private static BaseFont create(String face, byte[] bytes) {
        try {
            return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the agreement's font cannot be read: " + face, e);
        }
    }
}
