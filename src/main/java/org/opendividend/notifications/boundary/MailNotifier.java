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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails the notices of every {@link Notifiable} event through a persistent outbox. The notices are composed and
 * written to the outbox in the transaction of the change ({@link #enqueue}), so a mail exists exactly when its change
 * committed; after the commit a sender is woken in the background ({@link #wake}, within a second), and a sweep every
 * half minute retries what failed or was left when the server stopped. A slow or absent mail server never delays or
 * breaks the request; each notice's id is logged with its outcome and sent in the
 * {@value MailDelivery#NOTICE_HEADER} header.
 * A notice to a person whose address is not verified is held in the outbox until they verify it ({@link OutboxMail}).
 */
@ApplicationScoped
public class MailNotifier {

    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());
    private static final int BATCH = 50;
    private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(30);

    @Inject
    Config config;

    @Inject
    OutboxStore outbox;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService executor;

    private final MailComposer composer = new MailComposer();
    private final AtomicBoolean woken = new AtomicBoolean();
    private volatile long lastSweep = System.nanoTime();
    private MailSettings settings;
    private MailDelivery delivery;
    private ScheduledFuture<?> ticks;

    @PostConstruct
    void configure() {
        settings = MailSettings.from(key -> config.getOptionalValue(key, String.class));
        delivery = new MailDelivery(settings);
        LOG.info(() -> "mail notices: " + settings);
    }

    /**
     * At start: a tick every second on the executor's own thread sends when a change woke it, and at least every half
     * minute what the outbox still holds (from before a stop, or failed). A request never hands the executor a task of
     * its own: such a task runs in a copy of the request's context, and when it ended the server closed the request's
     * borrowed persistence context (the one lookups outside a transaction share) while the request still used it
     * ("the object is already closed" in DisbursementsIT, OutputsIT, OffersIT and AwardMeasuresIT).
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (settings.enabled()) {
            woken.set(true); // the first tick sends what the outbox holds from before the start
            ticks = executor.scheduleWithFixedDelay(this::tick, 2, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
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
        woken.set(true);
    }

    /** One tick: sends every due mail when woken since the last tick or when the half-minute sweep is due. */
    void tick() {
        long now = System.nanoTime();
        if (woken.getAndSet(false) || now - lastSweep >= SWEEP_NANOS) {
            lastSweep = now;
            sendDue();
        }
    }

    /** Sends a batch of due mails (a full batch makes the next tick send the next); ticks never overlap. */
    private void sendDue() {
        try {
            List<Long> due = outbox.due(clock.instant(), BATCH);
            for (Long id : due) {
                outbox.claim(id, clock.instant()).ifPresent(this::attempt);
            }
            if (due.size() == BATCH) {
                woken.set(true);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "the outbox could not be read; the next sweep tries again");
        }
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
