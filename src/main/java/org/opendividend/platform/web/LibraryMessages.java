package org.opendividend.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.opendividend.platform.i18n.Texts;

import java.util.Locale;
import java.util.Map;

/**
 * Replaces the English summaries libraries write into messages by hand, before the page shows them. PrimeFaces
 * refuses an upload whose file name it distrusts (path separators, reserved characters) with the summary
 * "File Error" written in its code; its details come from message keys, which our bundles translate
 * ({@code primefaces.FileValidator.*}). What users see must come from our bundles in their language.
 */
public class LibraryMessages implements PhaseListener {

    /** The library's fixed summary, and the key of ours that takes its place. */
    static final Map<String, String> SUMMARIES = Map.of("File Error", "attachment.refused.title");

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        translate(faces.getMessageList(), faces.getViewRoot() == null ? Locale.TAIWAN : faces.getViewRoot().getLocale());
    }

    static void translate(Iterable<FacesMessage> messages, Locale locale) {
        for (FacesMessage message : messages) {
            String ours = SUMMARIES.get(message.getSummary());
            if (ours != null) {
                // pages show the summary: the detail (from our bundle) says what to do, else our own general words
                String detail = message.getDetail();
                String shown = detail == null || detail.isBlank() || detail.equals(message.getSummary())
                        ? Texts.text(locale, ours) : detail;
                message.setSummary(shown);
                message.setDetail(shown);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
