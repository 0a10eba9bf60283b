/**
 * Review (審查) of submitted applications by the funding ministries: today screening (the officers' list of
 * submissions, the eligibility checklist on the submitted version, and the outcome: eligible, ineligible or more
 * information); the rules of conflicts of interest ({@code ConflictRules}, on facts the caller brings); reviewer pools
 * and profiles; the assignment of a call's reviewers ({@code AssignmentFacade}: the solver of
 * {@code control.assignment} on an instance built from the call's data, moves by hand, the reviewers' mail); scoring
 * and ranking follow here. Review reads applications through
 * the applications component's published boundary ({@code ApplicationScreening}, {@code OwnApplications},
 * {@code AttachmentFacade}) and read records; the applications component never depends on review.
 */
package org.opendividend.review;
