package org.opendividend.calls.boundary;

import org.opendividend.platform.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.web.ApiLanguage;
import org.opendividend.platform.web.ErrorResponses;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The public calls as open data: {@code GET /api/v1/calls} and {@code GET /api/v1/calls/{id}}, without login.
 * Drafts do not exist here. The shape is {@link CallJson}'s.
 * <p>
 * Writing: {@code POST /api/v1/calls} starts a draft for an officer of the lead ministry (a security constraint in
 * {@code web.xml} lets only officers reach it; {@link CallFacade} checks the ministry). Drafts are then written in
 * the call editor.
 */
@Path("calls")
@RequestScoped
@Produces(Calls.JSON)
@Tag(name = "Calls", description = "Published calls for proposals of the fund, in Traditional Chinese and English.")
public class Calls {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private static final String CALL_EXAMPLE = """
            {"id": 1001, "url": "https://example.org/calls/call.xhtml?id=1001", "programme": "tw-public-ai",
             "status": "OPEN", "titles": {"zh-TW": "客語與原住民族語言語音及文字語料建置", "en": "Speech and text corpora for Hakka and Indigenous languages"},
             "leadMinistry": {"code": "moc", "names": {"zh-TW": "文化部", "en": "Ministry of Culture"}},
             "coFunders": [{"code": "moda", "names": {"zh-TW": "數位發展部", "en": "Ministry of Digital Affairs"}}],
             "budget": 30000000, "currency": "TWD", "shares": [{"ministry": "moc", "amount": 20000000}, {"ministry": "moda", "amount": 10000000}],
             "minGrant": 1000000, "maxGrant": 5000000, "maxDurationMonths": 24,
             "opensAt": "2026-11-01T01:00:00Z", "opensAtTaipei": "2026-11-01T09:00:00+08:00",
             "closesAt": "2027-03-31T09:00:00Z", "closesAtTaipei": "2027-03-31T17:00:00+08:00",
             "targetLanguages": [{"code": "hak", "names": {"zh-TW": "客語", "en": "Hakka"}}],
             "licencePolicy": {"CODE": ["Apache-2.0", "MIT"], "DATASET": ["CC-BY-4.0", "CC0-1.0"]},
             "requiredMofClass": {"code": "CLASS_II", "names": {"zh-TW": "…", "en": "Class II: open tooling"}},
             "releaseDeadlineMonths": 6, "retentionPercent": 10, "deadlineExtensions": []}""";

    @Inject
    CallFacade calls;

    @Inject
    MinistryFacade ministries;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List the public calls",
            description = "Every call that has been published (open, opening soon, closed, in review, decided or archived), "
                    + "those closing first on top, narrowed by the optional parameters. Drafts are never listed. "
                    + "Texts are in both languages; amounts are whole New Taiwan dollars; instants are given in UTC and in "
                    + "Taipei time. The status is the status at the moment of the request, decided by the server's clock.")
    @APIResponse(responseCode = "200", description = "The matching calls (possibly none).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one call", value = "[" + CALL_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "A parameter is given but cannot be read (an unknown status, a "
            + "language code not in the catalogue, a number of days that is not 1 to 366).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response list(
            @Parameter(description = "Code of a ministry that leads or co-funds the call", example = "moc")
            @QueryParam("ministry") String ministry,
            @Parameter(description = "ISO 639-3 code of a target language (zho, cmn, nan, hak, ami, tay, pwn, bnn, pyu, "
                    + "dru, tsu, xsy, tao, ssf, ckv, trv, szy, sxr, xnb, eng)", example = "hak")
            @QueryParam("language") String language,
            @Parameter(description = "Status now: PUBLISHED (opens later), OPEN, CLOSED, IN_REVIEW, DECIDED, ARCHIVED",
                    example = "OPEN")
            @QueryParam("status") String status,
            @Parameter(description = "Only open calls closing within this many days (1 to 366)", example = "14")
            @QueryParam("closingWithinDays") String closingWithinDays) {
        PublicCallFilter filter;
        try {
            filter = PublicCallQuery.strict(ministry, language, status, closingWithinDays);
        } catch (PublicCallQuery.InvalidParameter invalid) {
            return badParameter(invalid.parameter());
        }
        List<FundingCall> found = calls.publicCalls(filter);
        return Response.ok(CallJson.calls(found, calls.now(), lookup(), CallJson.appRoot(uriInfo.getBaseUri()))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One public call",
            description = "Everything an applicant needs to know about one published call: texts in both languages, "
                    + "funding by ministry, dates, eligibility, review criteria, the application form's questions and "
                    + "the open-licence policy per type of output.")
    @APIResponse(responseCode = "200", description = "The call.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "a call", value = CALL_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No published call has this id (drafts are not found either).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response one(@Parameter(description = "The call's id", example = "1001") @PathParam("id") long id) {
        FundingCall call = calls.publicCall(id).orElseThrow(() -> new NoSuchObjectException("Call", id));
        return Response.ok(CallJson.call(call, calls.now(), lookup(), CallJson.appRoot(uriInfo.getBaseUri()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a draft call (officers only)",
            description = "Creates an empty draft led by the given ministry. Only an officer of that ministry may; the "
                    + "draft is then written in the call editor, whose address the answer gives.")
    @APIResponse(responseCode = "201", description = "The draft, with its editor's address in Location.")
    @APIResponse(responseCode = "400", description = "No leadMinistry given.")
    @APIResponse(responseCode = "403", description = "Not an officer of that ministry.")
    public Response startDraft(JsonObject body) {
        String leadMinistry = body == null ? null : body.getString("leadMinistry", null);
        if (leadMinistry == null || leadMinistry.isBlank()) {
            return badParameter("leadMinistry");
        }
        FundingCall draft = calls.create(leadMinistry.strip());
        URI editor = CallJson.appRoot(uriInfo.getBaseUri()).resolve("officer/call.xhtml?id=" + draft.id());
        return Response.created(editor)
                .entity(Jsons.createObjectBuilder()
                        .add("id", draft.id())
                        .add("status", draft.recordedStatus().name())
                        .add("leadMinistry", draft.leadMinistry())
                        .add("editor", editor.toString())
                        .build())
                .build();
    }

    /** Ministries looked up once per request, however many calls name them. */
    private CallJson.MinistryLookup lookup() {
        Map<String, Optional<MinistryView>> seen = new HashMap<>();
        return code -> seen.computeIfAbsent(code, ministries::ministry);
    }

    private Response badParameter(String parameter) {
        return ErrorResponses.badParameter(parameter, "api.calls.badParameter", ApiLanguage.of(headers));
    }
}
