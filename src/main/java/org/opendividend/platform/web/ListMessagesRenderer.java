package org.opendividend.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' messages, rendered as a list that stays a list. PrimeFaces gives each {@code <li>} the role
 * {@code alert}, which takes its list item role away: assistive technology then finds a {@code <ul>} with no items
 * (axe-core's "list" rule, serious). The items are written without that role; the messages are still announced, as
 * PrimeFaces makes their container a live region ({@code aria-live="polite"}).
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ListItemWriter(writer), uiMessages, message, severity, escape);
    }

    /** Writes everything as given, except the alert role (and its aria-atomic) on a list item. */
    private static final class ListItemWriter extends ResponseWriterWrapper {

        private boolean inListItem;

        ListItemWriter(ResponseWriter writer) {
            super(writer);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            inListItem = "li".equals(name);
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            boolean itemRole = inListItem && ("role".equals(name) || "aria-atomic".equals(name));
            if (!itemRole) {
                super.writeAttribute(name, value, property);
            }
        }
    }
}
