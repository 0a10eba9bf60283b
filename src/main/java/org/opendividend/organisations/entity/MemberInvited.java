package org.opendividend.organisations.entity;

import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An owner invited someone by e-mail; the notifications component sends the mail with the link. The link carries
 * the secret token, so the audit summary leaves it out (the audit log is read by more people than the invitee).
 *
 * @param link where the invitee accepts: absolute when {@code opendividend.public-url} is configured, otherwise the
 *             path under the application's root
 */
public record MemberInvited(Actor actor, long organisationId, long invitationId, String recipientEmail,
                            String organisationNameZhTw, String organisationNameEn, MemberRole role, String link,
                            Instant expiresAt) implements Notifiable {

    @Override
    public String objectType() {
        return "Organisation";
    }

    @Override
    public String objectId() {
        return Long.toString(organisationId);
    }

    @Override
    public OrganisationChange action() {
        return OrganisationChange.MEMBER_INVITED;
    }

    @Override
    public String summary() {
        return "invitation " + invitationId + " as " + role + " sent to " + recipientEmail + ", expires " + expiresAt;
    }

    /**
     * The invitee gets the link by e-mail, in Traditional Chinese (the fund's language; nothing is known yet of the
     * invitee's own), with the organisation's Chinese and English names.
     */
    @Override
    public List<Notice> notices() {
        Object target = link.startsWith("http") ? URI.create(link) : link;
        return List.of(new Notice(Recipient.invitee(recipientEmail, Languages.ZH_TW),
                "mail.memberInvited.subject", "mail.memberInvited.body",
                List.of(BilingualText.both(organisationNameZhTw, organisationNameEn), actor.displayName(), target)));
    }

    @Override
    public String toString() {
        return "MemberInvited[" + summary() + "]";
    }
}
