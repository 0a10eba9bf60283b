package org.opendividend.review.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.opendividend.platform.Jsons;
import org.opendividend.review.control.assignment.AssignmentInstance;
import org.opendividend.review.control.assignment.AssignmentNotice;
import org.opendividend.review.control.assignment.AssignmentResult;

import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of an assignment instance and of its result (docs/assignment-instance.md), so that anyone can solve
 * the instance a call was assigned from and compare the result. Notices are written with their key, arguments and
 * text in both languages.
 */
public final class AssignmentInstanceFile {

    private AssignmentInstanceFile() {
    }

    public static AssignmentInstance read(Reader source) {
        try (JsonReader reader = Jsons.createReader(source)) {
            JsonObject root = reader.readObject();
            List<AssignmentInstance.Application> applications = root.getJsonArray("applications")
                    .getValuesAs(JsonObject.class).stream()
                    .map(a -> new AssignmentInstance.Application(a.getString("id"), a.getString("textZhTw", ""),
                            a.getString("textEn", ""), strings(a.getJsonArray("targetLanguages")),
                            a.getInt("reviewsNeeded")))
                    .toList();
            List<AssignmentInstance.Reviewer> reviewers = root.getJsonArray("reviewers")
                    .getValuesAs(JsonObject.class).stream()
                    .map(r -> new AssignmentInstance.Reviewer(r.getString("id"), r.getString("expertiseZhTw", ""),
                            r.getString("expertiseEn", ""), strings(r.getJsonArray("languagesRead")),
                            r.getInt("minLoad", 0), r.getInt("maxLoad")))
                    .toList();
            JsonArray conflictArray = root.getJsonArray("conflicts");
            List<AssignmentInstance.Conflict> conflicts = conflictArray == null ? List.of()
                    : conflictArray.getValuesAs(JsonObject.class).stream()
                    .map(c -> new AssignmentInstance.Conflict(c.getString("applicationId"), c.getString("reviewerId"),
                            c.getString("reason", "")))
                    .toList();
            return new AssignmentInstance(applications, reviewers, conflicts);
        }
    }

    public static void write(AssignmentInstance instance, Writer target) {
        JsonArrayBuilder applications = Jsons.createArrayBuilder();
        instance.applications().forEach(a -> applications.add(Jsons.createObjectBuilder()
                .add("id", a.id()).add("textZhTw", a.textZhTw()).add("textEn", a.textEn())
                .add("targetLanguages", sorted(a.targetLanguages())).add("reviewsNeeded", a.reviewsNeeded())));
        JsonArrayBuilder reviewers = Jsons.createArrayBuilder();
        instance.reviewers().forEach(r -> reviewers.add(Jsons.createObjectBuilder()
                .add("id", r.id()).add("expertiseZhTw", r.expertiseZhTw()).add("expertiseEn", r.expertiseEn())
                .add("languagesRead", sorted(r.languagesRead())).add("minLoad", r.minLoad())
                .add("maxLoad", r.maxLoad())));
        JsonArrayBuilder conflicts = Jsons.createArrayBuilder();
        instance.conflicts().forEach(c -> conflicts.add(Jsons.createObjectBuilder()
                .add("applicationId", c.applicationId()).add("reviewerId", c.reviewerId()).add("reason", c.reason())));
        write(Jsons.createObjectBuilder().add("applications", applications).add("reviewers", reviewers)
                .add("conflicts", conflicts), target);
    }

    public static void write(AssignmentResult result, Writer target) {
        JsonArrayBuilder reviews = Jsons.createArrayBuilder();
        result.reviews().forEach(r -> reviews.add(Jsons.createObjectBuilder()
                .add("applicationId", r.applicationId()).add("reviewerId", r.reviewerId())
                .add("affinity", r.affinity())));
        JsonArrayBuilder notices = Jsons.createArrayBuilder();
        result.notices().forEach(n -> notices.add(notice(n)));
        JsonObjectBuilder root = Jsons.createObjectBuilder()
                .add("assigned", result.assigned())
                .add("objective", result.objective())
                .add("upperBound", result.upperBound())
                .add("provenOptimal", result.provenOptimal())
                .add("method", result.method() == null ? "NONE" : result.method().name())
                .add("candidatePairs", result.candidatePairs())
                .add("reviews", reviews)
                .add("notices", notices);
        write(root, target);
    }

    private static JsonObjectBuilder notice(AssignmentNotice notice) {
        return InstanceJson.notice(notice.severity().name(), notice.key(), notice.arguments());
    }

    private static void write(JsonObjectBuilder root, Writer target) {
        InstanceJson.write(root, target);
    }

    private static Set<String> strings(JsonArray array) {
        return InstanceJson.strings(array);
    }

    private static JsonArrayBuilder sorted(Set<String> values) {
        return InstanceJson.sorted(values);
    }
}
