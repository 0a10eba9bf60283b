package org.opendividend.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.applications.ApplicationTestContent;
import org.opendividend.applications.OpenCalls;
import org.opendividend.applications.boundary.ApplicationFacade;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.calls.CallFixtures;
import org.opendividend.calls.boundary.ReviewSetupView.CriterionView;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.it.ActingAs;
import org.opendividend.organisations.boundary.OrganisationFacade;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.Caller;
import org.opendividend.review.boundary.ScreeningFacade;
import org.opendividend.review.entity.Recommendation;
import org.opendividend.review.entity.ReviewContent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the Arquillian tests of funding decisions, their notices, the applicants' responses and the award offers start
 * from: a call of moc co-funded by moda and eligible applications to it, each by its own owner's new organisation, and
 * complete reviews that rank them. Test support: it asserts nothing, the tests that use it do.
 */
@ApplicationScoped
public class RankedCalls {

    @Inject
    OpenCalls openCalls;

    @Inject
    ApplicationFacade applications;

    @Inject
    ScreeningFacade screening;

    @Inject
    OrganisationFacade organisations;

    @Inject
    PersonFacade people;

    @Inject
    ActingAs acting;

    /** A call open for 30 days with moc's and moda's shares, awards of 300,000 TWD up to {@code request}, no attachments. */
    public FundingCall open(long leadShare, long coFunderShare, long request) {
        return openCalls.open(Duration.ofDays(30), b -> {
            b.requiredAttachments = Set.of();
            b.budget = CallFixtures.twd(leadShare + coFunderShare);
            b.shares = Map.of(CallFixtures.LEAD, CallFixtures.twd(leadShare), CallFixtures.CO_FUNDER,
                    CallFixtures.twd(coFunderShare));
            b.minGrant = CallFixtures.twd(300_000);
            b.maxGrant = CallFixtures.twd(request);
        });
    }

    /**
     * An application to the call by {@code owner}, who logs in and founds an organisation for it, asking
     * {@code request}: submitted and screened eligible by moda's officer. Answers its id; the caller is moda's officer
     * afterwards.
     */
    public long eligible(FundingCall call, Caller owner, long request) {
        acting.as(owner);
        people.recordLogin(owner);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Organisation organisation = organisations.create(new OrganisationDetails("客語協會 " + unique,
                "Hakka Association " + unique, OrganisationType.NON_PROFIT, "04595257", "台北市", null));
        Application draft = applications.start(call.id(), organisation.id());
        Application saved = applications.save(draft.id(), draft.version(),
                ApplicationTestContent.complete(call, CallFixtures.twd(request)));
        applications.submit(saved.id(), saved.version());
        Application submitted = applications.forMember(saved.id());
        acting.as(CallFixtures.officerOfModa());
        screening.screen(submitted.id(), submitted.version(), ScreeningOutcome.ELIGIBLE, "", Set.of(), null);
        return submitted.id();
    }

    /** A complete review: every criterion at its scale's maximum (the best, recommended) or at its minimum. */
    public static ReviewContent review(List<CriterionView> criteria, boolean best, String toApplicant, String toPanel) {
        Map<Long, BigDecimal> scores = new HashMap<>();
        criteria.forEach(c -> scores.put(c.id(), best ? c.scale().max() : c.scale().min()));
        return new ReviewContent(scores, 3, best ? Recommendation.FUND : Recommendation.DO_NOT_FUND, toApplicant,
                toPanel);
    }
}
