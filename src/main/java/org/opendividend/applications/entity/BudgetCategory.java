package org.opendividend.applications.entity;

/** What a budget line pays for. */
public enum BudgetCategory {
    PERSONNEL, COMPUTE, DATA_COLLECTION_AND_ANNOTATION, EQUIPMENT, TRAVEL, OTHER;

    public String labelKey() {
        return "budget.category." + name();
    }
}
