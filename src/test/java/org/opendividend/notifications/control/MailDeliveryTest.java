package org.opendividend.notifications.boundary;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendividend.notifications.control.MailSender;
import org.opendividend.notifications.control.MailSettings;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notifier without a container: the executor runs tasks at once, the SMTP server is GreenMail or absent. */
class MailNotifierTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Executor AT_ONCE = Runnable::run;

    record ProjectSubmitted(List<Notice> notices) implements Notifiable {
        @Override
        public Actor actor() {
            return Actor.SYSTEM;
        }

        @Override
        public String objectType() {
            return "Application";
        }

        @Override
        public String objectId() {
            return "42";
        }

        @Override
        public String action() {
            return "SUBMITTED";
        }

        @Override
        public String summary() {
            return "submitted";
        }
    }

    private static Notifiable.Notice notice(String address) {
        return new Notifiable.Notice(new Notifiable.Recipient(address, "Lin", Languages.EN),
                "mail.applicationSubmitted.subject", "mail.applicationSubmitted.body",
                List.of("OD-42", "<b>title</b>", "call", java.time.Instant.EPOCH));
    }

    private static MailSettings settings(int port, boolean enabled) {
        Map<String, String> config = Map.of("opendividend.mail.host", "127.0.0.1",
                "opendividend.mail.port", Integer.toString(port),
                "opendividend.mail.enabled", Boolean.toString(enabled),
                "opendividend.mail.timeout-ms", "3000");
        return MailSettings.from(key -> Optional.ofNullable(config.get(key)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Collects what the notifier logs. */
    private static List<LogRecord> logged(Runnable action) {
        Logger logger = Logger.getLogger(MailNotifier.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
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

    private static String message(LogRecord record) {
        return record.getMessage();
    }

    @Test
    void sendsEveryNoticeAndLogsItsId() throws Exception {
        MailNotifier notifier = new MailNotifier(settings(SMTP.getSmtp().getPort(), true));

        List<LogRecord> log = logged(() -> notifier.deliver(
                new ProjectSubmitted(List.of(notice("lin@example.org"), notice("chen@example.org"))), AT_ONCE));

        assertTrue(SMTP.waitForIncomingEmail(5000, 2));
        MimeMessage first = SMTP.getReceivedMessages()[0];
        assertEquals("Application received: OD-42", first.getSubject());
        String id = first.getHeader(MailSender.NOTICE_HEADER)[0];
        assertTrue(log.stream().anyMatch(r -> r.getLevel() == Level.INFO && message(r).contains(id)
                && message(r).contains("Application 42 SUBMITTED") && message(r).contains("sent to l***@example.org")),
                log.stream().map(MailNotifierTest::message).toList().toString());
    }

    @Test
    void anUnreachableServerIsLoggedAndNeverThrown() throws IOException {
        MailNotifier notifier = new MailNotifier(settings(closedPort(), true));

        List<LogRecord> log = logged(() -> assertDoesNotThrow(
                () -> notifier.deliver(new ProjectSubmitted(List.of(notice("lin@example.org"))), AT_ONCE)));

        assertTrue(log.stream().anyMatch(r -> r.getLevel() == Level.WARNING && message(r).startsWith("notice ")
                && message(r).contains("failed")), log.stream().map(MailNotifierTest::message).toList().toString());
    }

    @Test
    void whenMailIsDisabledNoticesAreOnlyLogged() throws Exception {
        MailNotifier notifier = new MailNotifier(settings(SMTP.getSmtp().getPort(), false));
        List<Runnable> submitted = new ArrayList<>();

        List<LogRecord> log = logged(() ->
                notifier.deliver(new ProjectSubmitted(List.of(notice("lin@example.org"))), submitted::add));

        assertTrue(submitted.isEmpty());
        assertFalse(SMTP.waitForIncomingEmail(300, 1));
        assertTrue(log.stream().anyMatch(r -> message(r).contains("mail is disabled")));
    }

    @Test
    void sendingHappensOnTheExecutorNotInTheObserver() {
        MailNotifier notifier = new MailNotifier(settings(SMTP.getSmtp().getPort(), true));
        List<Runnable> submitted = new ArrayList<>();

        notifier.deliver(new ProjectSubmitted(List.of(notice("lin@example.org"))), submitted::add);

        assertEquals(1, submitted.size());
        assertEquals(0, SMTP.getReceivedMessages().length, "nothing is sent until the executor runs the task");
        submitted.get(0).run();
        assertTrue(SMTP.waitForIncomingEmail(5000, 1));
    }

    @Test
    void aFullExecutorOrABrokenEventNeverBreaksTheRequest() {
        MailNotifier notifier = new MailNotifier(settings(SMTP.getSmtp().getPort(), true));
        Executor full = task -> {
            throw new RejectedExecutionException("queue full");
        };

        assertDoesNotThrow(() -> notifier.deliver(new ProjectSubmitted(List.of(notice("lin@example.org"))), full));
        assertDoesNotThrow(() -> notifier.deliver(new ProjectSubmitted(null), AT_ONCE));
    }

    @Test
    void logsMaskAddresses() {
        assertEquals("l***@example.org", MailNotifier.masked("lin@example.org"));
        assertEquals("***", MailNotifier.masked("nobody"));
    }
}
