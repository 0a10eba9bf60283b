package org.opendividend.organisations.boundary;

import org.opendividend.platform.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.organisations.entity.Organisation;
import org.opendividend.organisations.entity.OrganisationDetails;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.ApiLinks;

import java.net.URI;
import java.util.List;

/**
 * The applicant's organisations through the API: {@code GET} lists them with the caller's role, {@code POST} founds
 * one (the same checks as the page: 統一編號 and ROR check digits, names in both languages). Only applicants may use
 * these paths (checked here, see {@link CurrentUser#require}); a JSON body is required, so no form on another site can post here.
 */
@Path("organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Organisations", description = "The organisations an applicant applies for.")
public class Organisations {

    @Inject
    OrganisationFacade organisations;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "My organisations", description = "The organisations the caller belongs to, with their role.")
    @APIResponse(responseCode = "200", description = "The memberships.")
    public Response mine() {
        currentUser.require(Role.APPLICANT);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        organisations.mine().forEach(m -> list.add(json(m.organisation()).add("role", m.role().name())));
        return Response.ok(list.build()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Found an organisation", description = "Body: {\"names\": {\"zh-TW\": …, \"en\": …}, \"type\": "
            + "\"UNIVERSITY\", \"businessNumber\": \"…\", \"address\": …, \"ror\": …}. The caller becomes its owner.")
    @APIResponse(responseCode = "201", description = "Founded; Location is its page.")
    @APIResponse(responseCode = "400", description = "Refused, with a translated problem per field.")
    public Response found(JsonObject body) {
        currentUser.require(Role.APPLICANT);
        JsonObject json = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        JsonObject names = json.get("names") instanceof JsonObject n ? n : JsonObject.EMPTY_JSON_OBJECT;
        Organisation founded = organisations.create(new OrganisationDetails(text(names, "zh-TW"), text(names, "en"),
                type(text(json, "type")), text(json, "businessNumber"), text(json, "address"), text(json, "ror")));
        URI page = ApiLinks.appRoot(uriInfo.getBaseUri()).resolve("applicant/organisation.xhtml?id=" + founded.id());
        return Response.created(page).entity(json(OrganisationView.of(founded)).add("role", "OWNER").build()).build();
    }

    private static JsonObjectBuilder json(OrganisationView o) {
        return Jsons.createObjectBuilder().add("id", o.id())
                .add("names", Jsons.createObjectBuilder().add("zh-TW", o.nameZhTw()).add("en", o.nameEn()))
                .add("type", o.type().name())
                .add("businessNumber", o.businessNumber() == null ? "" : o.businessNumber())
                .add("address", o.address() == null ? "" : o.address())
                .add("ror", o.rorId() == null ? "" : o.rorId());
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static OrganisationType type(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return OrganisationType.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("type", "api.problem.unknownValue", name)));
        }
    }
}
