package org.opendividend.applications.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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

    /**
     * The languages the project's outputs are for: the ISO 639-3 codes its planned outputs name (written apart by
     * spaces or commas), in lower case; what reviewers must read, rather than every language the call targets.
     */
    public Set<String> outputLanguages() {
        return outputs == null ? Set.of() : outputs.stream().map(PlannedOutput::languages).filter(Objects::nonNull)
                .flatMap(written -> Arrays.stream(written.split("[\\s,;]+")))
                .map(code -> code.toLowerCase(Locale.ROOT)).filter(code -> code.matches("[a-z]{3}"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ethics and data declarations. */
    public record Ethics(boolean personalData, String personalDataMeasures, String communityConsent,
                         String trainingDataRights) {

        public static final Ethics NONE = new Ethics(false, "", "", "");
    }
}
