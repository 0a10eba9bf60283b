/**
 * Calls for proposals (徵件) across ministries: a lead ministry with co-funding shares, who may apply, how
 * applications are reviewed, the application form, and the open-licence policy funded outputs must follow; the
 * call's lifecycle from draft to archive with four-eyes publication; the public call pages, API and feed.
 * <p>
 * A {@link org.opendividend.calls.entity.FundingCall} keeps its lead, status and people; what is written in it lives
 * in embedded parts that hold their own rules (texts, funding, timetable, eligibility, review setup, output policy),
 * and the editor's form and the written content follow the same parts. The kinds of organisation a call is open to
 * are the organisations component's {@link org.opendividend.organisations.entity.OrganisationType}.
 */
package org.opendividend.calls;
