package org.opendividend.applications.control;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonObjectBuilder;
import org.opendividend.applications.entity.Application;
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
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("application", application.id())
                .add("call", application.callId())
                .add("organisation", application.organisationId())
                .add("version", versionNumber)
                .add("receipt", receiptNumber)
                .add("submittedAt", submittedAt.toString());
        return ApplicationContentJson.addTo(json, application.content())
                .add("attachments", AttachmentSnapshot.json(attachments))
                .build().toString();
    }
}
