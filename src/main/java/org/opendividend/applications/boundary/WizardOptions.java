package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.calls.boundary.QuestionView;
import org.opendividend.outputs.entity.OutputType;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/** The choices the application wizard offers: {@code #{wizardOptions.budgetCategories}} and so on. */
@Named
@ApplicationScoped
public class WizardOptions {

    public List<BudgetCategory> getBudgetCategories() {
        return List.of(BudgetCategory.values());
    }

    public List<OutputType> getOutputTypes() {
        return List.of(OutputType.values());
    }

    /**
     * The options of a choice question as radio buttons or checkboxes: the text in the page's language, the position
     * as the value, so that a choice means the same in both languages.
     */
    public List<SelectItem> choicesOf(QuestionView question, Locale locale) {
        List<String> texts = question.options(locale);
        return IntStream.range(0, question.optionCount())
                .mapToObj(p -> new SelectItem(String.valueOf(p), texts.get(p))).toList();
    }
}
