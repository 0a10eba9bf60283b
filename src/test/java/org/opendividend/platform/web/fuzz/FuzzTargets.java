package org.opendividend.platform.web.fuzz;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.opendividend.applications.ApplicantApi;

import java.io.IOException;
import java.util.List;

/**
 * The objects the fuzz test aims at with good values: an organisation and two applications of the fuzzing
 * applicant, one a draft and one withdrawn (so that every step on it is out of state), and the open demo call.
 */
public record FuzzTargets(long organisation, long draft, long withdrawn, long withdrawnVersion, long call,
                          JsonObject content) {

    static final long OPEN_CALL = 1001;

    public static FuzzTargets prepare(ApplicantApi api) throws IOException, InterruptedException {
        long organisation = ApplicantApi.object(api.foundOrganisation("模糊測試", "Fuzz test")).getJsonNumber("id").longValue();
        JsonObject draft = ApplicantApi.object(api.start(OPEN_CALL, organisation));
        JsonObject other = ApplicantApi.object(api.start(OPEN_CALL, organisation));
        JsonObject withdrawn = ApplicantApi.object(api.withdraw(other.getJsonNumber("id").longValue(),
                other.getJsonNumber("version").longValue()));
        JsonObject content = ApplicantApi.completeContent(ApplicantApi.object(api.call(OPEN_CALL)), "Fuzz");
        return new FuzzTargets(organisation, draft.getJsonNumber("id").longValue(), withdrawn.getJsonNumber("id").longValue(),
                withdrawn.getJsonNumber("version").longValue(), OPEN_CALL, content);
    }

    /** Good values of path and query parameters by name (for {@code id}, by the path it is in). */
    List<String> goodValues(String path, String name) {
        return switch (name) {
            // the withdrawn one twice as often: every step on it is out of state, and its version stays as read
            case "id" -> path.startsWith("/api/v1/applications")
                    ? List.of(String.valueOf(draft), String.valueOf(withdrawn), String.valueOf(withdrawn))
                    : path.startsWith("/api/v1/licences") ? List.of("apache-2.0", "CC-BY-4.0", "llama3")
                    : List.of(String.valueOf(call));
            case "type" -> List.of("PROJECT_PLAN", "BUDGET_JUSTIFICATION");
            case "name" -> List.of("plan.pdf", "%E8%A8%88%E7%95%AB.pdf");
            case "outputType" -> List.of("DATASET", "MODEL", "CODE");
            case "ministry" -> List.of("moc", "nstc");
            case "language" -> List.of("hak", "ami");
            case "status" -> List.of("OPEN", "CLOSED");
            case "closingWithinDays" -> List.of("14", "366");
            // the demo award 1008-1 and its obligations: the fuzzing callers are none of its readers
            case "award" -> List.of("8001");
            case "position" -> List.of("0", "3");
            default -> List.of();
        };
    }

    /**
     * A body the operation would accept from its owner, to break field by field; versions are the withdrawn
     * application's current one, so that unbroken bodies reach the workflow's refusal (409) there.
     */
    JsonObject template(String method, String path) {
        String versioned = "{\"version\": " + withdrawnVersion + "}";
        if (path.equals("/api/v1/applications") && method.equals("POST")) {
            return Json.createObjectBuilder().add("call", call).add("organisation", organisation).build();
        }
        if (path.equals("/api/v1/applications/{id}") && method.equals("PUT")) {
            return Json.createObjectBuilder(content).add("version", withdrawnVersion).build();
        }
        if (path.startsWith("/api/v1/applications/")) {
            return Json.createReader(new java.io.StringReader(versioned)).readObject();
        }
        if (path.equals("/api/v1/organisations")) {
            return Json.createObjectBuilder()
                    .add("names", Json.createObjectBuilder().add("zh-TW", "模糊").add("en", "Fuzz"))
                    .add("type", "UNIVERSITY").add("businessNumber", "04595257").add("address", "臺北市").build();
        }
        if (path.startsWith("/api/v1/awards/{award}/outputs")) {
            return Json.createObjectBuilder().add("url", "https://zenodo.org/records/15234567").add("registry", "ZENODO")
                    .add("licence", "CC-BY-4.0").add("version", 0).build();
        }
        if (path.startsWith("/api/v1/calls")) {
            return Json.createObjectBuilder().add("leadMinistry", "moda").build();
        }
        return JsonObject.EMPTY_JSON_OBJECT;
    }
}
