package org.opendividend.calls;

import org.opendividend.calls.entity.AttachmentType;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallContent.CriterionSpec;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallTexts;
import org.opendividend.calls.entity.Criterion.CriterionText;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.organisations.entity.OrganisationType;
import org.opendividend.calls.entity.Question.QuestionSpec;
import org.opendividend.calls.entity.QuestionType;
import org.opendividend.calls.entity.ScoreScale;
import org.opendividend.calls.entity.ShareConsent;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one place the calls tests get their objects from: a complete call that may be published (led by moc,
 * co-funded by moda), the people who act on it, calls in every status of the lifecycle and the instants at which
 * each status holds.
 */
public final class CallFixtures {

    public static final String PROGRAMME = "public-ai";
    public static final String LEAD = "moc";
    public static final String CO_FUNDER = "moda";
    /** A ministry that has nothing to do with the fixture call. */
    public static final String UNRELATED = "nstc";
    public static final Set<String> KNOWN_MINISTRIES = Set.of(LEAD, CO_FUNDER, UNRELATED);

    /** When the draft was written. */
    public static final Instant CREATED = Instant.parse("2027-01-05T02:00:00Z");
    /** "Today" in the tests: after the draft was written, before the call opens. */
    public static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");
    /** 2027-02-01 09:00 in Taipei. */
    public static final Instant OPENS_AT = Instant.parse("2027-02-01T01:00:00Z");
    /** 2027-03-31 17:00 in Taipei. */
    public static final Instant CLOSES_AT = Instant.parse("2027-03-31T09:00:00Z");
    /** While the call is open. */
    public static final Instant DURING = OPENS_AT.plus(Duration.ofDays(10));
    /** After the call closed. */
    public static final Instant AFTER = CLOSES_AT.plus(Duration.ofDays(10));

    public static final BigDecimal BUDGET = twd(10_000_000);
    public static final BigDecimal LEAD_SHARE = twd(6_000_000);
    public static final BigDecimal CO_FUNDER_SHARE = twd(4_000_000);

    private CallFixtures() {
    }

    public static BigDecimal twd(long amount) {
        return BigDecimal.valueOf(amount);
    }

    // ---------------------------------------------------------------- people

    public static Caller caller(String subject, Set<Role> roles, String... ministries) {
        return new Caller(subject, subject, "name of " + subject, subject + "@example.org", true, roles,
                new TreeSet<>(List.of(ministries)));
    }

    /** The officer of the lead ministry who writes the call. */
    public static Caller officerOfMoc() {
        return caller("sub-officer-moc", EnumSet.of(Role.OFFICER), LEAD);
    }

    /** An approver of the lead ministry who did not write the call. */
    public static Caller approverOfMoc() {
        return caller("sub-approver-moc", EnumSet.of(Role.APPROVER), LEAD);
    }

    /** The author of the call (same subject as {@link #officerOfMoc()}), who is also an approver of moc. */
    public static Caller authorWhoIsAlsoApprover() {
        return caller(officerOfMoc().subject(), EnumSet.of(Role.OFFICER, Role.APPROVER), LEAD);
    }

    /** An officer of the co-funding ministry. */
    public static Caller officerOfModa() {
        return caller("sub-officer-moda", EnumSet.of(Role.OFFICER), CO_FUNDER);
    }

    /** An approver of the co-funding ministry: accepts or declines its share. */
    public static Caller approverOfModa() {
        return approverOf(CO_FUNDER);
    }

    /** An approver of the given ministry, who answers for its share of a call. */
    public static Caller approverOf(String ministry) {
        return caller("sub-approver-" + ministry, EnumSet.of(Role.APPROVER), ministry);
    }

    /** An officer of a ministry that neither leads nor funds the call. */
    public static Caller officerOfNstc() {
        return caller("sub-officer-nstc", EnumSet.of(Role.OFFICER), UNRELATED);
    }

    /** An approver of a ministry that neither leads nor funds the call. */
    public static Caller approverOfNstc() {
        return caller("sub-approver-nstc", EnumSet.of(Role.APPROVER), UNRELATED);
    }

    public static Caller fundAdmin() {
        return caller("sub-fund-admin", EnumSet.of(Role.FUND_ADMIN));
    }

    public static Caller applicant() {
        return caller("sub-applicant", EnumSet.of(Role.APPLICANT));
    }

    // ---------------------------------------------------------------- content

    public static CallTexts texts() {
        return new CallTexts(
                "客語語音辨識開放資料集", "Open Hakka speech recognition datasets",
                "徵求客語語音語料與開放模型。", "Calls for Hakka speech corpora and open models.",
                "本計畫支持以開放授權釋出之客語語音資料集與辨識模型。",
                "The call funds Hakka speech datasets and recognition models released under open licences.");
    }

    public static List<CriterionSpec> criteria() {
        return List.of(
                new CriterionSpec(new CriterionText("公共價值", "Public value", "對語言社群的助益", "Benefit to the language community"),
                        40, ScoreScale.ZERO_TO_FIVE_HALVES, new BigDecimal("3")),
                new CriterionSpec(new CriterionText("可行性", "Feasibility", "團隊與計畫", "Team and plan"),
                        35, ScoreScale.ONE_TO_NINE, new BigDecimal("5")),
                new CriterionSpec(new CriterionText("開放程度", "Openness", "授權與釋出", "Licences and release"),
                        25, ScoreScale.ZERO_TO_FIVE_HALVES, new BigDecimal("2.5")));
    }

    public static List<QuestionSpec> questions() {
        return List.of(
                new QuestionSpec("社群", "Community", "如何取得社群同意？", "How is the community's consent obtained?",
                        QuestionType.LONG_TEXT, true, 500, "", ""),
                new QuestionSpec("資料", "Data", "是否已有語料？", "Do you already hold a corpus?",
                        QuestionType.SINGLE_CHOICE, false, null, "是\n否", "Yes\nNo"));
    }

    /** An open licence policy for every output type, each licence appropriate for its type. */
    public static Map<OutputType, Set<String>> licences() {
        Map<OutputType, Set<String>> licences = new EnumMap<>(OutputType.class);
        licences.put(OutputType.CODE, Set.of("Apache-2.0", "MIT"));
        licences.put(OutputType.MODEL_WEIGHTS, Set.of("Apache-2.0"));
        licences.put(OutputType.DATASET, Set.of("CC-BY-4.0", "CC0-1.0"));
        licences.put(OutputType.DOCUMENTATION, Set.of("CC-BY-4.0"));
        licences.put(OutputType.EVALUATION, Set.of("Apache-2.0", "CC-BY-4.0"));
        return Map.copyOf(licences);
    }

    public static Map<String, BigDecimal> shares() {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(LEAD, LEAD_SHARE);
        shares.put(CO_FUNDER, CO_FUNDER_SHARE);
        return shares;
    }

    /** A complete, coherent content: a draft revised with it may be published at {@link #NOW}. */
    public static CallContent content() {
        return content(b -> {
        });
    }

    /** The complete content with some parts changed. */
    public static CallContent content(java.util.function.Consumer<ContentBuilder> changes) {
        ContentBuilder builder = new ContentBuilder();
        changes.accept(builder);
        return builder.build();
    }

    /** The parts of a {@link CallContent}, each starting with the complete fixture's value. */
    public static final class ContentBuilder {
        public CallTexts texts = CallFixtures.texts();
        public BigDecimal budget = BUDGET;
        public Map<String, BigDecimal> shares = shares();
        public BigDecimal minGrant = twd(500_000);
        public BigDecimal maxGrant = twd(2_000_000);
        public int maxDurationMonths = 24;
        public Instant opensAt = OPENS_AT;
        public Instant closesAt = CLOSES_AT;
        public Set<OrganisationType> organisationTypes = Set.of(OrganisationType.UNIVERSITY, OrganisationType.NON_PROFIT,
                OrganisationType.HAKKA_COMMUNITY_ORGANISATION);
        public Set<FocusArea> focusAreas = Set.of(FocusArea.SPEECH_TECHNOLOGY, FocusArea.LANGUAGE_REVITALISATION);
        public Set<String> targetLanguages = Set.of("hak", "nan");
        public Set<AttachmentType> requiredAttachments = Set.of(AttachmentType.PROJECT_PLAN,
                AttachmentType.BUDGET_JUSTIFICATION, AttachmentType.COMMUNITY_CONSENT);
        public List<CriterionSpec> criteria = CallFixtures.criteria();
        public BigDecimal overallThreshold = new BigDecimal("6");
        public int reviewsPerApplication = 3;
        public boolean blindReview = true;
        public List<QuestionSpec> questions = CallFixtures.questions();
        public Map<OutputType, Set<String>> allowedLicences = CallFixtures.licences();
        public MofClass requiredMofClass = MofClass.CLASS_II;
        public int releaseDeadlineMonths = 6;
        public int retentionPercent = 10;

        private ContentBuilder() {
        }

        /** Changes the texts, given the complete ones. */
        public ContentBuilder texts(java.util.function.UnaryOperator<CallTexts> change) {
            texts = change.apply(texts);
            return this;
        }

        /** Changes one output type's licences, the others staying as they are. */
        public ContentBuilder licences(OutputType type, Set<String> ids) {
            Map<OutputType, Set<String>> changed = new EnumMap<>(allowedLicences);
            changed.put(type, ids);
            allowedLicences = changed;
            return this;
        }

        public CallContent build() {
            return new CallContent(texts,
                    new CallContent.Funding(budget, shares, minGrant, maxGrant, maxDurationMonths),
                    new CallContent.Timetable(opensAt, closesAt),
                    new CallContent.Eligibility(organisationTypes, focusAreas, targetLanguages, requiredAttachments, questions),
                    new CallContent.Review(criteria, overallThreshold, reviewsPerApplication, blindReview),
                    new CallContent.Outputs(allowedLicences, requiredMofClass, releaseDeadlineMonths, retentionPercent));
        }
    }

    // ---------------------------------------------------------------- calls

    /** A new, empty draft of moc written by {@link #officerOfMoc()} at {@link #CREATED}. */
    public static FundingCall emptyDraft() {
        return FundingCall.draft(PROGRAMME, LEAD, officerOfMoc().actor(), CREATED);
    }

    /** A draft holding the complete content, every co-funder's share accepted by its approver: it may be published. */
    public static FundingCall draft() {
        return draft(content());
    }

    public static FundingCall draft(CallContent content) {
        FundingCall call = draftAwaitingConsent(content);
        Instant answered = CREATED.plus(Duration.ofHours(1)); // with the save, so that the draft reads as saved then
        call.coFunders().forEach(m -> call.decideShare(m,
                ShareConsent.accepted(call.shares().get(m), approverOf(m).actor(), answered), answered));
        return call;
    }

    /** A draft holding the complete content whose co-funders have not answered yet: not publishable for that alone. */
    public static FundingCall draftAwaitingConsent() {
        return draftAwaitingConsent(content());
    }

    public static FundingCall draftAwaitingConsent(CallContent content) {
        FundingCall call = emptyDraft();
        call.revise(content, officerOfMoc().actor(), CREATED.plus(Duration.ofHours(1)));
        return call;
    }

    /** The complete call published by {@link #approverOfMoc()} at {@link #NOW}. */
    public static FundingCall published() {
        FundingCall call = draft();
        call.apply(CallAction.PUBLISH, approverOfMoc().actor(), NOW);
        return call;
    }

    /** An instant at which the call of {@link #callIn(CallStatus)} is in that status. */
    public static Instant momentIn(CallStatus status) {
        return switch (status) {
            case DRAFT, PUBLISHED -> NOW;
            case OPEN -> DURING;
            case CLOSED, IN_REVIEW, DECIDED, ARCHIVED -> AFTER;
        };
    }

    /** The complete call, taken through the lifecycle until it is (recorded) in the given status. */
    public static FundingCall callIn(CallStatus status) {
        FundingCall call = takenTo(status);
        if (call.recordedStatus() != status || call.statusAt(momentIn(status)) != status) {
            throw new IllegalStateException("fixture could not bring a call to " + status + ": it is "
                    + call.recordedStatus() + ", " + call.statusAt(momentIn(status)) + " at " + momentIn(status));
        }
        return call;
    }

    private static FundingCall takenTo(CallStatus status) {
        if (status == CallStatus.DRAFT) {
            return draft();
        }
        FundingCall call = published();
        if (status == CallStatus.PUBLISHED) {
            return call;
        }
        call.catchUp(DURING);
        if (status == CallStatus.OPEN) {
            return call;
        }
        call.catchUp(AFTER);
        if (status == CallStatus.CLOSED) {
            return call;
        }
        call.apply(CallAction.START_REVIEW, officerOfMoc().actor(), AFTER);
        if (status == CallStatus.IN_REVIEW) {
            return call;
        }
        call.recordFundingDecision(AFTER);
        if (status == CallStatus.DECIDED) {
            return call;
        }
        call.apply(CallAction.ARCHIVE, officerOfMoc().actor(), AFTER);
        return call;
    }
}
