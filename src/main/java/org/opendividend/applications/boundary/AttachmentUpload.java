package org.opendividend.applications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.entity.Attachment;
import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;
import jakarta.faces.event.FacesEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wizard's attachments tab: one row per attachment type (the call's required ones marked), the current file with
 * its name, size and SHA-256 and a download link, an upload and a delete button. An upload is processed on its own
 * (PrimeFaces sends only the file), so whatever else is typed in the wizard stays on the screen whether the upload is
 * accepted or refused; a refusal is said in the page's messages.
 */
@Named
@ViewScoped
public class AttachmentUpload implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TYPE_ATTRIBUTE = "attachmentType";

    @Inject
    transient AttachmentFacade attachments;

    @Inject
    ApplicationWizard wizard;

    private transient Map<AttachmentType, Attachment> current;

    /** A row of the tab: a type, whether the call requires it, and what is attached (or null). */
    public record Row(AttachmentType type, boolean required, Attachment attachment) {
        public String getName() { return type.name(); }
        public String getLabelKey() { return type.labelKey(); }
        public boolean isRequired() { return required; }
        public Attachment getAttachment() { return attachment; }
    }

    public List<Row> getRows() {
        Set<AttachmentType> required = wizard.getCall().requiredAttachments();
        Map<AttachmentType, Attachment> attached = current();
        return Arrays.stream(AttachmentType.values())
                .filter(t -> required.contains(t) || attached.containsKey(t) || wizard.isEditable())
                .map(t -> new Row(t, required.contains(t), attached.get(t))).toList();
    }

    /**
     * The upload's listener. Declared with {@link FacesEvent} (EL finds it for PrimeFaces' FileUploadEvent) so that no
     * PrimeFaces type appears in a signature: deployments without PrimeFaces (the Arquillian WARs) still load the bean.
     */
    public void upload(FacesEvent facesEvent) {
        if (!(facesEvent instanceof org.primefaces.event.FileUploadEvent event)) {
            return;
        }
        org.primefaces.model.file.UploadedFile file = event.getFile();
        Object typeName = event.getComponent().getAttributes().get(TYPE_ATTRIBUTE);
        AttachmentType type = AttachmentType.valueOf(String.valueOf(typeName));
        try (InputStream in = file.getInputStream()) {
            Attachment stored = attachments.upload(wizard.getId(), type, file.getFileName(), in);
            current = null;
            PageMessages.info("attachment.uploaded", stored.fileName());
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ApplicationWizard.FIELDS, "attachment.field.");
        } catch (AccessDeniedException denied) {
            PageMessages.error("attachment.denied.notEditable");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary files at the end of the request anyway
            }
        }
    }

    public void delete(long attachmentId) {
        try {
            attachments.delete(wizard.getId(), attachmentId);
            current = null;
            PageMessages.info("attachment.deleted");
        } catch (AccessDeniedException denied) {
            PageMessages.error("attachment.denied.notEditable");
        }
    }

    /** The upper limit the browser checks before sending (the server checks again). */
    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    public long getMaxMegabytes() {
        return attachments.maxBytes() / (1024 * 1024);
    }

    private Map<AttachmentType, Attachment> current() {
        if (current == null) {
            current = new EnumMap<>(AttachmentType.class);
            attachments.list(wizard.getId()).forEach(a -> current.put(a.type(), a));
        }
        return current;
    }
}
