package org.opendividend.awards.boundary.ledger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendividend.awards.boundary.AwardSettings;
import org.opendividend.awards.control.ledger.MonthlyStatement;
import org.opendividend.awards.control.ledger.MonthlyStatementPdf;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.web.AccessRefusals;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A ministry's monthly statement as PDF: {@code /finance/statement?ministry=moc&month=2026-11}, to that ministry's
 * finance users. Refused as the other downloads refuse: 403 (audited) for another ministry, 404 for an address without
 * a valid month or a month after the current one.
 */
@WebServlet("/finance/statement")
public class StatementDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Books books;

    @Inject
    transient AwardSettings settings;

    @Inject
    transient AccessRefusals refusals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String ministry = request.getParameter("ministry");
        YearMonth month;
        try {
            month = YearMonth.parse(String.valueOf(request.getParameter("month")));
        } catch (DateTimeParseException notAMonth) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (ministry == null || month.isAfter(books.currentMonth())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MonthlyStatement statement;
        try {
            statement = books.statement(ministry, month);
        } catch (AccessDeniedException refusal) {
            refusals.refused(request, refusal);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf = MonthlyStatementPdf.render(statement, settings.agreementFont());
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "inline; filename=\"statement-" + ministry + "-" + month + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(pdf);
    }
}
