package org.opendividend.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.FieldProblem;

/** Problems as pages list them: {@code #{problemTexts.text(problem)}}, translated into the reader's language. */
@Named
@RequestScoped
public class ProblemTexts {

    @Inject
    LanguageSelection language;

    public String text(FieldProblem problem) {
        return Texts.problem(language.getLocale(), problem);
    }
}
