package org.opendividend.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.platform.export.AtomWriter;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.ApiLanguage;
import org.opendividend.platform.web.ErrorResponses;
import org.opendividend.registry.control.PageJson;
import org.opendividend.registry.control.ProjectCsv;
import org.opendividend.registry.control.ProjectJson;
import org.opendividend.registry.control.ProjectPage;
import org.opendividend.registry.control.PublishedProjects;
import org.opendividend.registry.control.ProjectQuery;
import org.opendividend.registry.control.VerifiedOutputsFeed;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry as open data, without login: the funded projects as JSON (filtered like the page, a page at a time,
 * a parameter that cannot be read refused with 400), one project, the projects as CSV, the 360Giving data package and the Atom feed of
 * newly verified outputs. Only
 * accepted, suspended and terminated awards exist here; anything else is not found (404).
 */
@Path("registry")
@RequestScoped
@Tag(name = "Registry", description = "The fund's public registry of funded projects, their money and open outputs.")
public class RegistryProjects {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    Registry registry;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @GET
    @Path("projects")
    @Produces(JSON)
    @Operation(summary = "List the funded projects, a page at a time",
            description = "Every published award (accepted, suspended or terminated) with its ministries, amounts "
                    + "awarded and disbursed (whole TWD), languages, outputs (type, licence, link, state) and facets, "
                    + "narrowed by the optional parameters, in the order of the award ids. The answer is an object: "
                    + "total (how many match), page, size, pages, links (self, first, last, and next and prev where "
                    + "they exist, each keeping the filters) and projects (this page's). The same links are in the "
                    + "Link header. The complete lists are the CSV and the 360Giving package.")
    @APIResponse(responseCode = "200", description = "One page of the matching projects (possibly none).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "A parameter is given but cannot be read (a page below 1, a "
            + "size outside 1 to " + ProjectPage.MAX_SIZE + ", a value not in the lists).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response list(
            @Parameter(description = "Code of a ministry that leads or co-funds the project", example = "moc")
            @QueryParam("ministry") String ministry,
            @Parameter(description = "A language by ISO 639-3 code or by name in Chinese or English (hak, 客語, Hakka, ami, Amis)",
                    example = "hak")
            @QueryParam("language") String language,
            @Parameter(description = "Output type: CODE, MODEL_WEIGHTS, DATASET, DOCUMENTATION, EVALUATION",
                    example = "DATASET")
            @QueryParam("outputType") String outputType,
            @Parameter(description = "SPDX licence id of an output", example = "CC-BY-4.0")
            @QueryParam("licence") String licence,
            @Parameter(description = "Output state: PLANNED, REGISTERED, CHECKED, VERIFIED, NON_COMPLIANT",
                    example = "PLANNED")
            @QueryParam("state") String state,
            @Parameter(description = "Facet of public AI: ACCESSIBILITY, ACCOUNTABILITY, PUBLIC_INTEREST",
                    example = "ACCESSIBILITY")
            @QueryParam("facet") String facet,
            @Parameter(description = "The page, from 1 (default 1); past the last page the list is empty",
                    example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Projects per page, 1 to " + ProjectPage.MAX_SIZE + " (default "
                    + ProjectPage.DEFAULT_SIZE + ")", example = "20",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100"))
            @QueryParam("size") String size) {
        ProjectQuery.Read read = ProjectQuery.read(ministry, language, outputType, licence, state, facet);
        if (!read.ignored().isEmpty()) {
            return ErrorResponses.badParameter(read.ignored().get(0), "api.registry.badParameter",
                    ApiLanguage.of(headers));
        }
        Optional<Integer> pageRead = ProjectPage.Request.page(page);
        Optional<Integer> sizeRead = ProjectPage.Request.size(size);
        if (pageRead.isEmpty() || sizeRead.isEmpty()) {
            return ErrorResponses.badParameter(pageRead.isEmpty() ? "page" : "size", "api.registry.badPage",
                    ApiLanguage.of(headers));
        }
        ProjectPage shown = registry.page(read.filter(), new ProjectPage.Request(pageRead.get(), sizeRead.get()));
        Map<String, URI> links = links(shown);
        Response.ResponseBuilder answer = Response.ok(PageJson.of(shown, appRoot(), links));
        links.forEach((rel, uri) -> answer.link(uri, rel));
        return answer.build();
    }

    /** The links of a page: the same request with another page (its filters and size kept). */
    private Map<String, URI> links(ProjectPage shown) {
        Map<String, URI> links = new LinkedHashMap<>();
        links.put("self", withPage(shown.page(), shown.size()));
        links.put("first", withPage(1, shown.size()));
        links.put("last", withPage(shown.pages(), shown.size()));
        if (shown.hasPrevious()) {
            links.put("prev", withPage(Math.min(shown.page() - 1, shown.pages()), shown.size()));
        }
        if (shown.hasNext()) {
            links.put("next", withPage(shown.page() + 1, shown.size()));
        }
        return links;
    }

    private URI withPage(int page, int size) {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size).build();
    }

    @GET
    @Path("projects/{id}")
    @Produces(JSON)
    @Operation(summary = "One funded project", description = "By the award's id (8001) or number (1008-1).")
    @APIResponse(responseCode = "200", description = "The project.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "404", description = "No published award has this id or number.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response one(@Parameter(description = "The award's id or number", example = "1008-1")
                        @PathParam("id") String id) {
        PublishedProjects.Entry project = registry.published(id)
                .orElseThrow(() -> new NoSuchObjectException("Project", "(not public)"));
        StringBuilder json = new StringBuilder(project.json().head().length() + project.json().tail().length() + 64);
        project.json().write(json, ProjectJson.escaped(appRoot().toString()));
        return Response.ok(json.toString()).build();
    }

    @GET
    @Path("projects.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "The funded projects as CSV", description = "One row per project, the same filters as the list.")
    @APIResponse(responseCode = "200", description = "CSV in UTF-8 with a byte-order mark.",
            content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "400", description = "A parameter is given but cannot be read.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON))
    public Response csv(@QueryParam("ministry") String ministry, @QueryParam("language") String language,
                        @QueryParam("outputType") String outputType, @QueryParam("licence") String licence,
                        @QueryParam("state") String state, @QueryParam("facet") String facet) {
        ProjectQuery.Read read = ProjectQuery.read(ministry, language, outputType, licence, state, facet);
        if (!read.ignored().isEmpty()) {
            return ErrorResponses.badParameter(read.ignored().get(0), "api.registry.badParameter",
                    ApiLanguage.of(headers));
        }
        return Response.ok(ProjectCsv.of(registry.projects(read.filter())))
                .type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"opendividend-projects.csv\"").build();
    }

    @GET
    @Path("360giving.json")
    @Produces(JSON)
    @Operation(summary = "The funded projects as a 360Giving data package",
            description = "Every published award as a grant of the 360Giving Data Standard 1.4 (package schema), "
                    + "ids 360G-<prefix>-<award number>, amounts in TWD, payments as disbursement transactions.")
    @APIResponse(responseCode = "200", description = "The data package.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response grants() {
        return Response.ok(registry.grantPackage(appRoot()))
                .header("Content-Disposition", "attachment; filename=\"opendividend-360giving.json\"").build();
    }

    @GET
    @Path("outputs.atom")
    @Produces(AtomWriter.MEDIA_TYPE)
    @Operation(summary = "Atom feed of newly verified outputs",
            description = "One entry per output an officer verified open (and still verified), newest first, the latest "
                    + VerifiedOutputsFeed.LIMIT + ": the project, the output's type, licence and link, the verification "
                    + "time in UTC; entry ids are tag URIs that stay the same across fetches.")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed (RFC 4287).",
            content = @Content(mediaType = "application/atom+xml"))
    public Response verifiedOutputs() {
        return Response.ok(registry.verifiedOutputsFeed(appRoot())).type(AtomWriter.MEDIA_TYPE).build();
    }

    /** The application's root address ({@code …/}), from the API's base ({@code …/api/v1/}). */
    private URI appRoot() {
        return uriInfo.getBaseUri().resolve("../../");
    }
}
