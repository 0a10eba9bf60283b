package org.opendividend.notifications.control;

import org.opendividend.platform.web.Html;

import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Notifiable.Notice;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.Translatable;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Notice} as a mail in the recipient's language: the subject and the body from the message bundles,
 * a greeting, and a footer naming the fund. The plain-text part shows the texts as they are; the HTML part escapes
 * every text, so that a project title such as {@code <script>} arrives as text, and shows {@link URI} arguments as
 * links.
 */
public class MailComposer {

    static final String GREETING = "mail.greeting";
    static final String FOOTER = "mail.footer";

    private static final DateTimeFormatter TAIPEI_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Formats.TAIPEI);
    /** Stands for argument {@code i} in the HTML part until the text around it is escaped; private-use characters. */
    private static final Pattern MARKER = Pattern.compile("\uE000(\\d+)\uE001");
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");

    public ComposedMail compose(Notice notice) {
        Locale language = Languages.of(notice.to().language().toLanguageTag());
        List<Object> arguments = notice.arguments();

        String subject = Texts.text(language, notice.subjectKey(), plain(language, arguments))
                .replaceAll("\\s*\\R\\s*", " ").strip();
        String greeting = Texts.text(language, GREETING, notice.to().name());
        String body = Texts.text(language, notice.bodyKey(), plain(language, arguments));
        String footer = footer(language);
        String text = greeting + "\n\n" + body + "\n\n-- \n" + footer + "\n";

        String html = "<!DOCTYPE html>\n<html lang=\"" + language.toLanguageTag() + "\">\n<head>\n"
                + "<meta charset=\"UTF-8\">\n<title>" + Html.escape(subject) + "</title>\n</head>\n<body>\n"
                + paragraphs(Html.escape(greeting))
                + paragraphs(htmlBody(language, notice.bodyKey(), arguments))
                + "<hr>\n" + "<footer>" + paragraphs(Html.escape(footer)) + "</footer>\n"
                + "</body>\n</html>\n";
        return new ComposedMail(notice.to().address(), notice.to().name(), language, subject, text, html);
    }

    private static String footer(Locale language) {
        return Texts.text(language, FOOTER, Texts.text(language, "fund.name"), Texts.text(language, "app.name"));
    }

    /** The arguments as the plain-text part shows them. */
    private static Object[] plain(Locale language, List<Object> arguments) {
        return arguments.stream().map(a -> shown(language, a)).toArray();
    }

    /**
     * How an argument is shown: numbers and dates stay objects for MessageFormat to format in the language, the rest
     * becomes text.
     */
    private static Object shown(Locale language, Object argument) {
        if (argument instanceof Number || argument instanceof Date) {
            return argument;
        }
        if (argument instanceof Translatable t) {
            return Texts.text(language, t.key());
        }
        if (argument instanceof Instant instant) {
            return TAIPEI_TIME.format(instant);
        }
        return String.valueOf(argument);
    }

    /**
     * The body for the HTML part: formatted with markers in place of the text arguments, escaped as a whole (the
     * bundle's own text too), then each marker replaced by its argument, escaped, or by a link.
     */
    private static String htmlBody(Locale language, String key, List<Object> arguments) {
        Object[] withMarkers = new Object[arguments.size()];
        for (int i = 0; i < withMarkers.length; i++) {
            Object shown = shown(language, arguments.get(i));
            withMarkers[i] = shown instanceof String ? "\uE000" + i + "\uE001" : shown;
        }
        String escaped = Html.escape(Texts.text(language, key, withMarkers));
        Matcher marker = MARKER.matcher(escaped);
        StringBuilder html = new StringBuilder();
        while (marker.find()) {
            int index = Integer.parseInt(marker.group(1));
            Object argument = arguments.get(index);
            String value = Html.escape((String) shown(language, argument));
            String replacement = argument instanceof URI uri && isWebLink(uri)
                    ? "<a href=\"" + value + "\">" + value + "</a>"
                    : value;
            marker.appendReplacement(html, Matcher.quoteReplacement(replacement));
        }
        marker.appendTail(html);
        return html.toString();
    }

    /** Only http and https links become clickable; anything else (javascript:, data:) stays text. */
    private static boolean isWebLink(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
    }

    /** Paragraphs at blank lines, line breaks within them; the text is already HTML. */
    private static String paragraphs(String html) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : BLANK_LINES.split(html.strip())) {
            out.append("<p>").append(paragraph.strip().replaceAll("\\R", "<br>\n")).append("</p>\n");
        }
        return out.toString();
    }
}
