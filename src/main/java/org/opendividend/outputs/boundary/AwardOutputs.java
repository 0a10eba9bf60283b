package org.opendividend.outputs.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.outputs.entity.MofEntry;
import org.opendividend.outputs.entity.OutputRegistry;
import org.opendividend.platform.Jsons;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;

import java.util.ArrayList;
import java.util.List;

/**
 * An award's open outputs through the API (issue #13): {@code GET} lists the obligations with their registration,
 * checks and evidence, MOF assessment and verdict (the award's organisation's members and its ministries' officers);
 * {@code PUT …/outputs/{position}} registers an output (owners and editors of the organisation), running its checks
 * at once. The same facade and checks as the pages; refusals are JSON problems.
 */
@Path("awards/{award}/outputs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "Outputs", description = "The open outputs an award obliges its grantee to release, their checks and verdicts.")
public class AwardOutputs {

    @Inject
    OutputsFacade outputs;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "An award's outputs", description = "Each obligation (position from 0) with its terms, state, "
            + "registration, the latest checks with their evidence, the MOF class of model weights, the officer's "
            + "verdict and reason, and its lock version.")
    @APIResponse(responseCode = "200", description = "The obligations.")
    @APIResponse(responseCode = "403", description = "Neither a member of the award's organisation nor an officer of its ministries.")
    @APIResponse(responseCode = "404", description = "No such award, or none of its outputs tracked.")
    public Response list(@PathParam("award") long award) {
        reader();
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        outputs.obligationsOf(award).forEach(o -> list.add(json(o)));
        return Response.ok(list.build()).build();
    }

    @PUT
    @Path("{position}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an output", description = "Body: {\"url\": \"https://zenodo.org/records/15234567\", "
            + "\"registry\": \"ZENODO\" (HUGGING_FACE_MODEL, HUGGING_FACE_DATASET, GITHUB, ZENODO, SOFTWARE_HERITAGE, "
            + "OTHER), \"revision\": \"v1.0.0\", \"identifier\": \"10.5281/zenodo.15234567\", \"licence\": "
            + "\"CC-BY-4.0\" (an SPDX id), \"mofComponents\": [{\"component\": \"MODEL_CARD\", \"licence\": "
            + "\"CC-BY-4.0\", \"location\": \"https://…\"}] (model weights only), \"version\": 0 (the lock version "
            + "read last)}. The checks run at once; the answer carries them.")
    @APIResponse(responseCode = "200", description = "Registered and checked.")
    @APIResponse(responseCode = "400", description = "Refused, with a translated problem per field; nothing stored.")
    @APIResponse(responseCode = "403", description = "Not an owner or editor of the award's organisation.")
    @APIResponse(responseCode = "404", description = "No such award or position.")
    @APIResponse(responseCode = "409", description = "Changed meanwhile (another lock version), or not registrable now.")
    public Response register(@PathParam("award") long award, @PathParam("position") int position, JsonObject body) {
        currentUser.require(Role.APPLICANT);
        JsonObject json = body == null ? JsonObject.EMPTY_JSON_OBJECT : body;
        long version = number(json, "version");
        ObligationView obligation = outputs.obligationsOf(award).stream().filter(o -> o.position() == position)
                .findFirst().orElseThrow(() -> new NoSuchObjectException("OutputObligation", award + "/" + position));
        Registration registration = new Registration(text(json, "url"), registry(text(json, "registry")),
                text(json, "revision"), text(json, "identifier"), text(json, "licence"), components(json));
        return Response.ok(json(outputs.register(obligation.id(), registration, version)).build()).build();
    }

    private void reader() {
        Caller caller = currentUser.caller();
        if (!caller.has(Role.OFFICER)) {
            currentUser.require(Role.APPLICANT);
        }
    }

    static JsonObjectBuilder json(ObligationView o) {
        JsonArrayBuilder checks = Jsons.createArrayBuilder();
        o.checks().forEach(c -> {
            JsonArrayBuilder arguments = Jsons.createArrayBuilder();
            c.arguments().forEach(arguments::add);
            checks.add(Jsons.createObjectBuilder().add("check", c.check()).add("verdict", c.verdict())
                    .add("messageKey", c.messageKey()).add("arguments", arguments)
                    .add("evidenceField", nullable(c.evidenceField())).add("evidenceValue", nullable(c.evidenceValue())));
        });
        JsonArrayBuilder findings = Jsons.createArrayBuilder();
        o.findings().forEach(f -> findings.add(Jsons.createObjectBuilder().add("check", f.check())
                .add("change", f.change())));
        JsonArrayBuilder components = Jsons.createArrayBuilder();
        o.mofComponents().forEach(e -> components.add(Jsons.createObjectBuilder().add("component", e.component())
                .add("licence", e.licence()).add("location", e.location())));
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("position", o.position())
                .add("award", o.awardNumber()).add("type", o.type().name()).add("title", o.title())
                .add("allowedLicences", o.allowedLicences()).add("dueDate", o.releaseBy().toString())
                .add("languages", o.languages()).add("requiredMofClass", o.requiredMofClass())
                .add("state", o.state().name()).add("url", nullable(o.url()))
                .add("registry", o.registry() == null ? JsonValue.NULL : Jsons.createValue(o.registry().name()))
                .add("revision", nullable(o.revision())).add("identifier", nullable(o.identifier()))
                .add("licence", nullable(o.declaredLicence())).add("verdictReason", nullable(o.verdictReason()))
                .add("flagged", o.flagged()).add("findings", findings).add("checks", checks)
                .add("mofComponents", components).add("version", o.version());
        if (o.mof() != null) {
            json.add("mofClass", o.mof().reached()).add("mofMeetsRequired", o.mof().meetsRequired());
        }
        return json;
    }

    private static JsonValue nullable(String value) {
        return value == null ? JsonValue.NULL : Jsons.createValue(value);
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject json, String name) {
        if (json.get(name) instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw new InvalidInputException(List.of(FieldProblem.of(name, "api.problem.wholeNumber")));
    }

    private static OutputRegistry registry(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return OutputRegistry.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldProblem.of("registry", "api.problem.unknownValue", name)));
        }
    }

    private static List<MofEntry> components(JsonObject json) {
        JsonValue value = json.get("mofComponents");
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException(List.of(FieldProblem.of("mofComponents", "api.problem.notAList")));
        }
        List<MofEntry> entries = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject row)) {
                throw new InvalidInputException(List.of(FieldProblem.of("mofComponents", "api.problem.notAnObject")));
            }
            entries.add(new MofEntry(text(row, "component"), text(row, "licence"), text(row, "location")));
        }
        return entries;
    }
}
