/**
 * Calls for proposals (徵件) across ministries: a lead ministry with co-funding shares, who may apply, how
 * applications are reviewed, the application form, and the open-licence policy funded outputs must follow; the
 * call's lifecycle from draft to archive with four-eyes publication; the public call pages, API and feed.
 */
package org.opendividend.calls;
