package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ApplicationWorkflow;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.applications.entity.ScreeningSection;

import java.time.Instant;
import java.util.Set;

/**
 * An application as other components read it for screening: its place in the workflow, the screening so far and its
 * titles (of the working copy) and who writes it (the owner's subject: the review component's conflict rules compare the
 * applicant with its reviewers). A copy: changing the application goes through {@link ApplicationScreening}.
 */
public record SubmittedApplication(Long id, long version, long callId, long organisationId, ApplicationStatus status,
                                   int submittedVersions, ScreeningOutcome screeningOutcome, String screeningReason,
                                   Set<ScreeningSection> moreInfoSections, Instant moreInfoUntil,
                                   String screenedByName, Instant screenedAt, String titleZhTw, String titleEn,
                                   String ownerSubject) {

    public SubmittedApplication {
        moreInfoSections = Set.copyOf(moreInfoSections);
    }

    /** Whether the workflow has a screening step from where the application is. */
    public boolean isScreenable() {
        return ApplicationWorkflow.isScreenable(status);
    }

    static SubmittedApplication of(Application a) {
        var content = a.content();
        return new SubmittedApplication(a.id(), a.version(), a.callId(), a.organisationId(), a.status(),
                a.submittedVersions(), a.screeningOutcome(), a.screeningReason(), a.moreInfoSections(),
                a.moreInfoUntil(), a.screenedByName(), a.screenedAt(), content.titleZhTw(), content.titleEn(), a.ownerSubject());
    }
}
