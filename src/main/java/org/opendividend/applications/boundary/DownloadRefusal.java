package org.opendividend.applications.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;

/**
 * How the file downloads (attachments, receipts) refuse, the same for both: only logged-in people reach them (the
 * container sends everyone else to log in first), so a refusal is 403 for a file that is not theirs, 404 for one
 * that does not exist or an address without a valid number; each refusal of a person is audited.
 */
final class DownloadRefusal {

    private DownloadRefusal() {
    }

    /** The answer to an address whose numbers cannot be read. */
    static void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The answer to what the facade refused. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, AccessRefusals refusals,
                       RuntimeException refusal) throws IOException {
        refusals.refused(request, refusal);
        response.sendError(refusal instanceof NoSuchObjectException ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_FORBIDDEN);
    }
}
