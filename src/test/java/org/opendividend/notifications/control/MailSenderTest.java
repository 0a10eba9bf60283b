package org.opendividend.notifications.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable.Notice;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.Languages;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sends through an in-process SMTP server (GreenMail, on a free port) and reads what arrived. */
class MailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static MailSettings settingsFor(int port) {
        Map<String, String> config = Map.of(
                "opendividend.mail.host", "127.0.0.1",
                "opendividend.mail.port", Integer.toString(port),
                "opendividend.mail.from", "開放紅利 Open Dividend <no-reply@opendividend.example>",
                "opendividend.mail.timeout-ms", "3000");
        return MailSettings.from(key -> Optional.ofNullable(config.get(key)));
    }

    private static ComposedMail invitation(Locale language) {
        return new MailComposer().compose(new Notice(new Recipient("mei@example.org", "陳美 Chen Mei", language, "sub-1", true),
                "mail.memberInvited.subject", "mail.memberInvited.body",
                List.of("<i>客家</i>語音實驗室", "林小明", URI.create("https://opendividend.example/join?t=1&o=2"))));
    }

    @Test
    void deliversAChineseMailWithPlainAndHtmlAlternativesInUtf8() throws Exception {
        new MailSender(settingsFor(SMTP.getSmtp().getPort())).send("notice-1", invitation(Languages.ZH_TW));

        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("邀請您在開放紅利加入<i>客家</i>語音實驗室", received.getSubject());
        assertTrue(received.getHeader("Subject")[0].toUpperCase(Locale.ROOT).startsWith("=?UTF-8?"),
                "the subject is encoded as UTF-8 on the wire: " + received.getHeader("Subject")[0]);
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertEquals("mei@example.org", to.getAddress());
        assertEquals("陳美 Chen Mei", to.getPersonal());
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertEquals("no-reply@opendividend.example", from.getAddress());
        assertEquals("開放紅利 Open Dividend", from.getPersonal());
        assertEquals("zh-TW", received.getHeader("Content-Language")[0]);
        assertEquals("notice-1", received.getHeader(MailSender.NOTICE_HEADER)[0]);
        assertEquals("auto-generated", received.getHeader("Auto-Submitted")[0]);

        assertTrue(received.isMimeType("multipart/alternative"), received.getContentType());
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertEquals(2, parts.getCount());
        Part text = parts.getBodyPart(0);
        Part html = parts.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertTrue(text.getContentType().toUpperCase(Locale.ROOT).contains("CHARSET=UTF-8"), text.getContentType());
        assertTrue(html.getContentType().toUpperCase(Locale.ROOT).contains("CHARSET=UTF-8"), html.getContentType());

        String plain = (String) text.getContent();
        assertTrue(plain.startsWith("陳美 Chen Mei 您好："), plain);
        assertTrue(plain.contains("林小明邀請您在開放紅利加入<i>客家</i>語音實驗室的團隊"), plain);
        assertTrue(plain.contains("台灣公共AI發展基金"), plain);
        String document = (String) html.getContent();
        assertTrue(document.contains("&lt;i&gt;客家&lt;/i&gt;語音實驗室"), document);
        assertFalse(document.contains("<i>"), document);
        assertTrue(document.contains("<a href=\"https://opendividend.example/join?t=1&amp;o=2\">"), document);
    }

    @Test
    void deliversAnEnglishMail() throws Exception {
        new MailSender(settingsFor(SMTP.getSmtp().getPort())).send("notice-2", invitation(Languages.EN));

        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Invitation to join <i>客家</i>語音實驗室 on Open Dividend", received.getSubject());
        assertEquals("en", received.getHeader("Content-Language")[0]);
        String plain = (String) ((MimeMultipart) received.getContent()).getBodyPart(0).getContent();
        assertTrue(plain.startsWith("Dear 陳美 Chen Mei,"), plain);
    }

    @Test
    void anUnreachableServerFailsQuicklyWithAMessagingException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailSender sender = new MailSender(settingsFor(closedPort));

        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(MessagingException.class, () -> sender.send("notice-3", invitation(Languages.EN))));
    }

    @Test
    void anInvalidAddressIsRefusedBeforeConnecting() {
        ComposedMail mail = invitation(Languages.EN);
        ComposedMail invalid = new ComposedMail("not an address", mail.toName(), mail.language(), mail.subject(),
                mail.text(), mail.html());

        assertThrows(MessagingException.class,
                () -> new MailSender(settingsFor(SMTP.getSmtp().getPort())).send("notice-4", invalid));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
