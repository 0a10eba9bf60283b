package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentFileNameTest {

    @Test
    void pathSeparatorsOfEitherKindLeaveOnlyTheLastSegment() {
        assertEquals("passwd.pdf", AttachmentFileName.sanitise("../../etc/passwd.pdf"));
        assertEquals("plan.pdf", AttachmentFileName.sanitise("C:\\Users\\lin\\Desktop\\plan.pdf"));
        assertEquals("x.pdf", AttachmentFileName.sanitise("a/b\\c/x.pdf"));
    }

    @Test
    void controlAndFormatCharactersAreRemovedAndBlankNamesGetAFallback() {
        assertEquals("planevil.pdf", AttachmentFileName.sanitise("plan\u0000\r\nevil.pdf"));
        assertEquals("abc.pdf", AttachmentFileName.sanitise("a\u202Ebc.pdf"), "no bidi override");
        assertEquals(AttachmentFileName.FALLBACK, AttachmentFileName.sanitise("\u0001\u0002"));
        assertEquals(AttachmentFileName.FALLBACK, AttachmentFileName.sanitise(null));
        assertEquals(AttachmentFileName.FALLBACK, AttachmentFileName.sanitise("dir/"));
        assertEquals("hidden.pdf", AttachmentFileName.sanitise("..hidden.pdf"));
    }

    @Test
    void cjkIsKeptAndLongNamesAreCutToTwoHundredUtf16Units() {
        assertEquals("計畫書（客語）.pdf", AttachmentFileName.sanitise("計畫書（客語）.pdf"));
        String cjk = "客".repeat(200) + ".pdf";
        String kept = AttachmentFileName.sanitise(cjk);
        assertEquals(200, kept.length());
        assertEquals("客".repeat(200), kept);
        String supplementary = "𠀀".repeat(150); // 300 UTF-16 units, never split inside a pair
        String cut = AttachmentFileName.sanitise(supplementary);
        assertTrue(cut.length() <= 200);
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
    }

    @Test
    void markupIsKeptAsTextBecauseItIsOnlyEverShownEscaped() {
        assertEquals("<b onmouseover=alert(1)>plan.pdf", AttachmentFileName.sanitise("<b onmouseover=alert(1)>plan.pdf"));
        assertEquals("script>.pdf", AttachmentFileName.sanitise("<script>alert(1)</script>.pdf"), "a slash is a separator");
    }
}
