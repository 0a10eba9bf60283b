package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.platform.Jsons;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Payments through the API, for finance users who record them from their ministry's payment system (and for the
 * payments' crash drill): {@code POST /api/v1/disbursements/{id}/payment} records the payment of an approved share
 * through {@link DisbursementFacade#payment}, so the same role, ministry, chain and award checks apply as on the
 * finance page. The {@code Idempotency-Key} header is required: the same key again answers the payment it made (200),
 * never a second one. The session cookie authenticates and the body is JSON, as for {@code Applications}.
 */
@Path("disbursements")
@RequestScoped
@Produces(Disbursements.JSON)
@Tag(name = "Disbursements", description = "Finance users record the payment of approved disbursements.")
public class Disbursements {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    DisbursementFacade disbursements;

    @Inject
    CurrentUser currentUser;

    @POST
    @Path("{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment",
            description = "A finance user of the paying ministry records the payment of an approved share. Body: "
                    + "{\"reference\": \"MOC-2027-0042\", \"valueDate\": \"2027-07-15\"}; the header Idempotency-Key "
                    + "(one per payment the caller means to make, at most 64 characters) is required. The first "
                    + "request with a key pays (201); the same key again, also at the same moment or after a lost "
                    + "answer, answers the same payment (200). Another payment of a paid share or a reference used "
                    + "already is refused.")
    @APIResponse(responseCode = "201", description = "Paid: award number, tranche (from 1), ministry, amount in TWD, "
            + "reference, value date and when it was recorded.")
    @APIResponse(responseCode = "200", description = "Paid earlier by a request with the same Idempotency-Key.")
    @APIResponse(responseCode = "400", description = "The key, reference or value date is missing or malformed, the "
            + "share is paid already or not approved, the reference is used, or the award is not paying (suspended, "
            + "terminated).")
    @APIResponse(responseCode = "401", description = "Not logged in.")
    @APIResponse(responseCode = "403", description = "Not a finance user of the paying ministry, or the same person "
            + "took an earlier step of the chain.")
    @APIResponse(responseCode = "404", description = "No such disbursement.")
    @APIResponse(responseCode = "409", description = "Changed at the same moment; send it again with the same key.")
    public Response pay(@PathParam("id") long id,
                        @Parameter(description = "One key per payment; the same key again never pays twice",
                                required = true) @HeaderParam("Idempotency-Key") String idempotencyKey,
                        JsonObject body) {
        currentUser.require(Role.FINANCE);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInputException(List.of(FieldProblem.of("Idempotency-Key",
                    "api.problem.idempotencyKeyRequired")));
        }
        String reference = text(body, "reference");
        LocalDate valueDate = date(body, "valueDate");
        DisbursementFacade.Paid paid = disbursements.payment(id, reference, valueDate, idempotencyKey.strip());
        return Response.status(paid.made() ? Response.Status.CREATED : Response.Status.OK)
                .entity(json(paid.payment())).build();
    }

    static JsonObject json(PaymentRecord p) {
        return Jsons.createObjectBuilder()
                .add("awardNumber", p.awardNumber())
                .add("tranche", p.tranchePosition() + 1)
                .add("ministry", p.ministryCode())
                .add("amount", p.amount())
                .add("reference", p.paymentReference())
                .add("valueDate", p.valueDate().toString())
                .add("paidAt", p.paidAt().toString())
                .build();
    }

    private static String text(JsonObject body, String field) {
        if (body != null && body.get(field) instanceof JsonString s) {
            return s.getString();
        }
        // the facade names what a reference must be
        return null;
    }

    private static LocalDate date(JsonObject body, String field) {
        String text = text(body, field);
        if (text == null) {
            // the facade refuses a missing value date with its own message
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(List.of(FieldProblem.of(field, "api.problem.date", text)));
        }
    }
}
