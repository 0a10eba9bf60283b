package org.opendividend.review.boundary;

import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.review.control.assignment.AssignmentNotice;

import java.util.Locale;
import java.util.function.Function;

/**
 * A solver's notice as officers read it, in both languages: the solver names applications and reviewers by id, the
 * text names them by title and name ({@code readable} gives an argument's zh-TW and English form).
 */
public record Explanation(boolean error, String zhTw, String en) {

    static Explanation of(AssignmentNotice notice, Function<Object, Object[]> readable) {
        Object[] zhTw = new Object[notice.arguments().size()];
        Object[] en = new Object[zhTw.length];
        for (int i = 0; i < zhTw.length; i++) {
            Object[] forms = readable.apply(notice.arguments().get(i));
            zhTw[i] = forms[0];
            en[i] = forms[1];
        }
        return new Explanation(notice.isError(), Texts.text(Languages.ZH_TW, notice.key(), zhTw),
                Texts.text(Languages.EN, notice.key(), en));
    }

    public String in(Locale locale) {
        return BilingualText.pick(locale, zhTw, en);
    }
}
