package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendividend.applications.boundary.OwnApplications;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.review.control.panel.SuggestedPortfolio;
import org.opendividend.review.control.panel.SubmittedReview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The panel of a call ({@code /officer/panel.xhtml?call=…}): its eligible applications with their submitted reviews,
 * ranked by calibrated score. Refused to anyone {@link PanelPermissions} refuses (403), whatever call the address
 * names.
 */
@ApplicationScoped
@Transactional
public class PanelFacade {

    @Inject
    CurrentUser currentUser;

    @Inject
    CallDirectory calls;

    @Inject
    OwnApplications ownApplications;

    @Inject
    PanelInputs panels;

    @Inject
    PersonFacade people;

    public PanelView panel(long callId) {
        CallView call = calls.call(callId);
        PanelPermissions.canReadPanel(currentUser.caller(), call, ownApplications.competesIn(callId)).orThrow();
        CallPanel read = panels.of(call);
        List<SubmittedReview> submitted = read.reviews();
        Map<String, String> names = people.displayNames(submitted.stream().map(SubmittedReview::reviewerSubject)
                .collect(Collectors.toSet()));
        Map<Long, String> reviewerNames = new HashMap<>();
        submitted.forEach(r -> reviewerNames.putIfAbsent(r.reviewerPersonId(),
                names.getOrDefault(r.reviewerSubject(), r.reviewerSubject())));
        return new PanelView(call, read.panel(), read.titles(), reviewerNames,
                SuggestedPortfolio.of(read.panel(), read.requests(), call.shares(), call.maxGrant()));
    }
}
