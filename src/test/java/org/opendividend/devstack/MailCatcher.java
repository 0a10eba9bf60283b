package org.opendividend.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

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

    /** The plain-text parts of the mails received for an address, oldest first. */
    public List<String> textsFor(String address) {
        return received().stream().filter(m -> sentTo(m, address)).map(MailCatcher::plainText).toList();
    }

    private static String plainText(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof MimeMultipart parts ? String.valueOf(parts.getBodyPart(0).getContent())
                    : String.valueOf(content);
        } catch (MessagingException | java.io.IOException e) {
            return "(unreadable body)";
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
