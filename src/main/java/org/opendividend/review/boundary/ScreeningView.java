package org.opendividend.review.boundary;

import org.opendividend.review.control.EligibilityItem;
import org.opendividend.applications.boundary.LatestSubmission;
import org.opendividend.applications.boundary.SubmittedApplication;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationView;

import java.util.List;

/**
 * What the officer sees on the screening page: the application (status, screening so far), its call and
 * organisation, the latest submitted version and its content as submitted, and the checklist computed on it.
 */
public record ScreeningView(SubmittedApplication application, CallView call, OrganisationView organisation,
                            LatestSubmission version, ApplicationContent submitted, List<EligibilityItem> checklist,
                            boolean mayScreen, String denialKey) {
}
