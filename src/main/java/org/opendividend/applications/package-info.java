/**
 * Applications (申請案) to open calls: the wizard's sections (project, team, the call's own questions, budget,
 * planned open outputs, ethics and data declarations, attachments), saved as the applicant types, submitted as
 * immutable versions with a receipt before the call's closing instant. Screening belongs to {@code review}, which
 * takes the workflow's step through {@code ApplicationScreening}: this component owns the application's table and its
 * workflow, and depends on no review class.
 */
package org.opendividend.applications;
