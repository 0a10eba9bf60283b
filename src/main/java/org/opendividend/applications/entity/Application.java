package org.opendividend.applications.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.opendividend.platform.events.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An organisation's application to a call: the working copy the applicant edits, saved section by section. Each
 * submission freezes the working copy as a {@link SubmittedVersion}; the working copy may be edited again only
 * while resubmitting is possible (before the deadline, or when more information was requested).
 */
@Entity
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "owner_subject", nullable = false)
    private String ownerSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    private String titleZhTw;
    private String titleEn;
    private String abstractText;
    private LocalDate startDate;
    private Integer durationMonths;
    private boolean personalData;
    private String personalDataMeasures;
    private String communityConsent;
    private String trainingDataRights;
    private int submittedVersions;
    private String lastReceiptNumber;
    private Instant lastSubmittedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "application_team_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    private Map<Long, String> answers = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_planned_output", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<PlannedOutput> outputs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_reviewer_exclusion", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ReviewerExclusion> exclusions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "screening_outcome")
    private ScreeningOutcome screeningOutcome;

    @Column(name = "screening_reason")
    private String screeningReason;

    @Column(name = "more_info_sections")
    private String moreInfoSections;

    @Column(name = "more_info_until")
    private Instant moreInfoUntil;

    @Column(name = "screened_by_name")
    private String screenedByName;

    @Column(name = "screened_at")
    private Instant screenedAt;

    @Version
    private long version;

    protected Application() {
    }

    /** A new, empty draft of an organisation for a call, started by one of its members. */
    public static Application start(long callId, long organisationId, Actor owner, Instant now) {
        Application application = new Application();
        application.callId = callId;
        application.organisationId = organisationId;
        application.ownerSubject = owner.subject();
        application.status = ApplicationStatus.DRAFT;
        application.titleZhTw = "";
        application.titleEn = "";
        application.abstractText = "";
        application.applyEthics(ApplicationContent.Ethics.NONE);
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    /** Replaces the working copy with what the applicant wrote; the submitted versions stay as they were. */
    public void revise(ApplicationContent c, Instant now) {
        if (!isEditable()) {
            throw new IllegalStateException("application " + id + " is " + status + " and can no longer be edited");
        }
        titleZhTw = c.titleZhTw();
        titleEn = c.titleEn();
        abstractText = c.abstractText();
        startDate = c.startDate();
        durationMonths = c.durationMonths();
        team.clear();
        team.addAll(c.team());
        answers.clear();
        answers.putAll(c.answers());
        budget.clear();
        budget.addAll(c.budget());
        outputs.clear();
        outputs.addAll(c.outputs());
        exclusions.clear();
        exclusions.addAll(c.exclusions());
        applyEthics(c.ethics());
        updatedAt = now;
    }

    /**
     * Revises only what the applicant may change now: while more information is requested the closed sections keep
     * what they hold, whatever the page sent (the facade has refused real changes to them before).
     */
    public void reviseOpenSections(ApplicationContent c, Instant now) {
        if (!isReopenedBySections()) {
            revise(c, now);
            return;
        }
        Set<ScreeningSection> open = java.util.EnumSet.noneOf(ScreeningSection.class);
        for (ScreeningSection s : ScreeningSection.values()) {
            if (mayChange(s, now)) {
                open.add(s);
            }
        }
        revise(ScreeningSection.merge(content(), c, open), now);
    }

    /**
     * Records a submission: the next version number, its receipt and instant. Whether the deadline allows it is the
     * call's to say and the facade's to check; a state the table has no submission from is refused
     * ({@link org.opendividend.platform.validation.ForbiddenTransitionException}).
     */
    public int submit(String receiptNumber, Instant now) {
        var step = ApplicationWorkflow.transition(status, submitAction(),
                ApplicationWorkflow.Who.APPLICANT);
        if (isReopenedBySections() && !isMoreInfoOpenAt(now)) {
            throw new IllegalStateException("the request for more information on application " + id + " has expired");
        }
        status = step.to();
        submittedVersions++;
        lastReceiptNumber = receiptNumber;
        lastSubmittedAt = now;
        updatedAt = now;
        return submittedVersions;
    }

    /**
     * Records an officer's screening as the workflow's step for the outcome. Ineligible needs the reason the
     * applicant will read; more information needs the sections open for change (at least one) and an instant in
     * the future until which the applicant may change them and resubmit. The facade checks who and says what is
     * missing field by field; this refuses what would break the record.
     */
    public void screen(ScreeningOutcome outcome, String reason, Set<ScreeningSection> sections, Instant until,
                       Actor actor, Instant now) {
        var step = ApplicationWorkflow.transition(status, outcome.action(),
                ApplicationWorkflow.Who.SCREENING_OFFICER);
        String given = reason == null ? "" : reason.strip();
        if (outcome == ScreeningOutcome.INELIGIBLE && given.isEmpty()) {
            throw new IllegalArgumentException("an ineligible application needs a reason");
        }
        if (outcome == ScreeningOutcome.MORE_INFO
                && (sections == null || sections.isEmpty() || until == null || !until.isAfter(now))) {
            throw new IllegalArgumentException("more information needs sections and a future instant");
        }
        status = step.to();
        screeningOutcome = outcome;
        screeningReason = given;
        moreInfoSections = outcome == ScreeningOutcome.MORE_INFO ? ScreeningSection.join(sections) : null;
        moreInfoUntil = outcome == ScreeningOutcome.MORE_INFO ? until : null;
        screenedByName = actor.displayName();
        screenedAt = now;
        updatedAt = now;
    }

    /**
     * Whether the applicant may still change the open sections and resubmit (more information requested, in time):
     * the one place this is decided.
     */
    public boolean isMoreInfoOpenAt(Instant now) {
        return isReopenedBySections() && ApplicationWorkflow.Deadline.isOpenAt(moreInfoUntil, now);
    }

    /**
     * Whether only the sections an officer reopened may change, until the officer's date (more information was
     * requested), rather than the whole working copy or nothing.
     */
    public boolean isReopenedBySections() {
        return editing() == ApplicationWorkflow.Editing.REOPENED_SECTIONS;
    }

    /** Whether the working copy may be changed now: where the workflow lets the applicant edit, and in time. */
    public boolean isEditableAt(Instant now) {
        return isEditable() && (!isReopenedBySections() || isMoreInfoOpenAt(now));
    }

    /**
     * Whether the applicant may change a section now: any section while the working copy is freely editable, only the
     * named ones (and only in time) while more information is requested.
     */
    public boolean mayChange(ScreeningSection section, Instant now) {
        if (isReopenedBySections()) {
            return isMoreInfoOpenAt(now) && moreInfoSections().contains(section);
        }
        return isEditable();
    }

    /**
     * The sections a revision would change although they are closed (empty when the revision may be saved as it is).
     * Only a request for more information closes sections.
     */
    public Set<ScreeningSection> closedSectionsChangedBy(ApplicationContent typed, Instant now) {
        Set<ScreeningSection> changed = ScreeningSection.changed(content(), typed);
        changed.removeIf(s -> mayChange(s, now));
        return changed;
    }

    public void withdraw(Instant now) {
        status = ApplicationWorkflow.transition(status, ApplicationAction.WITHDRAW, ApplicationWorkflow.Who.APPLICANT).to();
        updatedAt = now;
    }

    /** Submitting is the first submission where the table has one (a draft) and a new version from anywhere else. */
    public ApplicationAction submitAction() {
        return ApplicationWorkflow.find(status, ApplicationAction.SUBMIT).isPresent() ? ApplicationAction.SUBMIT
                : ApplicationAction.RESUBMIT;
    }

    /** Whether the workflow lets the applicant change the working copy in this state (at some time). */
    public boolean isEditable() {
        return editing() != ApplicationWorkflow.Editing.NONE;
    }

    /**
     * Whether the wizard saves the working copy by itself: a draft, and the sections reopened by a request for more
     * information. A submitted application stays editable for a new version, but only by an explicit save.
     */
    public boolean isAutosaved() {
        return editing().isAutosaved();
    }

    private ApplicationWorkflow.Editing editing() {
        return ApplicationWorkflow.state(status).editing();
    }

    /**
     * Whether saving what a page sent would change the working copy, compared as the screening compares sections
     * (missing and empty text, line endings, trailing zeros alike): a page sending back what it showed changes nothing.
     */
    public boolean isChangedBy(ApplicationContent typed) {
        return !ScreeningSection.changed(content(), typed).isEmpty();
    }

    /** The receipt number of the next submission: readable, unique per application and version. */
    public String nextReceiptNumber() {
        return "OD-" + callId + "-" + id + "-" + (submittedVersions + 1);
    }

    private void applyEthics(ApplicationContent.Ethics e) {
        personalData = e.personalData();
        personalDataMeasures = e.personalDataMeasures();
        communityConsent = e.communityConsent();
        trainingDataRights = e.trainingDataRights();
    }

    public ApplicationContent content() {
        return new ApplicationContent(titleZhTw, titleEn, abstractText, startDate, durationMonths, List.copyOf(team),
                new TreeMap<>(answers), List.copyOf(budget), List.copyOf(outputs),
                new ApplicationContent.Ethics(personalData, personalDataMeasures, communityConsent, trainingDataRights),
                List.copyOf(exclusions));
    }

    public Long id() { return id; }
    public long version() { return version; }
    public long callId() { return callId; }
    public long organisationId() { return organisationId; }
    public String ownerSubject() { return ownerSubject; }
    public ApplicationStatus status() { return status; }
    public int submittedVersions() { return submittedVersions; }
    public String lastReceiptNumber() { return lastReceiptNumber; }
    public Instant lastSubmittedAt() { return lastSubmittedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public ScreeningOutcome screeningOutcome() { return screeningOutcome; }
    public String screeningReason() { return screeningReason; }
    public Set<ScreeningSection> moreInfoSections() { return ScreeningSection.parse(moreInfoSections); }
    public Instant moreInfoUntil() { return moreInfoUntil; }
    public String screenedByName() { return screenedByName; }
    public Instant screenedAt() { return screenedAt; }
}
