package org.opendividend.notifications.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail ready to send: texts already in the recipient's language, the HTML part already escaped.
 *
 * @param toAddress the recipient's e-mail address
 * @param toName    the recipient's display name
 * @param language  the language the texts are in
 * @param subject   one line, without line breaks
 * @param text      the plain-text part
 * @param html      the HTML part, a whole document, with every text that came from users escaped
 */
public record ComposedMail(String toAddress, String toName, Locale language, String subject, String text, String html) {

    public ComposedMail {
        Objects.requireNonNull(toAddress, "toAddress");
        Objects.requireNonNull(toName, "toName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
