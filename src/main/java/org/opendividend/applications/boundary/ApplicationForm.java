package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.ApplicationContent;
import org.opendividend.applications.entity.BudgetCategory;
import org.opendividend.applications.entity.BudgetLine;
import org.opendividend.applications.entity.ChosenOptions;
import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.applications.entity.ReviewerExclusion;
import org.opendividend.applications.entity.TeamMember;
import org.opendividend.outputs.entity.OutputType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the application wizard's fields hold: plain, mutable and serializable, so that everything typed stays on
 * the page when a save is refused. Converted to and from {@link ApplicationContent}.
 */
public class ApplicationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A team member as edited. */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fullName = "";
        private String orcid = "";
        private String affiliation = "";
        private boolean principal;

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getOrcid() { return orcid; }
        public void setOrcid(String v) { orcid = v; }
        public String getAffiliation() { return affiliation; }
        public void setAffiliation(String v) { affiliation = v; }
        public boolean isPrincipal() { return principal; }
        public void setPrincipal(boolean v) { principal = v; }
    }

    /** A budget line as edited. */
    public static class BudgetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String category = BudgetCategory.PERSONNEL.name();
        private Integer projectYear = 1;
        private String description = "";
        private BigDecimal amount;

        public String getCategory() { return category; }
        public void setCategory(String v) { category = v; }
        public Integer getProjectYear() { return projectYear; }
        public void setProjectYear(Integer v) { projectYear = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal v) { amount = v; }
    }

    /** A planned open output as edited. */
    public static class OutputRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String type = OutputType.DATASET.name();
        private String title = "";
        private String description = "";
        private String licenceId = "";
        private LocalDate plannedRelease;
        private String registry = "";
        private String languages = "";

        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public String getLicenceId() { return licenceId; }
        public void setLicenceId(String v) { licenceId = v; }
        public LocalDate getPlannedRelease() { return plannedRelease; }
        public void setPlannedRelease(LocalDate v) { plannedRelease = v; }
        public String getRegistry() { return registry; }
        public void setRegistry(String v) { registry = v; }
        public String getLanguages() { return languages; }
        public void setLanguages(String v) { languages = v; }
    }

    /** A reviewer the applicant asks to exclude, as edited; a row left empty asks nothing. */
    public static class ExclusionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String fullName = "";
        private String emailOrOrganisation = "";
        private String reason = "";

        boolean isEmpty() {
            return nz(fullName).isBlank() && nz(emailOrOrganisation).isBlank() && nz(reason).isBlank();
        }

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public String getEmailOrOrganisation() { return emailOrOrganisation; }
        public void setEmailOrOrganisation(String v) { emailOrOrganisation = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /**
     * A choice question as edited: the positions of the chosen options as the radio buttons or checkboxes post them,
     * and the answer typed before the question's options could be chosen, kept until something is chosen.
     */
    public static class ChoiceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String[] chosen = {};
        private String typedBefore = "";

        static ChoiceRow of(String answer) {
            ChoiceRow row = new ChoiceRow();
            ChosenOptions.parse(answer).ifPresentOrElse(
                    c -> row.chosen = c.positions().stream().map(String::valueOf).toArray(String[]::new),
                    () -> row.typedBefore = nz(answer));
            return row;
        }

        /**
         * The answer to store: the choice, or the earlier typed answer while nothing is chosen. What is not a position
         * (a forged value) is passed on as it came, for the server to refuse with the question's name.
         */
        String answer() {
            if (chosen.length == 0) {
                return typedBefore;
            }
            try {
                return ChosenOptions.of(Arrays.stream(chosen).map(Integer::valueOf).toList()).stored();
            } catch (NumberFormatException forged) {
                return String.join(",", chosen);
            }
        }

        public String[] getChosen() { return chosen.clone(); }
        public void setChosen(String[] v) { chosen = v == null ? new String[0] : v.clone(); }
        /** The single choice of a radio group. */
        public String getChosenOne() { return chosen.length == 0 ? null : chosen[0]; }
        public void setChosenOne(String v) { chosen = v == null || v.isBlank() ? new String[0] : new String[] {v}; }
        public String getTypedBefore() { return typedBefore; }
    }

    private String titleZhTw = "";
    private String titleEn = "";
    private String abstractText = "";
    private LocalDate startDate;
    private Integer durationMonths;
    private final List<MemberRow> team = new ArrayList<>();
    private final Map<Long, String> answers = new TreeMap<>();
    /** The choice questions the page shows, by question id: their answers replace the typed ones. */
    private final Map<Long, ChoiceRow> choices = new TreeMap<>();
    private final List<BudgetRow> budget = new ArrayList<>();
    private final List<OutputRow> outputs = new ArrayList<>();
    /** Always {@link ReviewerExclusion#MAX} rows (or more, as loaded), so that the page shows a field for each. */
    private final List<ExclusionRow> exclusions = new ArrayList<>();
    private boolean personalData;
    private String personalDataMeasures = "";
    private String communityConsent = "";
    private String trainingDataRights = "";

    public static ApplicationForm of(ApplicationContent c) {
        ApplicationForm f = new ApplicationForm();
        f.titleZhTw = c.titleZhTw();
        f.titleEn = c.titleEn();
        f.abstractText = c.abstractText();
        f.startDate = c.startDate();
        f.durationMonths = c.durationMonths();
        for (TeamMember m : c.team()) {
            MemberRow row = new MemberRow();
            row.fullName = m.fullName();
            row.orcid = m.orcid() == null ? "" : m.orcid();
            row.affiliation = m.affiliation();
            row.principal = m.principal();
            f.team.add(row);
        }
        f.answers.putAll(c.answers());
        for (BudgetLine l : c.budget()) {
            BudgetRow row = new BudgetRow();
            row.category = l.category().name();
            row.projectYear = l.projectYear();
            row.description = l.description();
            row.amount = l.amount();
            f.budget.add(row);
        }
        for (PlannedOutput o : c.outputs()) {
            OutputRow row = new OutputRow();
            row.type = o.type().name();
            row.title = o.title();
            row.description = o.description();
            row.licenceId = o.licenceId();
            row.plannedRelease = o.plannedRelease();
            row.registry = o.registry();
            row.languages = o.languages();
            f.outputs.add(row);
        }
        f.personalData = c.ethics().personalData();
        f.personalDataMeasures = c.ethics().personalDataMeasures();
        f.communityConsent = c.ethics().communityConsent();
        f.trainingDataRights = c.ethics().trainingDataRights();
        for (ReviewerExclusion x : c.exclusions()) {
            ExclusionRow row = new ExclusionRow();
            row.fullName = x.fullName();
            row.emailOrOrganisation = x.emailOrOrganisation();
            row.reason = x.reason();
            f.exclusions.add(row);
        }
        while (f.exclusions.size() < ReviewerExclusion.MAX) {
            f.exclusions.add(new ExclusionRow());
        }
        return f;
    }

    public ApplicationContent content() {
        List<TeamMember> members = team.stream().map(r -> new TeamMember(nz(r.fullName), blankToNull(r.orcid),
                nz(r.affiliation), r.principal)).toList();
        List<BudgetLine> lines = budget.stream().map(r -> new BudgetLine(category(r.category),
                r.projectYear == null ? 0 : r.projectYear, nz(r.description), r.amount)).toList();
        List<PlannedOutput> planned = outputs.stream().map(r -> new PlannedOutput(outputType(r.type), nz(r.title),
                nz(r.description), nz(r.licenceId).strip(), r.plannedRelease, nz(r.registry), nz(r.languages))).toList();
        Map<Long, String> given = new TreeMap<>();
        answers.forEach((q, a) -> given.put(q, nz(a)));
        choices.forEach((q, row) -> given.put(q, row.answer()));
        List<ReviewerExclusion> excluded = exclusions.stream().filter(r -> !r.isEmpty()).map(r -> new ReviewerExclusion(
                nz(r.fullName).strip(), nz(r.emailOrOrganisation).strip(), nz(r.reason).strip())).toList();
        return new ApplicationContent(nz(titleZhTw), nz(titleEn), nz(abstractText), startDate, durationMonths, members,
                given, lines, planned, new ApplicationContent.Ethics(personalData, nz(personalDataMeasures),
                nz(communityConsent), nz(trainingDataRights)), excluded);
    }

    public BigDecimal getBudgetTotal() {
        return budget.stream().map(BudgetRow::getAmount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BudgetCategory category(String name) {
        try {
            return BudgetCategory.valueOf(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static OutputType outputType(String name) {
        try {
            return OutputType.valueOf(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getTitleZhTw() { return titleZhTw; }
    public void setTitleZhTw(String v) { titleZhTw = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getAbstractText() { return abstractText; }
    public void setAbstractText(String v) { abstractText = v; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public Integer getDurationMonths() { return durationMonths; }
    public void setDurationMonths(Integer v) { durationMonths = v; }
    public List<MemberRow> getTeam() { return team; }
    public Map<Long, String> getAnswers() { return answers; }
    /** The radio buttons or checkboxes of a choice question, holding the answer loaded for it. */
    public ChoiceRow choice(Long question) { return choices.computeIfAbsent(question, q -> ChoiceRow.of(answers.get(q))); }
    public List<BudgetRow> getBudget() { return budget; }
    public List<OutputRow> getOutputs() { return outputs; }
    public List<ExclusionRow> getExclusions() { return exclusions; }
    public boolean isPersonalData() { return personalData; }
    public void setPersonalData(boolean v) { personalData = v; }
    public String getPersonalDataMeasures() { return personalDataMeasures; }
    public void setPersonalDataMeasures(String v) { personalDataMeasures = v; }
    public String getCommunityConsent() { return communityConsent; }
    public void setCommunityConsent(String v) { communityConsent = v; }
    public String getTrainingDataRights() { return trainingDataRights; }
    public void setTrainingDataRights(String v) { trainingDataRights = v; }
}
