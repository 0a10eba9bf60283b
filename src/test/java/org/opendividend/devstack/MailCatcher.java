package org.opendividend.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * An SMTP server on this machine that keeps every mail the application sends instead of delivering it (GreenMail),
 * so that the Run command and the tests can show and check the mails with no mail server around.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail server;
    private final int port;

    public MailCatcher(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** Subjects of the mails received for an address, oldest first. */
    public List<String> subjectsFor(String address) {
        return received().stream().filter(m -> sentTo(m, address)).map(MailCatcher::subject).toList();
    }

    /** The plain text of the mails received for an address, oldest first (a multipart mail's text/plain part). */
    public List<String> textsFor(String address) {
        return received().stream().filter(m -> sentTo(m, address)).map(MailCatcher::plainText).toList();
    }

    /** The decoded text/plain content of a mail, found in its parts if it has any; empty if it has none. */
    public static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart parts) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < parts.getCount(); i++) {
                    text.append(plainText(parts.getBodyPart(i)));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | java.io.IOException unreadable) {
            throw new IllegalStateException("a caught mail cannot be read", unreadable);
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "(unreadable subject)";
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
