package org.opendividend.awards.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;

/**
 * The bilingual grant agreement of an award offer: {@code /applicant/agreement?id=ID}, to whoever may read the offer.
 * Refused as the other downloads refuse: 403 (audited) for an offer that is not theirs, 404 for an unknown one or an
 * address without a valid number.
 */
@WebServlet("/applicant/agreement")
public class AgreementDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardFacade awards;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException | NullPointerException notANumber) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        String number;
        try {
            number = awards.offer(id).number();
            pdf = awards.agreement(id);
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            refusals.refused(request, refusal);
            response.sendError(refusal instanceof NoSuchObjectException ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"agreement-" + number + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
