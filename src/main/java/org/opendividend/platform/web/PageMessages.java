package org.opendividend.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;

import java.util.List;
import java.util.Locale;

/**
 * Shows messages on the current page, translated: problems go to their field when the page has a component with
 * the field's name under the given prefix, and to the page's message list otherwise (always with the field's label).
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, Texts.text(locale(), key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, Texts.text(locale(), key, arguments));
    }

    /** One problem of the whole page (its arguments translated too), without marking the form as invalid. */
    public static void error(FieldProblem problem) {
        add(null, FacesMessage.SEVERITY_ERROR, Texts.problem(locale(), problem));
    }

    /**
     * @param componentPrefix the client id prefix of the fields, e.g. {@code :call:tabs:}
     * @param labelPrefix the bundle prefix of the fields' labels, e.g. {@code call.field.}
     */
    public static void problems(List<FieldProblem> problems, String componentPrefix, String labelPrefix) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        for (FieldProblem problem : problems) {
            String text = Texts.problem(locale, problem);
            String field = problem.field();
            if (field == null) {
                add(null, FacesMessage.SEVERITY_ERROR, text);
                continue;
            }
            String label = Texts.text(locale, labelPrefix + field.replaceAll("\\.\\d+.*$", "").replaceAll("\\..*$", ""));
            int row = rowNumber(field);
            String labelled = row > 0 ? label + " #" + row + ": " + text : label + ": " + text;
            add(null, FacesMessage.SEVERITY_ERROR, labelled);
            UIComponent component = field.contains(".") ? null : find(faces, componentPrefix + field);
            if (component != null) {
                add(component.getClientId(faces), FacesMessage.SEVERITY_ERROR, text);
            }
        }
        faces.validationFailed();
    }

    private static int rowNumber(String field) {
        var matcher = java.util.regex.Pattern.compile("\\.(\\d+)").matcher(field);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) + 1 : 0;
    }

    private static UIComponent find(FacesContext faces, String expression) {
        try {
            return faces.getViewRoot().findComponent(expression);
        } catch (IllegalArgumentException notThere) {
            return null;
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
