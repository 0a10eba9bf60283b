package org.opendividend.platform.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendividend.platform.i18n.Languages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusyPageTest {

    @Test
    void holdsTheSameFormToSendAgainEveryFieldAsItWasSent() {
        Map<String, String[]> fields = new LinkedHashMap<>();
        fields.put("application", new String[]{"application"});
        fields.put("application:title", new String[]{"客語語音 \"辨識\" <script>alert(1)</script> & more"});
        fields.put("application:languages", new String[]{"hak", "ami"});
        fields.put("jakarta.faces.ViewState", new String[]{"-123:456"});
        Document page = Jsoup.parse(BusyPage.html("", Languages.ZH_TW, "/applicant/application.xhtml?id=5", fields, false, 7));
        Element form = page.getElementById(BusyPage.FORM_ID);
        assertNotNull(form);
        assertEquals("post", form.attr("method"));
        assertEquals("/applicant/application.xhtml?id=5", form.attr("action"));
        assertEquals("7", form.attr("data-retry-after"));
        assertEquals("客語語音 \"辨識\" <script>alert(1)</script> & more",
                form.selectFirst("input[name=application:title]").val(), "typed text comes back as it was, as text");
        assertEquals(List.of("hak", "ami"), form.select("input[name=application:languages]").eachAttr("value"));
        assertEquals("-123:456", form.selectFirst("input[name=jakarta.faces.ViewState]").val());
        assertTrue(page.select("script").stream().allMatch(s -> s.hasAttr("src")), "no inline script, none from the fields");
        assertEquals("zh-TW", page.selectFirst("html").attr("lang"));
        assertTrue(page.getElementById("od-busy-text").text().contains("7"), "says when it sends again");
        assertNotNull(form.selectFirst("button[type=submit]"), "sends again without JavaScript too");
    }

    @Test
    void asksForTheFileAgainWhenAnUploadWasTurnedAway() {
        Document page = Jsoup.parse(BusyPage.html("/od", Languages.EN, "/applicant/application.xhtml?id=5", Map.of(), true, 5));
        assertNull(page.getElementById(BusyPage.FORM_ID));
        assertEquals("/applicant/application.xhtml?id=5", page.selectFirst("main a").attr("href"));
        assertTrue(page.text().contains("again"), page.text());
        assertEquals("/od/jakarta.faces.resource/css/opendividend.css.xhtml", page.selectFirst("link").attr("href"));
    }
}
