package org.opendividend.notifications.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.opendividend.notifications.entity.ComposedMail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/** Turns a {@link ComposedMail} into a Jakarta Mail message (plain text and HTML alternatives, UTF-8) and sends it. */
public class MailSender {

    /** Header carrying the notice's id, to find a mail's log lines. */
    public static final String NOTICE_HEADER = "X-OpenDividend-Notice";

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailSettings settings;
    private final Session session;

    public MailSender(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings), authenticator(settings));
    }

    private static Properties properties(MailSettings settings) {
        Properties properties = new Properties();
        String timeout = Long.toString(settings.timeout().toMillis());
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", settings.host());
        properties.setProperty("mail.smtp.port", Integer.toString(settings.port()));
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        properties.setProperty("mail.mime.charset", UTF_8);
        return properties;
    }

    private static Authenticator authenticator(MailSettings settings) {
        if (settings.username().isEmpty()) {
            return null;
        }
        PasswordAuthentication credentials =
                new PasswordAuthentication(settings.username().get(), settings.password().orElse(""));
        return new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
            }
        };
    }

    /** The message as it will be sent. */
    public MimeMessage message(String noticeId, ComposedMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(encoded(settings.from(), null));
        message.setRecipient(Message.RecipientType.TO, encoded(mail.toAddress(), mail.toName()));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language().toLanguageTag());
        message.setHeader("Auto-Submitted", "auto-generated"); // RFC 3834: no auto-replies, please
        message.setHeader(NOTICE_HEADER, noticeId);

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        MimeMultipart alternatives = new MimeMultipart("alternative"); // the last part is the preferred one
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        message.saveChanges();
        return message;
    }

    /**
     * An address whose display name (given, or else the one written in the address) is encoded as UTF-8, so that
     * Chinese names arrive intact.
     */
    private static InternetAddress encoded(String address, String name) throws MessagingException {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return new InternetAddress(parsed.getAddress(), name != null ? name : parsed.getPersonal(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Sends the mail; blocks until the server accepted it or failed, at most about the configured timeouts. */
    public void send(String noticeId, ComposedMail mail) throws MessagingException {
        Transport.send(message(noticeId, mail));
    }
}
