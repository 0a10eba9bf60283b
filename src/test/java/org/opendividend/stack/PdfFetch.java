package org.opendividend.stack;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A PDF the page links to, fetched by the page itself with the person's session (as a click would open it), and its
 * text as OpenPDF reads it back. Test support: it asserts nothing beyond having fetched a PDF; the tests read its text.
 */
public final class PdfFetch {

    private PdfFetch() {
    }

    /** The text of every page of the PDF at the address. */
    public static String text(Browser browser, String url) throws Exception {
        byte[] pdf = bytes(browser, url);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** The bytes of the PDF at the address (refused unless the server answered with bytes starting {@code %PDF}). */
    public static byte[] bytes(Browser browser, String url) {
        Object fetched = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.arrayBuffer()"
                        + " : Promise.reject(r.status)).then(b => { const u = new Uint8Array(b); let s = '';"
                        + " for (let i = 0; i < u.length; i++) { s += String.fromCharCode(u[i]); } done(btoa(s)); })"
                        + ".catch(e => done('failed ' + e));", url);
        String encoded = String.valueOf(fetched);
        if (encoded.startsWith("failed")) {
            throw new AssertionError("the PDF at " + url + " could not be fetched: " + encoded);
        }
        byte[] pdf = Base64.getDecoder().decode(encoded);
        if (!new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.ISO_8859_1).startsWith("%PDF")) {
            throw new AssertionError("not a PDF at " + url);
        }
        return pdf;
    }
}
