package org.opendividend.awards.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.platform.files.PdfDownloads;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;
import java.util.OptionalLong;

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
        OptionalLong asked = PdfDownloads.number(request, "id");
        if (asked.isEmpty()) {
            PdfDownloads.unknown(response);
            return;
        }
        long id = asked.getAsLong();
        byte[] pdf;
        String number;
        try {
            number = awards.offer(id).number();
            pdf = awards.agreement(id);
        } catch (AccessDeniedException | NoSuchObjectException refusal) {
            PdfDownloads.refuse(request, response, refusals, refusal);
            return;
        }
        PdfDownloads.generated(response, pdf, "agreement-" + number + ".pdf");
    }
}
