package org.opendividend.outputs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.control.LicenceReasons;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.web.ErrorResponses;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public face of the licence knowledge base, for applicants' tools and for anyone checking a funded output:
 * <ul>
 * <li>{@code GET /api/v1/licences/{id}}: the classification of one licence, by its SPDX, Hugging Face or Open
 * Knowledge Foundation identifier in any case ({@code apache-2.0}, {@code OGL-TW-1.0}, {@code llama2}). The
 * answer carries the canonical {@code id}, the licence's {@code name}, the boolean verdicts {@code open},
 * {@code osiApproved}, {@code fsfLibre}, {@code openDefinition} and {@code deprecated}, {@code appropriateFor}
 * (output type names) and {@code reasons}: why it is not open, or notes such as a deprecated identifier, each as
 * {@code {key, text}}. The key is stable for programs; the text is in the language the caller's
 * {@code Accept-Language} asks for (English or Traditional Chinese, the default), as in every error answer of
 * the API. An unknown identifier answers 404 in the API's error shape, saying how to name a licence.</li>
 * <li>{@code GET /api/v1/licences?outputType=DATASET}: the open licences a funded output of that type may use,
 * with the fund's {@code defaults} first in order of preference; 400 without a known output type.</li>
 * </ul>
 * No login: the rules of the fund are public.
 */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences", description = "The licence knowledge base: which licences the fund accepts as open")
public class Licences {

    private static final String CLASSIFICATION_EXAMPLE = """
            {"id": "CC-BY-NC-4.0", "name": "Creative Commons Attribution Non Commercial 4.0 International",
             "open": false, "osiApproved": false, "fsfLibre": false, "openDefinition": false, "deprecated": false,
             "appropriateFor": ["MODEL_WEIGHTS", "DATASET", "DOCUMENTATION", "EVALUATION"],
             "reasons": [{"key": "licence.reason.nonCommercial",
                          "text": "Forbids commercial use, so others cannot freely build on the work."}]}""";

    private static final String NOT_FOUND_EXAMPLE = """
            {"status": 404, "code": "not_found",
             "message": "This licence identifier is not known. Use an SPDX identifier such as Apache-2.0 or CC-BY-4.0."}""";

    /** Classifications change only with a new release of the application. */
    private static final int CACHE_SECONDS = 3600;

    @Inject
    LicenceCatalogue catalogue;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}")
    @Operation(summary = "Classify a licence",
            description = "Whether the fund accepts the licence as open, the verdicts of OSI, FSF and the Open "
                    + "Definition, the output types it suits, and the reasons, translated per Accept-Language.")
    @APIResponse(responseCode = "200", description = "The classification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "not open", value = CLASSIFICATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No licence is known by this identifier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "unknown", value = NOT_FOUND_EXAMPLE)))
    public Response classify(
            @Parameter(description = "SPDX, Hugging Face or Open Knowledge Foundation licence identifier, any case",
                    example = "apache-2.0") @PathParam("id") String id) {
        Locale locale = locale();
        return catalogue.classify(id)
                .map(licence -> json(LicenceJson.classification(licence, locale), locale))
                .orElseGet(() -> ErrorResponses.of(Response.Status.NOT_FOUND, "not_found", LicenceReasons.UNKNOWN_ID,
                        locale));
    }

    @GET
    @Operation(summary = "List the open licences for an output type",
            description = "The licences a funded output of the type may use, sorted by identifier, with the "
                    + "fund's defaults in order of preference. Deprecated SPDX identifiers are not listed.")
    @APIResponse(responseCode = "200", description = "The output type, its defaults and its licences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "400", description = "The output type is missing or unknown",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response openLicences(
            @Parameter(description = "The kind of output", required = true,
                    schema = @Schema(enumeration = {"CODE", "MODEL_WEIGHTS", "DATASET", "DOCUMENTATION",
                            "EVALUATION"})) @QueryParam("outputType") String outputType) {
        Locale locale = locale();
        return outputType(outputType)
                .map(type -> json(LicenceJson.listing(type, catalogue.defaultsFor(type),
                        catalogue.openLicencesFor(type), locale), locale))
                .orElseGet(() -> ErrorResponses.of(Response.Status.BAD_REQUEST, "bad_request",
                        "licence.error.outputType", locale));
    }

    static Optional<OutputType> outputType(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Stream.of(OutputType.values()).filter(type -> type.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static Response json(Object body, Locale locale) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(locale)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .cacheControl(cache)
                .build();
    }

    /** The same choice as the platform's error mappers: the caller's first Accept-Language; zh-TW by default. */
    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst()
                .map(language -> Languages.of(language.toLanguageTag()))
                .orElse(Languages.ZH_TW);
    }
}
