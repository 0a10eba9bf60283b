/**
 * Awards (issue #11, item 6): from a taken funding decision the lead ministry's officer offers each funded application
 * an award (number {@code <call>-<seq>}, amount by ministry, start and end, the tranche schedule with the call's
 * retained final share, the reports due and the open-output obligations copied from the application's planned outputs
 * and the call's licence policy) and, after a decline, the next application on the reserve list; the applicant
 * organisation's owner accepts or declines by the offer's deadline. Reads the decision through review's
 * {@code TakenDecisions}, the call through {@code CallDirectory}, the application through {@code ApplicationScreening}
 * and the organisation through {@code OrganisationDirectory}: never their entities.
 */
package org.opendividend.awards;
