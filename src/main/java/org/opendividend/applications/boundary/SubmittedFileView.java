package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.Attachment;

/** A file a submitted version of an application holds, as other components list it: what it is and how large. */
public record SubmittedFileView(long id, String typeLabelKey, String fileName, long sizeBytes, String sha256) {

    static SubmittedFileView of(Attachment attachment) {
        return new SubmittedFileView(attachment.id(), attachment.type().labelKey(), attachment.fileName(),
                attachment.sizeBytes(), attachment.sha256());
    }
}
