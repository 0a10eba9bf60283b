/**
 * Applications (申請案) to open calls: the wizard's sections (project, team, the call's own questions, budget,
 * planned open outputs, ethics and data declarations, attachments), saved as the applicant types, submitted as
 * immutable versions with a receipt before the call's closing instant, then screened by the call's officers.
 */
package org.opendividend.applications;
