package org.opendividend.applications.boundary;

import org.opendividend.platform.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.applications.control.ApplicationContentJson;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.ApiLanguage;
import org.opendividend.platform.web.ApiLinks;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Applications through the API, for applicants who prepare them with their own tools and for the deadline-rush
 * benchmark: start, read, save the working copy, attach PDFs, submit, list the versions, withdraw. Everything goes
 * through the same facades as the wizard, so the same person, organisation, state and deadline checks apply.
 * <p>
 * Only applicants may use these paths (checked here from the session's own login, not by a {@code web.xml}
 * constraint: see {@link CurrentUser#require}); the facades check the organisation and the object. The session cookie
 * authenticates, so every writing request needs a JSON body or a PDF body sent with PUT: a form on another site can
 * send neither without the browser asking this server first, which it does not allow (no CORS), so there is no
 * cross-site request forgery here.
 */
@Path("applications")
@RequestScoped
@Produces(Applications.JSON)
@Tag(name = "Applications", description = "Applicants' own applications: working copy, attachments, submissions.")
public class Applications {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    ApplicationFacade applications;

    @Inject
    AttachmentFacade attachments;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an application",
            description = "Starts an empty working copy for an open call on behalf of an organisation in which the "
                    + "caller is owner or editor. Body: {\"call\": 1001, \"organisation\": 7}.")
    @APIResponse(responseCode = "201", description = "The new working copy; Location is the wizard's address.")
    @APIResponse(responseCode = "400", description = "The call does not accept applications now, or a field is missing.")
    @APIResponse(responseCode = "403", description = "The caller may not write for that organisation.")
    public Response start(JsonObject body) {
        currentUser.require(Role.APPLICANT);
        long call = number(body, "call");
        long organisation = number(body, "organisation");
        Application started = applications.start(call, organisation);
        return Response.created(wizard(started.id())).entity(json(started)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application", description = "The working copy with its state, its lock version (send it "
            + "back when saving or submitting), what is still missing before submission and the attachments.")
    @APIResponse(responseCode = "200", description = "The application.")
    @APIResponse(responseCode = "403", description = "Not a member of the applying organisation.")
    @APIResponse(responseCode = "404", description = "No such application.")
    public Response one(@PathParam("id") long id) {
        currentUser.require(Role.APPLICANT);
        return Response.ok(json(applications.forMember(id))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the working copy",
            description = "Replaces every section with the body's (the shape GET answers; \"version\" is the lock "
                    + "version read last). Incomplete copies are saved; what can never be stored (malformed dates, "
                    + "amounts or ORCID iDs, an abstract over its word limit) is refused field by field. \"answers\" "
                    + "maps question ids to text; a single or multiple choice question is answered with the list of "
                    + "the chosen options' positions in the call's option lists, from 0 (e.g. [0, 2]): the same in "
                    + "both languages. An option the question does not offer, or text for a choice, is refused.")
    @APIResponse(responseCode = "200", description = "Saved; the answer carries the new lock version.")
    @APIResponse(responseCode = "400", description = "Refused, with a translated problem per field; nothing saved.")
    @APIResponse(responseCode = "409", description = "Someone saved in between; read again.")
    public Response save(@PathParam("id") long id, JsonObject body) {
        currentUser.require(Role.APPLICANT);
        long version = number(body, "version");
        return Response.ok(json(applications.save(id, version, ApplicationContentJson.read(body)))).build();
    }

    @PUT
    @Path("{id}/attachments/{type}")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Attach a PDF",
            description = "Stores the body as the attachment of the type, replacing the previous one. Only PDFs (by "
                    + "content) within the size limit (20 MB unless configured) are kept.")
    @APIResponse(responseCode = "201", description = "Stored: name, size and SHA-256.")
    @APIResponse(responseCode = "400", description = "Not a PDF, too large or an unknown type; nothing changed.")
    public Response attach(@PathParam("id") long id,
                           @Parameter(description = "PROJECT_PLAN, BUDGET_JUSTIFICATION, TEAM_CVS, LETTERS_OF_SUPPORT, "
                                   + "DATA_MANAGEMENT_PLAN, COMMUNITY_CONSENT or ETHICS_APPROVAL")
                           @PathParam("type") String type,
                           @Parameter(description = "The file's name as the applicant knows it") @QueryParam("name") String name,
                           InputStream content) {
        currentUser.require(Role.APPLICANT);
        Attachment stored = attachments.upload(id, attachmentType(type), name == null ? type + ".pdf" : name, content);
        return Response.status(Response.Status.CREATED).entity(json(stored).build()).build();
    }

    @POST
    @Path("{id}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit", description = "Freezes the working copy of lock version \"version\" as the next "
            + "submitted version, if the call still accepts it by the server's clock and nothing is missing. Body: "
            + "{\"version\": 3}. Sending the same version twice gives one submission (the second is told 409).")
    @APIResponse(responseCode = "201", description = "The receipt: number, instant and the SHA-256 of the snapshot.")
    @APIResponse(responseCode = "400", description = "Deadline passed, not open, or items missing (listed).")
    @APIResponse(responseCode = "409", description = "The working copy changed since that version.")
    public Response submit(@PathParam("id") long id, JsonObject body) {
        currentUser.require(Role.APPLICANT);
        SubmittedVersion submitted = applications.submit(id, number(body, "version"));
        URI receipt = ApiLinks.appRoot(uriInfo.getBaseUri()).resolve("applicant/receipt?application=" + id + "&version="
                + submitted.number());
        return Response.created(receipt).entity(json(submitted).build()).build();
    }

    @GET
    @Path("{id}/submissions")
    @Operation(summary = "The submitted versions", description = "Every version submitted, oldest first.")
    @APIResponse(responseCode = "200", description = "The versions with their receipts.")
    public Response versions(@PathParam("id") long id) {
        currentUser.require(Role.APPLICANT);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        applications.versions(id).forEach(v -> list.add(json(v)));
        return Response.ok(list.build()).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw", description = "Withdraws the application before a decision. Body: {\"version\": 3}.")
    @APIResponse(responseCode = "200", description = "Withdrawn.")
    public Response withdraw(@PathParam("id") long id, JsonObject body) {
        currentUser.require(Role.APPLICANT);
        return Response.ok(json(applications.withdraw(id, number(body, "version")))).build();
    }

    private JsonObject json(Application application) {
        Locale language = ApiLanguage.of(headers);
        JsonArrayBuilder missing = Jsons.createArrayBuilder();
        applications.submissionProblems(application.id()).forEach(p -> missing.add(Jsons.createObjectBuilder()
                .add("field", p.field() == null ? "" : p.field()).add("code", p.messageKey())
                .add("message", Texts.problem(language, p))));
        JsonArrayBuilder files = Jsons.createArrayBuilder();
        attachments.list(application.id()).forEach(a -> files.add(json(a)));
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", application.id())
                .add("call", application.callId())
                .add("organisation", application.organisationId())
                .add("status", application.status().name())
                .add("statusText", Texts.text(language, application.status().labelKey()))
                .add("version", application.version())
                .add("submittedVersions", application.submittedVersions())
                .add("wizard", wizard(application.id()).toString());
        ApplicationContentJson.addTo(json, application.content());
        return json.add("attachments", files).add("missing", missing).build();
    }

    private static JsonObjectBuilder json(Attachment attachment) {
        return Jsons.createObjectBuilder().add("id", attachment.id()).add("type", attachment.type().name())
                .add("name", attachment.fileName()).add("sizeBytes", attachment.sizeBytes())
                .add("sha256", attachment.sha256());
    }

    private static JsonObjectBuilder json(SubmittedVersion version) {
        return Jsons.createObjectBuilder()
                .add("application", version.applicationId())
                .add("number", version.number())
                .add("receipt", version.receiptNumber())
                .add("submittedAt", version.submittedAt().toString())
                .add("submittedAtTaipei", version.submittedAt().atZone(Formats.TAIPEI).toOffsetDateTime().toString())
                .add("sha256", version.snapshotSha256());
    }

    private URI wizard(long id) {
        return ApiLinks.appRoot(uriInfo.getBaseUri()).resolve("applicant/application.xhtml?id=" + id);
    }

    /** A whole number the body must carry, refused as that field's problem when missing or not one. */
    private static long number(JsonObject body, String field) {
        if (body != null && body.get(field) instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw new InvalidInputException(List.of(FieldProblem.of(field, "api.problem.wholeNumber")));
    }

    private static AttachmentType attachmentType(String type) {
        try {
            return AttachmentType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("type", "api.problem.unknownValue", type)));
        }
    }
}
