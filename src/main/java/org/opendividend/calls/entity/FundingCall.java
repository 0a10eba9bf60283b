package org.opendividend.calls.entity;

import org.opendividend.organisations.entity.OrganisationType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.i18n.BilingualText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A call for proposals. Written as a draft by an officer of the lead ministry, published by an approver of that
 * ministry who never edited it, then open and closed at its own instants. After publication only the texts may be
 * corrected and the deadline extended (with a public reason).
 */
@Entity
@Table(name = "funding_call")
public class FundingCall {

    public static final int DEFAULT_RETENTION_PERCENT = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_code", nullable = false)
    private String programmeCode;

    @Column(name = "lead_ministry", nullable = false)
    private String leadMinistry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CallStatus status;

    private String titleZhTw;
    private String titleEn;
    private String summaryZhTw;
    private String summaryEn;
    private String descriptionZhTw;
    private String descriptionEn;

    private BigDecimal budget;
    private BigDecimal minGrant;
    private BigDecimal maxGrant;
    private int maxDurationMonths;
    private Instant opensAt;
    private Instant closesAt;

    private int reviewsPerApplication;
    private boolean blindReview;
    private BigDecimal overallThreshold;
    private int releaseDeadlineMonths;
    private int retentionPercent;

    @Enumerated(EnumType.STRING)
    private MofClass requiredMofClass;

    private String authorSubject;
    private String authorName;
    private Instant createdAt;
    private Instant updatedAt;
    private String publishedBySubject;
    private String publishedByName;
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "call_funding_share", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "ministry_code")
    @Column(name = "amount")
    private Map<String, BigDecimal> shares = new TreeMap<>();

    /** Each co-funding ministry's own answer to its share, by ministry code; the lead's share needs none. */
    @ElementCollection
    @CollectionTable(name = "call_share_consent", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "ministry_code")
    private Map<String, ShareConsent> shareConsents = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "call_organisation_type", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    private Set<OrganisationType> organisationTypes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_focus_area", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area")
    private Set<FocusArea> focusAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_target_language", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "language_code")
    private Set<String> targetLanguages = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "call_required_attachment", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "attachment")
    private Set<AttachmentType> requiredAttachments = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderColumn(name = "position")
    private List<Question> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "call_allowed_licence", joinColumns = @JoinColumn(name = "call_id"))
    private Set<AllowedLicence> allowedLicences = new HashSet<>();

    /** Everyone who wrote or changed the call (author included): none of them may publish or decide it. */
    @ElementCollection
    @CollectionTable(name = "call_editor", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "subject")
    private Set<String> editorSubjects = new HashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "call_id", nullable = false)
    @OrderBy("extendedAt")
    private List<DeadlineExtension> extensions = new ArrayList<>();

    @Version
    private long version;

    protected FundingCall() {
    }

    /** A new, empty draft led by a ministry, with the fund's defaults for review and openness. */
    public static FundingCall draft(String programmeCode, String leadMinistry, Actor author, Instant now) {
        FundingCall call = new FundingCall();
        call.programmeCode = programmeCode;
        call.leadMinistry = leadMinistry;
        call.status = CallStatus.DRAFT;
        call.applyTexts(CallTexts.EMPTY);
        call.budget = BigDecimal.ZERO;
        call.minGrant = BigDecimal.ZERO;
        call.maxGrant = BigDecimal.ZERO;
        call.maxDurationMonths = 24;
        call.reviewsPerApplication = 3;
        call.blindReview = false;
        call.overallThreshold = BigDecimal.ZERO;
        call.releaseDeadlineMonths = 6;
        call.retentionPercent = DEFAULT_RETENTION_PERCENT;
        call.requiredMofClass = MofClass.NONE;
        call.authorSubject = author.subject();
        call.authorName = author.displayName();
        call.createdAt = now;
        call.updatedAt = now;
        call.shares.put(leadMinistry, BigDecimal.ZERO);
        call.recordEditor(author);
        return call;
    }

    /** Replaces everything written in the draft. Only drafts may be revised as a whole. */
    public void revise(CallContent content, Actor editor, Instant now) {
        requireStatus(CallStatus.DRAFT);
        recordEditor(editor);
        applyTexts(content.texts());
        budget = content.budget();
        shares.clear();
        shares.putAll(content.shares());
        shares.putIfAbsent(leadMinistry, BigDecimal.ZERO);
        voidOutdatedConsents();
        minGrant = content.minGrant();
        maxGrant = content.maxGrant();
        maxDurationMonths = content.maxDurationMonths();
        opensAt = content.opensAt();
        closesAt = content.closesAt();
        replace(organisationTypes, content.organisationTypes());
        replace(focusAreas, content.focusAreas());
        replace(targetLanguages, content.targetLanguages());
        replace(requiredAttachments, content.requiredAttachments());
        criteria.clear();
        content.criteria().forEach(c -> criteria.add(new Criterion(c.text(), c.weightPercent(), c.scale(), c.threshold())));
        overallThreshold = content.overallThreshold();
        reviewsPerApplication = content.reviewsPerApplication();
        blindReview = content.blindReview();
        questions.clear();
        content.questions().forEach(q -> questions.add(new Question(q)));
        allowedLicences.clear();
        content.allowedLicences().forEach((type, ids) -> ids.forEach(id -> allowedLicences.add(new AllowedLicence(type, id))));
        requiredMofClass = content.requiredMofClass();
        releaseDeadlineMonths = content.releaseDeadlineMonths();
        retentionPercent = content.retentionPercent();
        updatedAt = now;
    }

    /** Starts a draft's licence policy from the fund's defaults, for the types that have none yet. */
    public void adoptDefaultLicences(Map<OutputType, Set<String>> defaults) {
        requireStatus(CallStatus.DRAFT);
        Map<OutputType, Set<String>> current = allowedLicences();
        defaults.forEach((type, ids) -> {
            if (current.get(type).isEmpty()) {
                ids.forEach(id -> allowedLicences.add(new AllowedLicence(type, id)));
            }
        });
    }

    /** A co-funding ministry changes its own share while the call is a draft. */
    public void changeShare(String ministryCode, BigDecimal amount, Actor editor, Instant now) {
        requireStatus(CallStatus.DRAFT);
        if (!shares.containsKey(ministryCode)) {
            throw new IllegalArgumentException(ministryCode + " does not fund this call");
        }
        recordEditor(editor);
        shares.put(ministryCode, amount);
        voidOutdatedConsents();
        updatedAt = now;
    }

    /** Records a co-funding ministry's answer to its share as the share stands, while the call is a draft. */
    public void decideShare(String ministryCode, ShareConsent consent, Instant now) {
        requireStatus(CallStatus.DRAFT);
        if (!coFunders().contains(ministryCode)) {
            throw new IllegalArgumentException(ministryCode + " does not co-fund this call");
        }
        if (!consent.isFor(shares.get(ministryCode))) {
            throw new IllegalArgumentException("the answer of " + ministryCode + " is not about its share as it stands");
        }
        shareConsents.put(ministryCode, consent);
        updatedAt = now;
    }

    /** An answer holds only for the amount it was given to: a changed or removed share needs a new one. */
    private void voidOutdatedConsents() {
        Set<String> coFunders = coFunders();
        shareConsents.entrySet().removeIf(e -> !coFunders.contains(e.getKey()) || !e.getValue().isFor(shares.get(e.getKey())));
    }

    /** Corrects the texts (typos, clarifications): allowed until the call closes. */
    public void correctTexts(CallTexts texts, Actor editor, Instant now) {
        if (!canCorrectTextsAt(now)) {
            throw new IllegalStateException("texts of call " + id + " can no longer be corrected");
        }
        recordEditor(editor);
        applyTexts(texts);
        updatedAt = now;
    }

    public boolean canCorrectTextsAt(Instant now) {
        CallStatus effective = statusAt(now);
        return effective == CallStatus.DRAFT || effective == CallStatus.PUBLISHED || effective == CallStatus.OPEN;
    }

    /** Moves the closing instant later, for a reason the public will read. */
    public DeadlineExtension extendDeadline(Instant newClosesAt, String reason, Actor actor, Instant now) {
        CallStatus effective = statusAt(now);
        if (effective != CallStatus.PUBLISHED && effective != CallStatus.OPEN) {
            throw new IllegalStateException("only a published or open call's deadline can be extended");
        }
        if (!newClosesAt.isAfter(closesAt)) {
            throw new IllegalArgumentException("an extension must move the deadline later");
        }
        recordEditor(actor);
        DeadlineExtension extension = new DeadlineExtension(closesAt, newClosesAt, reason, actor.displayName(), now);
        extensions.add(extension);
        closesAt = newClosesAt;
        updatedAt = now;
        return extension;
    }

    /**
     * Takes a step of the lifecycle table that people take. Who may take it is decided by the permissions; the
     * entity knows which steps exist from where it is. Opening and closing are the schedule's ({@link #catchUp}).
     */
    public CallStatus apply(CallAction action, Actor actor, Instant now) {
        CallStatus from = status == CallStatus.PUBLISHED || status == CallStatus.OPEN ? statusAt(now) : status;
        // opening and closing are the schedule's: no person's step, so refused like any step the table lacks
        CallWorkflow.Transition transition = CallWorkflow.manualTransition(from, action);
        status = transition.to();
        if (action == CallAction.PUBLISH) {
            publishedBySubject = actor.subject();
            publishedByName = actor.displayName();
            publishedAt = now;
        }
        updatedAt = now;
        return status;
    }

    /** Records the step the schedule reached (opening or closing), without passing through skipped states. */
    public Optional<CallAction> catchUp(Instant now) {
        CallStatus effective = statusAt(now);
        if (effective == status) {
            return Optional.empty();
        }
        CallAction step = status == CallStatus.PUBLISHED && effective == CallStatus.OPEN ? CallAction.OPEN : CallAction.CLOSE;
        status = effective;
        updatedAt = now;
        return Optional.of(step);
    }

    /**
     * The status at an instant: a published call is open from its opening instant and closed from its closing
     * instant, to the second, whether or not the scheduler has recorded it yet.
     */
    public CallStatus statusAt(Instant now) {
        if (status != CallStatus.PUBLISHED && status != CallStatus.OPEN) {
            return status;
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            return CallStatus.CLOSED;
        }
        if (opensAt != null && !now.isBefore(opensAt)) {
            return CallStatus.OPEN;
        }
        return CallStatus.PUBLISHED;
    }

    /** The deadline rule: an application counts as on time if it arrives strictly before the closing instant. */
    public boolean acceptsApplicationsAt(Instant now) {
        return statusAt(now) == CallStatus.OPEN;
    }

    /** Whether the person wrote or changed the call at any time (four eyes: they may not publish nor decide it). */
    public boolean hasEdited(String subject) {
        return subject != null && editorSubjects.contains(subject);
    }

    private void recordEditor(Actor editor) {
        if (editor.subject() != null) {
            editorSubjects.add(editor.subject());
        }
    }

    public boolean isFundedBy(String ministryCode) {
        return shares.containsKey(ministryCode);
    }

    public BigDecimal totalShares() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void applyTexts(CallTexts texts) {
        titleZhTw = texts.titleZhTw();
        titleEn = texts.titleEn();
        summaryZhTw = texts.summaryZhTw();
        summaryEn = texts.summaryEn();
        descriptionZhTw = texts.descriptionZhTw();
        descriptionEn = texts.descriptionEn();
    }

    private void requireStatus(CallStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("call " + id + " is " + status + ", not " + expected);
        }
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String programmeCode() {
        return programmeCode;
    }

    public String leadMinistry() {
        return leadMinistry;
    }

    public CallStatus recordedStatus() {
        return status;
    }

    public CallTexts texts() {
        return new CallTexts(titleZhTw, titleEn, summaryZhTw, summaryEn, descriptionZhTw, descriptionEn);
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    public String summary(Locale locale) {
        return BilingualText.pick(locale, summaryZhTw, summaryEn);
    }

    public String description(Locale locale) {
        return BilingualText.pick(locale, descriptionZhTw, descriptionEn);
    }

    public BigDecimal budget() {
        return budget;
    }

    /** Shares by ministry code, the lead ministry's included. */
    public Map<String, BigDecimal> shares() {
        return new TreeMap<>(shares);
    }

    /** The answers of the co-funding ministries to their shares as they stand, by ministry code. */
    public Map<String, ShareConsent> shareConsents() {
        return new TreeMap<>(shareConsents);
    }

    /** What the ministries other than the lead put into the call, together (TWD). */
    public BigDecimal coFunding() {
        return totalShares().subtract(shares.getOrDefault(leadMinistry, BigDecimal.ZERO));
    }

    /** The ministries other than the lead that fund the call. */
    public Set<String> coFunders() {
        Set<String> coFunders = new TreeSet<>(shares.keySet());
        coFunders.remove(leadMinistry);
        return coFunders;
    }

    public BigDecimal minGrant() {
        return minGrant;
    }

    public BigDecimal maxGrant() {
        return maxGrant;
    }

    public int maxDurationMonths() {
        return maxDurationMonths;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Set<OrganisationType> organisationTypes() {
        return organisationTypes.isEmpty() ? EnumSet.noneOf(OrganisationType.class) : EnumSet.copyOf(organisationTypes);
    }

    public Set<FocusArea> focusAreas() {
        return focusAreas.isEmpty() ? EnumSet.noneOf(FocusArea.class) : EnumSet.copyOf(focusAreas);
    }

    /** Target language codes in the order of the catalogue. */
    public List<String> targetLanguages() {
        return TargetLanguages.ALL.stream().map(TargetLanguages.TargetLanguage::code)
                .filter(targetLanguages::contains).toList();
    }

    public Set<AttachmentType> requiredAttachments() {
        return requiredAttachments.isEmpty() ? EnumSet.noneOf(AttachmentType.class) : EnumSet.copyOf(requiredAttachments);
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public BigDecimal overallThreshold() {
        return overallThreshold;
    }

    public int reviewsPerApplication() {
        return reviewsPerApplication;
    }

    public boolean blindReview() {
        return blindReview;
    }

    public List<Question> questions() {
        return List.copyOf(questions);
    }

    /** Allowed licence ids per output type, every type present (empty when none allowed yet). */
    public Map<OutputType, Set<String>> allowedLicences() {
        Map<OutputType, Set<String>> byType = new EnumMap<>(OutputType.class);
        for (OutputType type : OutputType.values()) {
            byType.put(type, new TreeSet<>());
        }
        allowedLicences.forEach(a -> byType.get(a.outputType()).add(a.licenceId()));
        return byType;
    }

    public MofClass requiredMofClass() {
        return requiredMofClass;
    }

    public int releaseDeadlineMonths() {
        return releaseDeadlineMonths;
    }

    public int retentionPercent() {
        return retentionPercent;
    }

    public String authorSubject() {
        return authorSubject;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String publishedByName() {
        return publishedByName;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** The subjects of everyone who wrote or changed the call. */
    public Set<String> editorSubjects() {
        return Set.copyOf(editorSubjects);
    }

    public List<DeadlineExtension> extensions() {
        return List.copyOf(extensions);
    }
}
