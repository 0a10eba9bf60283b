/**
 * Reviewer assignment as pure logic: given the eligible applications, the reviewers and the conflicts of a call
 * ({@link org.opendividend.review.control.assignment.AssignmentInstance}), {@link
 * org.opendividend.review.control.assignment.ReviewerAssignment} computes each pair's affinity ({@link
 * org.opendividend.review.control.assignment.Affinities}) and finds the assignment of maximal total affinity under
 * the hard rules, or says in message keys why none exists ({@link
 * org.opendividend.review.control.assignment.AssignmentDiagnosis}). No database, no pages and no other component
 * ({@code ComponentBoundariesTest}): a page gives it the call's data as an instance and shows the result, and anyone
 * can solve a stored instance file again (docs/assignment-instance.md).
 */
package org.opendividend.review.control.assignment;
