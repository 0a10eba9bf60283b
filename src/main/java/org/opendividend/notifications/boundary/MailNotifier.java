package org.opendividend.notifications.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.control.MailDelivery;
import org.opendividend.notifications.control.MailSettings;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.notifications.entity.OutboxMail;
import org.opendividend.platform.events.AddressVerified;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.events.Notifiable.Notice;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails the notices of every {@link Notifiable} event through a persistent outbox. The notices are composed and
 * written to the outbox in the transaction of the change ({@link #enqueue}), so a mail exists exactly when its change
 * committed; after the commit a sender is woken in the background ({@link #wake}), and a sweep every half minute
 * retries what failed or was left when the server stopped. A slow or absent mail server never delays or breaks the
 * request; each notice's id is logged with its outcome and sent in the {@value MailDelivery#NOTICE_HEADER} header.
 * A notice to a person whose address is not verified is held in the outbox until they verify it ({@link OutboxMail}).
 */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());
    private static final int BATCH = 50;

    @Inject
    Config config;

    @Inject
    OutboxStore outbox;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private final MailComposer composer = new MailComposer();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean wokenWhileSending = new AtomicBoolean();
    private MailSettings settings;
    private MailDelivery delivery;
    private ScheduledFuture<?> sweep;

    @PostConstruct
    void configure() {
        settings = MailSettings.from(key -> config.getOptionalValue(key, String.class));
        delivery = new MailDelivery(settings);
        LOG.info(() -> "mail notices: " + settings);
    }

    /** At start: sends what the outbox still holds from before, then sweeps it regularly. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.enabled()) {
            sweep = executor.scheduleWithFixedDelay(this::sendDue, 2, 30, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** In the change's transaction: each notice, composed in its recipient's language, goes into the outbox. */
    void enqueue(@Observes Notifiable event) {
        String what = event.objectType() + " " + event.objectId() + " " + event.action().name();
        for (Notice notice : event.notices()) {
            String id = UUID.randomUUID().toString();
            ComposedMail mail;
            try {
                mail = composer.compose(notice);
            } catch (RuntimeException e) {
                // a notice that cannot be composed is a bug to fix, not a reason to refuse the applicant's change
                LOG.log(Level.WARNING, e, () -> "notice " + id + " (" + what + ") could not be composed");
                continue;
            }
            if (!settings.enabled()) {
                LOG.info(() -> "notice " + id + " (" + what + ") to " + MailDelivery.masked(mail.toAddress())
                        + " not sent: mail is disabled (opendividend.mail.enabled)");
                continue;
            }
            OutboxMail waiting = new OutboxMail(id, what, mail, notice.to(), clock.instant());
            if (waiting.heldReason() != null) {
                LOG.info(() -> "notice " + id + " (" + what + ") to " + MailDelivery.masked(mail.toAddress())
                        + " held: " + waiting.heldReason() + "; it goes out once its person verified the address");
            }
            outbox.add(waiting);
        }
    }

    /** In the transaction that recorded a verified address: the mails held for it become due. */
    void release(@Observes AddressVerified event) {
        int released = outbox.release(event.subject(), event.address(), clock.instant());
        if (released > 0) {
            LOG.info(() -> released + " held notice(s) to " + MailDelivery.masked(event.address())
                    + " released: the address is verified now");
        }
    }

    /** After the commit: a sender sends the new mails now rather than at the next sweep. */
    void wake(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifiable event) {
        wakeSender();
    }

    /** After a verification committed: the released mails go out now rather than at the next sweep. */
    void wakeForReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) AddressVerified event) {
        wakeSender();
    }

    private void wakeSender() {
        if (!settings.enabled()) {
            return;
        }
        try {
            executor.execute(this::sendDue);
        } catch (RejectedExecutionException e) {
            LOG.warning(() -> "no thread to send mails now; the next sweep sends them: " + e);
        }
    }

    /**
     * Sends every due mail, one sender at a time on this server; a wake-up while another sender runs makes that sender
     * look once more when it is done (a wake-up lost in the last instant waits for the next sweep).
     */
    void sendDue() {
        do {
            if (!sending.compareAndSet(false, true)) {
                wokenWhileSending.set(true);
                return;
            }
            try {
                wokenWhileSending.set(false);
                for (Long id : outbox.due(clock.instant(), BATCH)) {
                    outbox.claim(id, clock.instant()).ifPresent(this::attempt);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "the outbox could not be read; the next sweep tries again");
                return;
            } finally {
                sending.set(false);
            }
        } while (wokenWhileSending.getAndSet(false));
    }

    private void attempt(OutboxStore.Claimed claimed) {
        String label = "notice " + claimed.noticeId() + " (" + claimed.about() + ")";
        var failure = delivery.send(label, claimed.noticeId(), claimed.mail());
        if (failure.isEmpty()) {
            outbox.sent(claimed.id(), clock.instant());
        } else if (outbox.failed(claimed.id(), clock.instant(), failure.get())) {
            LOG.severe(() -> label + " given up after " + claimed.attempt() + " attempts: " + failure.get());
        }
    }
}
