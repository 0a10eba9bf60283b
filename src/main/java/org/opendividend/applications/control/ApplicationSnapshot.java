package org.opendividend.applications.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationContent;

import org.opendividend.applications.entity.Attachment;

import java.time.Instant;
import java.util.List;

/**
 * What a submission freezes, as JSON: the application's identity and every section as submitted. The receipt
 * and the PDF summary are made from it, and its SHA-256 proves later that nothing changed.
 */
public final class ApplicationSnapshot {

    private ApplicationSnapshot() {
    }

    public static String json(Application application, int versionNumber, String receiptNumber, Instant submittedAt) {
        return json(application, versionNumber, receiptNumber, submittedAt, List.of());
    }

    /** The snapshot with the attachments submitted (name, size, SHA-256), which keeps their files from deletion. */
    public static String json(Application application, int versionNumber, String receiptNumber, Instant submittedAt,
                              List<Attachment> attachments) {
        ApplicationContent c = application.content();
        JsonArrayBuilder team = Json.createArrayBuilder();
        c.team().forEach(m -> team.add(Json.createObjectBuilder().add("name", m.fullName())
                .add("orcid", m.orcid() == null ? "" : m.orcid()).add("affiliation", m.affiliation())
                .add("principal", m.principal())));
        JsonObjectBuilder answers = Json.createObjectBuilder();
        c.answers().forEach((q, a) -> answers.add(Long.toString(q), a));
        JsonArrayBuilder budget = Json.createArrayBuilder();
        c.budget().forEach(l -> budget.add(Json.createObjectBuilder().add("category", l.category().name())
                .add("projectYear", l.projectYear()).add("description", l.description()).add("amount", l.amount())));
        JsonArrayBuilder outputs = Json.createArrayBuilder();
        c.outputs().forEach(o -> outputs.add(Json.createObjectBuilder().add("type", o.type().name())
                .add("title", o.title()).add("description", o.description()).add("licence", o.licenceId())
                .add("plannedRelease", String.valueOf(o.plannedRelease())).add("registry", o.registry())
                .add("languages", o.languages())));
        return Json.createObjectBuilder()
                .add("application", application.id())
                .add("call", application.callId())
                .add("organisation", application.organisationId())
                .add("version", versionNumber)
                .add("receipt", receiptNumber)
                .add("submittedAt", submittedAt.toString())
                .add("titles", Json.createObjectBuilder().add("zh-TW", c.titleZhTw()).add("en", c.titleEn()))
                .add("abstract", c.abstractText())
                .add("startDate", String.valueOf(c.startDate()))
                .add("durationMonths", c.durationMonths() == null ? 0 : c.durationMonths())
                .add("team", team)
                .add("answers", answers)
                .add("budget", budget)
                .add("outputs", outputs)
                .add("attachments", AttachmentSnapshot.json(attachments))
                .add("ethics", Json.createObjectBuilder().add("personalData", c.ethics().personalData())
                        .add("personalDataMeasures", c.ethics().personalDataMeasures())
                        .add("communityConsent", c.ethics().communityConsent())
                        .add("trainingDataRights", c.ethics().trainingDataRights()))
                .build().toString();
    }
}
