package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.ApplicationScreening;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.web.PublicLinks;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionWorkflow;
import org.opendividend.review.entity.FundingDecision;
import org.opendividend.review.entity.OutcomeAnnounced;

import java.net.URI;
import java.util.List;

/**
 * Tells each application's organisation the outcome of a call's funding decision once it is taken: one
 * {@link OutcomeAnnounced} per line, in the transaction that took it (so the mails exist exactly when the decision
 * does, and a decision taken once is announced once), mailed by the notifications to the organisation's members whose
 * address is known from their login, as the screening's notices are. Who took the decision is
 * {@link DecisionFacade}'s to check before it asks.
 */
@ApplicationScoped
@Transactional
public class DecisionAnnouncements {

    @Inject
    Event<DomainEvent> events;

    @Inject
    ApplicationScreening applications;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    PersonFacade people;

    /** Announces every line of a taken decision; nothing for a decision not taken. Returns how many were told. */
    int announce(CallView call, FundingDecision decision, Actor actor) {
        if (!DecisionWorkflow.state(decision.status()).taken()) {
            return 0;
        }
        String callTitle = BilingualText.both(call.titleZhTw(), call.titleEn());
        for (DecisionLine line : decision.lines()) {
            SubmittedApplication application = applications.find(line.applicationId());
            events.fire(new OutcomeAnnounced(actor, call.id(), line.applicationId(), line.outcome(), line.amount(),
                    BilingualText.both(application.titleZhTw(), application.titleEn()), callTitle,
                    membersToTell(application.organisationId()), applicationLink(line.applicationId())));
        }
        return decision.lines().size();
    }

    /** The organisation's members whose address is known from their login (held until verified, if it is not). */
    private List<Notifiable.Recipient> membersToTell(long organisationId) {
        return people.recipients(organisations.organisation(organisationId).roles().keySet());
    }

    /** The application's page, where the outcome and the reviewers' comments are shown. */
    static URI applicationLink(long applicationId) {
        return URI.create(PublicLinks.to("/applicant/application.xhtml?id=" + applicationId));
    }
}
