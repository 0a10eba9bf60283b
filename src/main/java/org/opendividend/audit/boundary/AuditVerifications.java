package org.opendividend.audit.boundary;

import org.opendividend.platform.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opendividend.audit.control.ChainVerification;

/**
 * {@code GET /api/v1/audit/verifications/latest}: verifies the whole chain now and answers the verdict as JSON.
 * For the fund-admin; everyone else gets 403 (see {@code AccessDeniedMapper}).
 */
@Path("audit/verifications")
@RequestScoped
public class AuditVerifications {

    @Inject
    AuditFacade audit;

    @GET
    @Path("latest")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject verifyNow() {
        ChainVerification result = audit.verify();
        JsonArrayBuilder problems = Jsons.createArrayBuilder();
        result.problems().forEach(p -> problems.add(Jsons.createObjectBuilder()
                .add("seq", p.seq())
                .add("kind", p.kind().name())
                .add("detail", p.detail())
                .add("checkpoint", p.checkpoint())));
        return Jsons.createObjectBuilder()
                .add("intact", result.intact())
                .add("entriesChecked", result.entriesChecked())
                .add("recordedEnd", result.recordedEnd())
                .add("problemCount", result.problemCount())
                .add("problems", problems)
                .add("verifiedAt", result.verifiedAt().toString())
                .build();
    }
}
