package org.opendividend.notifications.control;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One delivery attempt without a container: the SMTP server is GreenMail or absent. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static ComposedMail mail(String address) {
        return new MailComposer().compose(new Notifiable.Notice(new Notifiable.Recipient(address, "Lin", Languages.EN, "sub-1", true),
                "mail.applicationSubmitted.subject", "mail.applicationSubmitted.body",
                List.of("OD-42", "<b>title</b>", "call", java.time.Instant.EPOCH)));
    }

    private static MailSettings settings(int port) {
        Map<String, String> config = Map.of("opendividend.mail.host", "127.0.0.1",
                "opendividend.mail.port", Integer.toString(port),
                "opendividend.mail.timeout-ms", "3000");
        return MailSettings.from(key -> Optional.ofNullable(config.get(key)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Collects what the delivery logs. */
    private static List<String> logged(Level level, Runnable action) {
        Logger logger = Logger.getLogger(MailDelivery.class.getName());
        List<String> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == level) {
                    records.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }

    @Test
    void sendsTheMailWithItsNoticeIdAndLogsIt() throws Exception {
        MailDelivery delivery = new MailDelivery(settings(SMTP.getSmtp().getPort()));
        List<Optional<String>> outcomes = new ArrayList<>();

        List<String> log = logged(Level.INFO, () -> outcomes.add(
                delivery.send("notice n-1 (Application 42 SUBMITTED)", "n-1", mail("lin@example.org"))));

        assertEquals(List.of(Optional.empty()), outcomes);
        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertEquals("Application received: OD-42", received.getSubject());
        assertEquals("n-1", received.getHeader(MailDelivery.NOTICE_HEADER)[0]);
        assertTrue(log.stream().anyMatch(m -> m.contains("n-1") && m.contains("Application 42 SUBMITTED")
                && m.contains("sent to l***@example.org")), log.toString());
    }

    @Test
    void anUnreachableServerIsAFailureToRetryNeverAnException() throws IOException {
        MailDelivery delivery = new MailDelivery(settings(closedPort()));
        List<Optional<String>> outcomes = new ArrayList<>();

        List<String> log = logged(Level.WARNING, () -> outcomes.add(delivery.send("notice n-2", "n-2", mail("lin@example.org"))));

        assertTrue(outcomes.get(0).orElseThrow().contains("did not take it"), outcomes.toString());
        assertTrue(log.stream().anyMatch(m -> m.startsWith("notice n-2") && m.contains("failed")), log.toString());
    }

    @Test
    void logsMaskAddresses() {
        assertEquals("l***@example.org", MailDelivery.masked("lin@example.org"));
        assertEquals("***", MailDelivery.masked("nobody"));
    }
}
