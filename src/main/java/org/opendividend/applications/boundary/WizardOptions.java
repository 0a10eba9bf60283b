package org.opendividend.applications.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.outputs.entity.OutputType;

import java.util.List;

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
}
