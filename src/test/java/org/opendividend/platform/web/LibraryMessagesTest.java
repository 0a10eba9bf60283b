package org.opendividend.platform.web;

import jakarta.faces.application.FacesMessage;
import org.junit.jupiter.api.Test;
import org.opendividend.platform.i18n.Languages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryMessagesTest {

    @Test
    void primeFacesHandWrittenFileErrorBecomesOurTranslatedSummary() {
        FacesMessage refused = new FacesMessage(FacesMessage.SEVERITY_ERROR, "File Error", "檔名含有不允許的字元（<）。");
        FacesMessage ours = new FacesMessage(FacesMessage.SEVERITY_ERROR, "檔案過大", "檔案過大");
        LibraryMessages.translate(List.of(refused, ours), Languages.ZH_TW);
        assertEquals("檔名含有不允許的字元（<）。", refused.getSummary(), "the detail, translated by the bundle, is what pages show");
        assertEquals("檔名含有不允許的字元（<）。", refused.getDetail());
        assertEquals("檔案過大", ours.getSummary(), "messages of our own are left alone");
    }

    @Test
    void inEnglishToo() {
        FacesMessage refused = new FacesMessage(FacesMessage.SEVERITY_ERROR, "File Error", "File Error");
        LibraryMessages.translate(List.of(refused), Languages.EN);
        assertEquals("The file was not accepted", refused.getSummary());
        assertEquals("The file was not accepted", refused.getDetail());
    }
}
