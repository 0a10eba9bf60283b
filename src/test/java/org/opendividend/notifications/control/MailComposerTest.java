package org.opendividend.notifications.control;

import org.junit.jupiter.api.Test;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable.Notice;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.validation.Translatable;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailComposerTest {

    private static final String EVIL_TITLE = "<script>alert('x')</script> & \"Co\"";
    private static final Instant SUBMITTED = Instant.parse("2026-03-01T02:30:00Z"); // 10:30 in Taipei

    private final MailComposer composer = new MailComposer();

    private static Notice submitted(Locale language, String title) {
        return new Notice(new Recipient("lin@example.org", "林小明", language, "sub-1", true), "mail.applicationSubmitted.subject",
                "mail.applicationSubmitted.body", List.of("OD-2026-0042", title, "開放語料 Open corpora", SUBMITTED));
    }

    private static Notice invited(Locale language, String name, URI link) {
        return new Notice(new Recipient("ana@example.org", name, language, "sub-1", true), "mail.memberInvited.subject",
                "mail.memberInvited.body", List.of("Hakka Speech Lab", "Chen Mei", link));
    }

    @Test
    void composesInEnglishWithArgumentsGreetingAndFooter() {
        ComposedMail mail = composer.compose(submitted(Languages.EN, "Taigi ASR"));

        assertEquals("Application received: OD-2026-0042", mail.subject());
        assertEquals(Languages.EN, mail.language());
        assertEquals("lin@example.org", mail.toAddress());
        assertEquals("林小明", mail.toName());
        assertTrue(mail.text().startsWith("Dear 林小明,\n\n"), mail.text());
        assertTrue(mail.text().contains("Your application \"Taigi ASR\" to the call \"開放語料 Open corpora\""
                + " was submitted on 2026-03-01 10:30 (Taipei time)."), mail.text());
        assertTrue(mail.text().contains("Its receipt number is OD-2026-0042."), mail.text());
        assertTrue(mail.text().contains("\n-- \nThis message was sent by Open Dividend, the grant management system of"
                + " the Taiwan Public AI Development Fund."), mail.text());
        assertTrue(mail.html().contains("<html lang=\"en\">"), mail.html());
        assertTrue(mail.html().contains("Taiwan Public AI Development Fund"), mail.html());
        assertTrue(mail.html().contains("<p>Its receipt number is OD-2026-0042."), mail.html());
    }

    @Test
    void composesInTraditionalChinese() {
        ComposedMail mail = composer.compose(submitted(Languages.ZH_TW, "客語語音辨識"));

        assertEquals("已收到您的申請：OD-2026-0042", mail.subject());
        assertTrue(mail.text().startsWith("林小明 您好：\n\n"), mail.text());
        assertTrue(mail.text().contains("申請「客語語音辨識」已於 2026-03-01 10:30（台北時間）送出"), mail.text());
        assertTrue(mail.text().contains("台灣公共AI發展基金"), mail.text());
        assertTrue(mail.html().contains("<html lang=\"zh-TW\">"), mail.html());
        assertTrue(mail.html().contains("客語語音辨識"), mail.html());
        assertTrue(mail.html().contains("台灣公共AI發展基金"), mail.html());
    }

    @Test
    void speaksEnglishOnlyToThoseWhoPreferIt() {
        assertEquals(Languages.EN, composer.compose(submitted(Locale.UK, "t")).language());
        assertEquals(Languages.ZH_TW, composer.compose(submitted(Locale.FRENCH, "t")).language());
        assertEquals(Languages.ZH_TW, composer.compose(submitted(Locale.forLanguageTag("zh-Hant-TW"), "t")).language());
    }

    @Test
    void escapesEveryUserTextInTheHtmlPartButNotInThePlainText() {
        ComposedMail mail = composer.compose(submitted(Languages.EN, EVIL_TITLE));

        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"),
                mail.html());
        assertTrue(mail.text().contains(EVIL_TITLE), "plain text shows the title as typed");
        assertTrue(mail.subject().contains("OD-2026-0042"));
    }

    @Test
    void escapesTheRecipientsName() {
        ComposedMail mail = composer.compose(invited(Languages.EN, "<b>Ana</b>", URI.create("https://x.example/i")));

        assertTrue(mail.html().contains("Dear &lt;b&gt;Ana&lt;/b&gt;,"), mail.html());
        assertFalse(mail.html().contains("<b>"), mail.html());
    }

    @Test
    void webLinksBecomeLinksWithEscapedAddresses() {
        URI link = URI.create("https://opendividend.example/invitations/accept?token=a1&org=7");
        ComposedMail mail = composer.compose(invited(Languages.ZH_TW, "Ana", link));

        String escaped = "https://opendividend.example/invitations/accept?token=a1&amp;org=7";
        assertTrue(mail.html().contains("<a href=\"" + escaped + "\">" + escaped + "</a>"), mail.html());
        assertTrue(mail.text().contains("請開啟以下連結：" + link), mail.text());
        assertEquals("邀請您在開放紅利加入Hakka Speech Lab", mail.subject());
    }

    @Test
    void otherSchemesStayText() {
        ComposedMail mail = composer.compose(invited(Languages.EN, "Ana", URI.create("javascript:alert(1)")));

        assertFalse(mail.html().contains("<a "), mail.html());
        assertTrue(mail.html().contains("javascript:alert(1)"), mail.html());
    }

    @Test
    void translatableArgumentsAreTranslatedIntoTheRecipientsLanguage() {
        Notice notice = new Notice(new Recipient("a@example.org", "A", Languages.EN, "sub-1", true), "mail.applicationSubmitted.subject",
                "mail.applicationSubmitted.body", List.of(new Translatable("fund.name"), "t", "c", SUBMITTED));

        assertEquals("Application received: Taiwan Public AI Development Fund", composer.compose(notice).subject());
        Notice chinese = new Notice(new Recipient("a@example.org", "A", Languages.ZH_TW, "sub-1", true), notice.subjectKey(),
                notice.bodyKey(), notice.arguments());
        assertEquals("已收到您的申請：台灣公共AI發展基金", composer.compose(chinese).subject());
    }

    @Test
    void numbersAreFormattedAndLineBreaksBecomeParagraphs() {
        ComposedMail mail = composer.compose(new Notice(new Recipient("a@example.org", "A", Languages.EN, "sub-1", true),
                "mail.applicationSubmitted.subject", "mail.applicationSubmitted.body",
                List.of(1234567, "line one\nline two", "c", SUBMITTED)));

        assertEquals("Application received: 1,234,567", mail.subject());
        assertTrue(mail.html().contains("line one<br>\nline two"), mail.html());
        assertTrue(mail.html().contains("</p>\n<p>Its receipt number is 1,234,567."), mail.html());
    }

    @Test
    void subjectsHaveNoLineBreaks() {
        ComposedMail mail = composer.compose(new Notice(new Recipient("a@example.org", "A", Languages.EN, "sub-1", true),
                "mail.applicationSubmitted.subject", "mail.applicationSubmitted.body",
                List.of("OD-1\r\nBcc: victim@example.org", "t", "c", SUBMITTED)));

        assertEquals("Application received: OD-1 Bcc: victim@example.org", mail.subject());
    }

    @Test
    void everyMailKeyIsInBothLanguages() {
        for (Locale language : Languages.SUPPORTED) {
            for (String key : List.of(MailComposer.GREETING, MailComposer.FOOTER, "mail.memberInvited.subject",
                    "mail.memberInvited.body", "mail.applicationSubmitted.subject", "mail.applicationSubmitted.body")) {
                String text = org.opendividend.platform.i18n.Texts.text(language, key, "x", "y", "z", "w");
                assertFalse(text.equals(key), key + " missing in " + language);
            }
        }
    }
}
