package org.opendividend.awards.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.DisbursementAction;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.people.boundary.PersonContact;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.Notifiable.Notice;
import org.opendividend.platform.events.Notifiable.Recipient;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.web.PublicLinks;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The mails of an award's and a disbursement's steps: each step tells the people whose turn it is now. The grantee's
 * members hear of an offer made or withdrawn, a measure taken on their award, a tranche paid or returned; the paying
 * (or lead) ministry's officers, approvers or finance users hear of the work that now waits in their queue. The one
 * who took the step is not told of it. A mail names the award and links to the page where the step is shown and
 * answered; reasons stay on that page (they are read there, logged in, not copied into mail).
 */
@ApplicationScoped
public class StepNotices {

    @Inject
    OrganisationDirectory organisations;

    @Inject
    PersonFacade people;

    /** The mails of an award's step, in each recipient's language. */
    public List<Notice> of(Award award, AwardAction action, Caller actor) {
        return switch (action) {
            case OFFER_AWARD, WITHDRAW_AWARD -> notices(members(award, actor), action, award,
                    link("/applicant/offer.xhtml?id=" + award.id()));
            case SUSPEND_AWARD, RESUME_AWARD, TERMINATE_AWARD -> notices(members(award, actor), action, award,
                    link("/applicant/award.xhtml?id=" + award.id()));
            case ACCEPT_AWARD, DECLINE_AWARD, REFUSE_MEASURE -> notices(staff(Role.OFFICER, award.leadMinistry(), actor),
                    action, award, link("/officer/offers.xhtml?call=" + award.callId()));
            case PROPOSE_MEASURE -> notices(staff(Role.APPROVER, award.leadMinistry(), actor), action, award,
                    link(Role.APPROVER.area() + "measures.xhtml"));
        };
    }

    /** The mails of a disbursement's step: the tranche's number and the share's amount follow the award's. */
    public List<Notice> of(Award award, Disbursement share, DisbursementAction action, Caller actor) {
        String paying = share.ministryCode();
        List<Recipient> to = switch (action) {
            case REQUEST_TRANCHE -> staff(Role.OFFICER, paying, actor);
            case CHECK_TRANCHE, APPROVE_TRANCHE_FIRST -> staff(Role.APPROVER, paying, actor);
            case APPROVE_TRANCHE -> staff(Role.FINANCE, paying, actor);
            case RECORD_PAYMENT, RETURN_TRANCHE -> members(award, actor);
        };
        URI link = switch (action) {
            case REQUEST_TRANCHE -> link(Role.OFFICER.area() + "disbursements.xhtml");
            case CHECK_TRANCHE, APPROVE_TRANCHE_FIRST -> link(Role.APPROVER.area() + "disbursements.xhtml");
            case APPROVE_TRANCHE -> link(Role.FINANCE.area() + "disbursements.xhtml");
            case RECORD_PAYMENT, RETURN_TRANCHE -> link("/applicant/award.xhtml?id=" + award.id());
        };
        return to.stream().map(r -> shareNotice(r, action, award.number(), title(award),
                share.tranchePosition() + 1, share.amount(), link)).toList();
    }

    /** The mail of a disbursement's step: {0} award, {1} its title, {2} the tranche's number, {3} the share, {4} link. */
    static Notice shareNotice(Recipient to, DisbursementAction action, String number, String title, int tranche,
                              long share, URI link) {
        String key = "mail.disbursement." + action.name();
        return new Notice(to, key + ".subject", key + ".body", List.of(number, title, tranche, share, link));
    }

    /** The mail of an award's step: {0} award, {1} its title, {2} its amount, {3} the offer's deadline, {4} link. */
    static Notice awardNotice(Recipient to, AwardAction action, String number, String title, long amount,
                              Instant deadline, URI link) {
        String key = "mail.award." + action.name();
        return new Notice(to, key + ".subject", key + ".body", List.of(number, title, amount, deadline, link));
    }

    private static List<Notice> notices(List<Recipient> to, AwardAction action, Award award, URI link) {
        return to.stream().map(r -> awardNotice(r, action, award.number(), title(award), award.amount(),
                award.offerDeadline(), link)).toList();
    }

    /** The grantee organisation's members whose address is known from their login. */
    private List<Recipient> members(Award award, Caller actor) {
        return recipients(people.contacts(organisations.organisation(award.organisationId()).roles().keySet()), actor);
    }

    private List<Recipient> staff(Role role, String ministry, Caller actor) {
        return recipients(people.staffContacts(role, ministry), actor);
    }

    private static List<Recipient> recipients(List<PersonContact> contacts, Caller actor) {
        return contacts.stream().filter(c -> !c.subject().equals(actor.subject())).map(PersonContact::recipient)
                .toList();
    }

    private static String title(Award award) {
        return BilingualText.both(award.titleZhTw(), award.titleEn());
    }

    private static URI link(String path) {
        return URI.create(PublicLinks.to(path));
    }
}
