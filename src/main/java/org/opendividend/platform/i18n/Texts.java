package org.opendividend.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The application's message bundle, for texts composed in Java (REST answers, mails). Pages use {@code #{msg}}. */
public final class Texts {

    public static final String BUNDLE = "org.opendividend.platform.i18n.messages";

    private Texts() {
    }

    /** A problem's message, with arguments that are message keys translated too. */
    public static String problem(Locale locale, org.opendividend.platform.validation.FieldProblem problem) {
        Object[] arguments = problem.arguments().stream()
                .map(a -> a instanceof org.opendividend.platform.validation.Translatable t ? text(locale, t.key()) : a)
                .toArray();
        return text(locale, problem.messageKey(), arguments);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Languages.of(locale.toLanguageTag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
