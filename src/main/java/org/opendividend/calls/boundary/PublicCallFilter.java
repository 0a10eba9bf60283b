package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallStatus;

/**
 * What the public list of calls is narrowed to; {@code null} fields do not narrow.
 *
 * @param ministry a ministry that leads or co-funds the call
 * @param language an ISO 639-3 code the call targets
 * @param status the status now (open, published …)
 * @param closingWithinDays only open calls closing within that many days
 */
public record PublicCallFilter(String ministry, String language, CallStatus status, Integer closingWithinDays) {

    public static final PublicCallFilter NONE = new PublicCallFilter(null, null, null, null);
}
