package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AttachmentDispositionTest {

    @Test
    void cjkNamesGoInFilenameStarAndQuotesOrLineBreaksCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"____.pdf\"; filename*=UTF-8''%E8%A8%88%E7%95%AB%E6%9B%B8%E4%B8%80.pdf",
                AttachmentDisposition.header("attachment", "計畫書一.pdf"));
        String header = AttachmentDisposition.header("attachment", "a\"b\r\nSet-Cookie: x.pdf");
        assertFalse(header.contains("\r") || header.contains("\n"));
        assertEquals("attachment; filename=\"a_bSet-Cookie x.pdf\"; filename*=UTF-8''a%22bSet-Cookie%20x.pdf", header);
    }
}
