package org.opendividend.notifications.control;

import org.opendividend.notifications.entity.ComposedMail;

import java.util.Optional;
import java.util.logging.Logger;

/** One attempt to hand a composed mail to the mail server, logged by the notice's id; never throws. */
public class MailDelivery {

    /** Header carrying the notice's id, to find a mail's log lines. */
    public static final String NOTICE_HEADER = MailSender.NOTICE_HEADER;

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    private final MailSettings settings;
    private final MailSender sender;

    public MailDelivery(MailSettings settings) {
        this.settings = settings;
        this.sender = new MailSender(settings);
    }

    /** Sends the mail; empty when the server took it, else why not (the mail stays in the outbox for later). */
    public Optional<String> send(String label, String noticeId, ComposedMail mail) {
        try {
            sender.send(noticeId, mail);
            LOG.info(() -> label + " sent to " + masked(mail.toAddress()));
            return Optional.empty();
        } catch (Exception e) { // MessagingException, or anything else: the attempt failed, the mail is kept
            String why = "the mail server " + settings.host() + ":" + settings.port() + " did not take it: " + e;
            LOG.warning(() -> label + " to " + masked(mail.toAddress()) + " failed: " + why);
            return Optional.of(why);
        }
    }

    /** The address as logs show it: enough to tell whom, not a list of addresses to harvest. */
    public static String masked(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }
}
