package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.Criterion;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.entity.Question;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.outputs.entity.OutputType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the call editor's fields hold: plain, mutable and serializable, so that everything typed survives a
 * refused save or a concurrent change. Converted to and from the entity's {@link CallContent}.
 */
public class CallForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A ministry's share as edited. */
    public static class ShareRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ministry;
        private BigDecimal amount;

        public ShareRow() {
        }

        ShareRow(String ministry, BigDecimal amount) {
            this.ministry = ministry;
            this.amount = amount;
        }

        public String getMinistry() { return ministry; }
        public void setMinistry(String ministry) { this.ministry = ministry; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    /** A review criterion as edited. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameZhTw = "";
        private String nameEn = "";
        private String descriptionZhTw = "";
        private String descriptionEn = "";
        private Integer weight = 0;
        private String scale = ScoreScale.ZERO_TO_FIVE_HALVES.name();
        private BigDecimal threshold = BigDecimal.ZERO;

        public String getNameZhTw() { return nameZhTw; }
        public void setNameZhTw(String v) { nameZhTw = v; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String v) { nameEn = v; }
        public String getDescriptionZhTw() { return descriptionZhTw; }
        public void setDescriptionZhTw(String v) { descriptionZhTw = v; }
        public String getDescriptionEn() { return descriptionEn; }
        public void setDescriptionEn(String v) { descriptionEn = v; }
        public Integer getWeight() { return weight; }
        public void setWeight(Integer v) { weight = v; }
        public String getScale() { return scale; }
        public void setScale(String v) { scale = v; }
        public BigDecimal getThreshold() { return threshold; }
        public void setThreshold(BigDecimal v) { threshold = v; }
    }

    /** A question of the application form as edited. */
    public static class QuestionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String sectionZhTw = "";
        private String sectionEn = "";
        private String labelZhTw = "";
        private String labelEn = "";
        private String type = QuestionType.SHORT_TEXT.name();
        private boolean required;
        private Integer wordLimit;
        private String optionsZhTw = "";
        private String optionsEn = "";

        public String getSectionZhTw() { return sectionZhTw; }
        public void setSectionZhTw(String v) { sectionZhTw = v; }
        public String getSectionEn() { return sectionEn; }
        public void setSectionEn(String v) { sectionEn = v; }
        public String getLabelZhTw() { return labelZhTw; }
        public void setLabelZhTw(String v) { labelZhTw = v; }
        public String getLabelEn() { return labelEn; }
        public void setLabelEn(String v) { labelEn = v; }
        public String getType() { return type; }
        public void setType(String v) { type = v; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean v) { required = v; }
        public Integer getWordLimit() { return wordLimit; }
        public void setWordLimit(Integer v) { wordLimit = v; }
        public String getOptionsZhTw() { return optionsZhTw; }
        public void setOptionsZhTw(String v) { optionsZhTw = v; }
        public String getOptionsEn() { return optionsEn; }
        public void setOptionsEn(String v) { optionsEn = v; }
    }

    /** The licences allowed for one type of output, as edited. */
    public static class PolicyRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String outputType;
        private List<String> licences = new ArrayList<>();
        private String otherLicence = "";

        public PolicyRow() {
        }

        PolicyRow(String outputType, List<String> licences) {
            this.outputType = outputType;
            this.licences = new ArrayList<>(licences);
        }

        public String getOutputType() { return outputType; }
        public void setOutputType(String v) { outputType = v; }
        public List<String> getLicences() { return licences; }
        public void setLicences(List<String> v) { licences = v == null ? new ArrayList<>() : new ArrayList<>(v); }
        public String getLabelKey() { return OutputType.valueOf(outputType).labelKey(); }
        /** A licence id typed by hand (e.g. from a registry); checked like the chosen ones. */
        public String getOtherLicence() { return otherLicence; }
        public void setOtherLicence(String v) { otherLicence = v == null ? "" : v.strip(); }

        Set<String> allLicences() {
            Set<String> all = new TreeSet<>(licences);
            if (!otherLicence.isBlank()) {
                all.add(otherLicence);
            }
            return all;
        }
    }

    private String titleZhTw = "";
    private String titleEn = "";
    private String summaryZhTw = "";
    private String summaryEn = "";
    private String descriptionZhTw = "";
    private String descriptionEn = "";
    private BigDecimal budget;
    private List<ShareRow> shares = new ArrayList<>();
    private BigDecimal minGrant;
    private BigDecimal maxGrant;
    private Integer maxDurationMonths;
    private Instant opensAt;
    private Instant closesAt;
    private List<String> organisationTypes = new ArrayList<>();
    private List<String> focusAreas = new ArrayList<>();
    private List<String> targetLanguages = new ArrayList<>();
    private List<String> requiredAttachments = new ArrayList<>();
    private List<CriterionRow> criteria = new ArrayList<>();
    private BigDecimal overallThreshold = BigDecimal.ZERO;
    private Integer reviewsPerApplication;
    private boolean blindReview;
    private List<QuestionRow> questions = new ArrayList<>();
    private List<PolicyRow> policy = new ArrayList<>();
    private String requiredMofClass = MofClass.NONE.name();
    private Integer releaseDeadlineMonths;
    private Integer retentionPercent;

    /** The form filled with a call as it is stored. */
    public static CallForm of(FundingCall call) {
        CallForm f = new CallForm();
        CallTexts t = call.texts();
        f.titleZhTw = t.titleZhTw();
        f.titleEn = t.titleEn();
        f.summaryZhTw = t.summaryZhTw();
        f.summaryEn = t.summaryEn();
        f.descriptionZhTw = t.descriptionZhTw();
        f.descriptionEn = t.descriptionEn();
        f.budget = call.budget();
        call.shares().forEach((m, a) -> f.shares.add(new ShareRow(m, a)));
        f.minGrant = call.minGrant();
        f.maxGrant = call.maxGrant();
        f.maxDurationMonths = call.maxDurationMonths();
        f.opensAt = call.opensAt();
        f.closesAt = call.closesAt();
        f.organisationTypes = names(call.organisationTypes());
        f.focusAreas = names(call.focusAreas());
        f.targetLanguages = new ArrayList<>(call.targetLanguages());
        f.requiredAttachments = names(call.requiredAttachments());
        for (Criterion c : call.criteria()) {
            CriterionRow row = new CriterionRow();
            row.nameZhTw = c.text().nameZhTw();
            row.nameEn = c.text().nameEn();
            row.descriptionZhTw = c.text().descriptionZhTw();
            row.descriptionEn = c.text().descriptionEn();
            row.weight = c.weightPercent();
            row.scale = c.scale().name();
            row.threshold = c.threshold();
            f.criteria.add(row);
        }
        f.overallThreshold = call.overallThreshold();
        f.reviewsPerApplication = call.reviewsPerApplication();
        f.blindReview = call.blindReview();
        for (Question q : call.questions()) {
            var s = q.spec();
            QuestionRow row = new QuestionRow();
            row.sectionZhTw = s.sectionZhTw();
            row.sectionEn = s.sectionEn();
            row.labelZhTw = s.labelZhTw();
            row.labelEn = s.labelEn();
            row.type = s.type().name();
            row.required = s.required();
            row.wordLimit = s.wordLimit();
            row.optionsZhTw = s.optionsZhTw();
            row.optionsEn = s.optionsEn();
            f.questions.add(row);
        }
        call.allowedLicences().forEach((type, ids) -> f.policy.add(new PolicyRow(type.name(), new ArrayList<>(ids))));
        f.requiredMofClass = call.requiredMofClass().name();
        f.releaseDeadlineMonths = call.releaseDeadlineMonths();
        f.retentionPercent = call.retentionPercent();
        return f;
    }

    public CallTexts texts() {
        return new CallTexts(nz(titleZhTw), nz(titleEn), nz(summaryZhTw), nz(summaryEn), nz(descriptionZhTw), nz(descriptionEn));
    }

    /** What the form says, as the entity takes it. Unknown enum names are dropped (they cannot come from the page). */
    public CallContent content() {
        Map<String, BigDecimal> shareMap = new LinkedHashMap<>();
        shares.stream().filter(r -> r.ministry != null && !r.ministry.isBlank())
                .forEach(r -> shareMap.merge(r.ministry, r.amount == null ? BigDecimal.ZERO : r.amount, BigDecimal::add));
        List<CallContent.CriterionSpec> criterionSpecs = criteria.stream().map(r -> new CallContent.CriterionSpec(
                new Criterion.CriterionText(nz(r.nameZhTw), nz(r.nameEn), nz(r.descriptionZhTw), nz(r.descriptionEn)),
                r.weight == null ? 0 : r.weight, parse(ScoreScale.class, r.scale), r.threshold)).toList();
        List<Question.QuestionSpec> questionSpecs = questions.stream().map(r -> new Question.QuestionSpec(
                nz(r.sectionZhTw), nz(r.sectionEn), nz(r.labelZhTw), nz(r.labelEn), parse(QuestionType.class, r.type),
                r.required, r.wordLimit, nz(r.optionsZhTw), nz(r.optionsEn))).toList();
        Map<OutputType, Set<String>> licences = new EnumMap<>(OutputType.class);
        policy.forEach(p -> licences.put(OutputType.valueOf(p.outputType), p.allLicences()));
        return new CallContent(texts(),
                new CallContent.Funding(budget, shareMap, minGrant, maxGrant, orZero(maxDurationMonths)),
                new CallContent.Timetable(opensAt, closesAt),
                new CallContent.Eligibility(enums(OrganisationType.class, organisationTypes), enums(FocusArea.class, focusAreas),
                        new TreeSet<>(targetLanguages), enums(AttachmentType.class, requiredAttachments), questionSpecs),
                new CallContent.Review(criterionSpecs, overallThreshold, orZero(reviewsPerApplication), blindReview),
                new CallContent.Outputs(licences,
                        parse(MofClass.class, requiredMofClass) == null ? MofClass.NONE : parse(MofClass.class, requiredMofClass),
                        orZero(releaseDeadlineMonths), orZero(retentionPercent)));
    }

    public BigDecimal getSharesTotal() {
        return shares.stream().map(ShareRow::getAmount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int getWeightsTotal() {
        return criteria.stream().mapToInt(c -> c.weight == null ? 0 : c.weight).sum();
    }

    public void addShare(String ministry) {
        if (shares.stream().noneMatch(r -> ministry.equals(r.ministry))) {
            shares.add(new ShareRow(ministry, BigDecimal.ZERO));
        }
    }

    private static <E extends Enum<E>> List<String> names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> set = EnumSet.noneOf(type);
        names.stream().map(n -> parse(type, n)).filter(e -> e != null).forEach(set::add);
        return set;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    // bean accessors for the page
    public String getTitleZhTw() { return titleZhTw; }
    public void setTitleZhTw(String v) { titleZhTw = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { titleEn = v; }
    public String getSummaryZhTw() { return summaryZhTw; }
    public void setSummaryZhTw(String v) { summaryZhTw = v; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String v) { summaryEn = v; }
    public String getDescriptionZhTw() { return descriptionZhTw; }
    public void setDescriptionZhTw(String v) { descriptionZhTw = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal v) { budget = v; }
    public List<ShareRow> getShares() { return shares; }
    public BigDecimal getMinGrant() { return minGrant; }
    public void setMinGrant(BigDecimal v) { minGrant = v; }
    public BigDecimal getMaxGrant() { return maxGrant; }
    public void setMaxGrant(BigDecimal v) { maxGrant = v; }
    public Integer getMaxDurationMonths() { return maxDurationMonths; }
    public void setMaxDurationMonths(Integer v) { maxDurationMonths = v; }
    public Instant getOpensAt() { return opensAt; }
    public void setOpensAt(Instant v) { opensAt = v; }
    public Instant getClosesAt() { return closesAt; }
    public void setClosesAt(Instant v) { closesAt = v; }
    public List<String> getOrganisationTypes() { return organisationTypes; }
    public void setOrganisationTypes(List<String> v) { organisationTypes = v; }
    public List<String> getFocusAreas() { return focusAreas; }
    public void setFocusAreas(List<String> v) { focusAreas = v; }
    public List<String> getTargetLanguages() { return targetLanguages; }
    public void setTargetLanguages(List<String> v) { targetLanguages = v; }
    public List<String> getRequiredAttachments() { return requiredAttachments; }
    public void setRequiredAttachments(List<String> v) { requiredAttachments = v; }
    public List<CriterionRow> getCriteria() { return criteria; }
    public BigDecimal getOverallThreshold() { return overallThreshold; }
    public void setOverallThreshold(BigDecimal v) { overallThreshold = v; }
    public Integer getReviewsPerApplication() { return reviewsPerApplication; }
    public void setReviewsPerApplication(Integer v) { reviewsPerApplication = v; }
    public boolean isBlindReview() { return blindReview; }
    public void setBlindReview(boolean v) { blindReview = v; }
    public List<QuestionRow> getQuestions() { return questions; }
    public List<PolicyRow> getPolicy() { return policy; }
    public String getRequiredMofClass() { return requiredMofClass; }
    public void setRequiredMofClass(String v) { requiredMofClass = v; }
    public Integer getReleaseDeadlineMonths() { return releaseDeadlineMonths; }
    public void setReleaseDeadlineMonths(Integer v) { releaseDeadlineMonths = v; }
    public Integer getRetentionPercent() { return retentionPercent; }
    public void setRetentionPercent(Integer v) { retentionPercent = v; }
}
