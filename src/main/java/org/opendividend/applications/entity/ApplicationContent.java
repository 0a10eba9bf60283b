package org.opendividend.applications.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Everything the applicant writes in the wizard, applied as a whole by {@link Application#revise}. */
public record ApplicationContent(
        String titleZhTw, String titleEn, String abstractText, LocalDate startDate, Integer durationMonths,
        List<TeamMember> team, Map<Long, String> answers, List<BudgetLine> budget, List<PlannedOutput> outputs,
        Ethics ethics, List<ReviewerExclusion> exclusions) {

    public ApplicationContent {
        exclusions = exclusions == null ? List.of() : exclusions;
    }

    /** Content that asks to exclude no reviewer (the optional step left empty). */
    public ApplicationContent(String titleZhTw, String titleEn, String abstractText, LocalDate startDate,
                              Integer durationMonths, List<TeamMember> team, Map<Long, String> answers,
                              List<BudgetLine> budget, List<PlannedOutput> outputs, Ethics ethics) {
        this(titleZhTw, titleEn, abstractText, startDate, durationMonths, team, answers, budget, outputs, ethics, List.of());
    }

    /** The ethics and data declarations. */
    public record Ethics(boolean personalData, String personalDataMeasures, String communityConsent,
                         String trainingDataRights) {

        public static final Ethics NONE = new Ethics(false, "", "", "");
    }
}
