package org.opendividend.notifications.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.control.MailSender;
import org.opendividend.notifications.control.MailSettings;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.events.Notifiable.Notice;

import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails the notices of every {@link Notifiable} event, only after the change it reports has committed, and in the
 * background: the observer composes each mail and hands it to the server's managed executor, so a slow or absent
 * SMTP server never delays or breaks the request. Each notice gets an id; whether it was sent or failed is logged
 * with that id (and in the mail's {@value MailSender#NOTICE_HEADER} header). Nothing is stored.
 */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    @Inject
    Config config;

    @Resource
    ManagedExecutorService managedExecutor;

    private final MailComposer composer = new MailComposer();
    private MailSettings settings;
    private MailSender sender;

    public MailNotifier() {
    }

    /** For tests: settings given, no container. */
    MailNotifier(MailSettings settings) {
        use(settings);
    }

    @PostConstruct
    void configure() {
        use(MailSettings.from(key -> config.getOptionalValue(key, String.class)));
        LOG.info(() -> "mail notices: " + settings);
    }

    private void use(MailSettings settings) {
        this.settings = settings;
        this.sender = new MailSender(settings);
    }

    void notify(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifiable event) {
        deliver(event, managedExecutor);
    }

    /** Composes the event's notices here and sends them through the executor; never throws. */
    void deliver(Notifiable event, Executor executor) {
        String what = event.objectType() + " " + event.objectId() + " " + event.action();
        try {
            for (Notice notice : event.notices()) {
                String id = UUID.randomUUID().toString();
                try {
                    ComposedMail mail = composer.compose(notice);
                    if (!settings.enabled()) {
                        LOG.info(() -> "notice " + id + " (" + what + ") to " + masked(mail.toAddress())
                                + " not sent: mail is disabled (opendividend.mail.enabled)");
                        continue;
                    }
                    executor.execute(() -> send(id, what, mail));
                } catch (RejectedExecutionException e) {
                    LOG.warning(() -> "notice " + id + " (" + what + ") not sent: no thread to send it: " + e);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "notice " + id + " (" + what + ") could not be composed or queued");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "the notices of " + what + " could not be read");
        }
    }

    private void send(String id, String what, ComposedMail mail) {
        try {
            sender.send(id, mail);
            LOG.info(() -> "notice " + id + " (" + what + ") sent to " + masked(mail.toAddress()));
        } catch (Exception e) { // MessagingException, or anything else: the notice is lost, the application is not
            LOG.warning(() -> "notice " + id + " (" + what + ") to " + masked(mail.toAddress()) + " failed: the mail"
                    + " server " + settings.host() + ":" + settings.port() + " did not take it: " + e);
        }
    }

    /** The address as logs show it: enough to tell whom, not a list of addresses to harvest. */
    static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
