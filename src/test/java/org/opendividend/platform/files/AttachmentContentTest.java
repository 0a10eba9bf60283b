package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentContentTest {

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aPdfStartsWithItsHeaderAndEndsWithEof() {
        assertTrue(AttachmentContent.isPdf(bytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n")));
        assertTrue(AttachmentContent.isPdf(bytes("%PDF-1.4\n" + "x".repeat(5000) + "%%EOF\r\n   \n")));
    }

    @Test
    void aTextFileNamedPdfIsNotAPdf() {
        assertFalse(AttachmentContent.isPdf(bytes("This is a text file named plan.pdf\n")));
        assertFalse(AttachmentContent.isPdf(bytes("<html><script>alert(1)</script></html>")));
        assertFalse(AttachmentContent.isPdf(new byte[0]));
    }

    @Test
    void aHeaderWithoutTrailerOrTrailerFarFromTheEndIsRefused() {
        assertFalse(AttachmentContent.isPdf(bytes("%PDF-1.7\ntruncated upload")));
        assertFalse(AttachmentContent.isPdf(bytes("%PDF-1.7\n%%EOF\n" + "y".repeat(2000))));
        assertFalse(AttachmentContent.isPdf(bytes(" %PDF-1.7\n%%EOF")), "the header must come first");
    }
}
