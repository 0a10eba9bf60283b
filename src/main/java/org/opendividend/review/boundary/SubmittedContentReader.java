package org.opendividend.review.boundary;

import jakarta.faces.context.FacesContext;
import org.opendividend.applications.control.BudgetRules;
import org.opendividend.applications.control.ChoiceAnswers;
import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.calls.boundary.QuestionView;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the read-only content of a submitted version ({@code WEB-INF/includes/submitted-content.xhtml}) reads the call's
 * questions, the answers (chosen options by their text in the page's language) and the budget's total: the same for
 * the screening officer and the reviewer.
 */
public record SubmittedContentReader(CallView call, ApplicationContent content) {

    public List<QuestionView> getQuestions() {
        return call.questions();
    }

    public String answer(QuestionView question) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ChoiceAnswers.shown(question, content.answers().get(question.id()), locale);
    }

    public BigDecimal getBudgetTotal() {
        return BudgetRules.total(content.budget());
    }
}
