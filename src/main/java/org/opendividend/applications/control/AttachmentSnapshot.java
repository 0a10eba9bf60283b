package org.opendividend.applications.control;

import org.opendividend.platform.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import org.opendividend.applications.entity.Attachment;

import java.util.List;

/**
 * The attachments as a submission freezes them, for {@link ApplicationSnapshot}'s {@code "attachments"}: type, name,
 * size and SHA-256 of each (the files are kept while a version names them).
 */
public final class AttachmentSnapshot {

    private AttachmentSnapshot() {
    }

    public static JsonArray json(List<Attachment> attachments) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        attachments.forEach(a -> array.add(Jsons.createObjectBuilder().add("type", a.type().name())
                .add("name", a.fileName()).add("sizeBytes", a.sizeBytes()).add("sha256", a.sha256())));
        return array.build();
    }
}
