package org.opendividend.outputs.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.opendividend.outputs.entity.ObligationWorkflow.Who;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One open-output obligation of an accepted award as the outputs component tracks it: the terms awards handed over
 * (type, the licences the call allows, due date, languages, the required MOF class, the organisation and the
 * ministries), the grantee's registration, the latest checks with their evidence, the officer's verdict, and the flag
 * a re-check raises on a verified output that changed. Its state moves only through {@link ObligationWorkflow}.
 */
@Entity
@Table(name = "output_obligation")
public class TrackedObligation {

    public static final int REASON_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "award_number", nullable = false)
    private String awardNumber;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "output_type", nullable = false)
    private OutputType type;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "planned_licence", nullable = false)
    private String plannedLicence;

    @Column(name = "allowed_licences", nullable = false)
    private String allowedLicences;

    @Column(name = "release_by", nullable = false)
    private LocalDate releaseBy;

    @Column(name = "languages", nullable = false)
    private String languages;

    @Column(name = "required_mof_class", nullable = false)
    private int requiredMofClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private ObligationState state;

    @Column(name = "url")
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "registry")
    private OutputRegistry registry;

    @Column(name = "revision")
    private String revision;

    @Column(name = "identifier")
    private String identifier;

    @Column(name = "declared_licence")
    private String declaredLicence;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "judged_by")
    private String judgedBy;

    @Column(name = "judged_at")
    private Instant judgedAt;

    @Column(name = "verdict_reason", length = REASON_MAX)
    private String verdictReason;

    @Column(name = "flagged", nullable = false)
    private boolean flagged;

    @Column(name = "flag_detail")
    private String flagDetail;

    @ElementCollection
    @CollectionTable(name = "output_obligation_ministry", joinColumns = @JoinColumn(name = "obligation_id"))
    @Column(name = "ministry_code")
    private Set<String> ministries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "output_check", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    private List<StoredCheck> checks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "output_mof_component", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    private List<MofEntry> mofComponents = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TrackedObligation() {
    }

    /** The terms of one obligation as awards hands them over at the acceptance. */
    public record Terms(long awardId, int position, String awardNumber, long organisationId, Collection<String> ministries,
            OutputType type, String title, String plannedLicence, String allowedLicences, LocalDate releaseBy,
            String languages, int requiredMofClass) {
    }

    public static TrackedObligation planned(Terms terms) {
        TrackedObligation o = new TrackedObligation();
        o.awardId = terms.awardId();
        o.position = terms.position();
        o.awardNumber = terms.awardNumber();
        o.organisationId = terms.organisationId();
        o.ministries.addAll(terms.ministries());
        o.type = terms.type();
        o.title = terms.title();
        o.plannedLicence = terms.plannedLicence();
        o.allowedLicences = terms.allowedLicences();
        o.releaseBy = terms.releaseBy();
        o.languages = terms.languages();
        o.requiredMofClass = terms.requiredMofClass();
        o.state = ObligationState.PLANNED;
        return o;
    }

    /** What the grantee registers. */
    public record Registration(String url, OutputRegistry registry, String revision, String identifier,
            String declaredLicence, List<MofEntry> mofComponents) {
    }

    public void register(Registration registration, String subject, Instant now) {
        move(ObligationAction.REGISTER_OUTPUT, Who.GRANTEE);
        url = registration.url();
        registry = registration.registry();
        revision = registration.revision();
        identifier = registration.identifier();
        declaredLicence = registration.declaredLicence();
        mofComponents.clear();
        if (type == OutputType.MODEL_WEIGHTS && registration.mofComponents() != null) {
            mofComponents.addAll(registration.mofComponents());
        }
        registeredBy = subject;
        registeredAt = now;
        judgedBy = null;
        judgedAt = null;
        verdictReason = null;
        flagged = false;
        flagDetail = null;
    }

    /**
     * The checks ran: stores them; a verified output with a finding ({@code change} not null) goes back to the officer
     * flagged, otherwise it stays where it is (a registered one is checked). The action taken is returned.
     */
    public ObligationAction checked(List<StoredCheck> results, String change, Instant now) {
        ObligationAction action = state == ObligationState.VERIFIED && change != null
                ? ObligationAction.FLAG_OUTPUT : ObligationAction.CHECK_OUTPUT;
        move(action, Who.SYSTEM);
        checks.clear();
        checks.addAll(results);
        checkedAt = now;
        if (action == ObligationAction.FLAG_OUTPUT) {
            flagged = true;
            flagDetail = change.length() > REASON_MAX ? change.substring(0, REASON_MAX) : change;
        }
        return action;
    }

    /** The officer's verdict: verified (a reason optional) or non-compliant (a reason required, checked before). */
    public void judge(boolean verified, String reason, String officer, Instant now) {
        move(verified ? ObligationAction.VERIFY_OUTPUT : ObligationAction.MARK_NON_COMPLIANT, Who.OFFICER);
        verdictReason = reason == null || reason.isBlank() ? null : reason.strip();
        judgedBy = officer;
        judgedAt = now;
        flagged = false;
    }

    private void move(ObligationAction action, Who who) {
        state = ObligationWorkflow.RULES.transition(state, action, who).to();
    }

    public Long id() {
        return id;
    }

    public long awardId() {
        return awardId;
    }

    public int position() {
        return position;
    }

    public String awardNumber() {
        return awardNumber;
    }

    public long organisationId() {
        return organisationId;
    }

    public Set<String> ministries() {
        return Set.copyOf(ministries);
    }

    public OutputType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String plannedLicence() {
        return plannedLicence;
    }

    public String allowedLicences() {
        return allowedLicences;
    }

    public LocalDate releaseBy() {
        return releaseBy;
    }

    public String languages() {
        return languages;
    }

    public int requiredMofClass() {
        return requiredMofClass;
    }

    public ObligationState state() {
        return state;
    }

    public String url() {
        return url;
    }

    public OutputRegistry registry() {
        return registry;
    }

    public String revision() {
        return revision;
    }

    public String identifier() {
        return identifier;
    }

    public String declaredLicence() {
        return declaredLicence;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String judgedBy() {
        return judgedBy;
    }

    public Instant judgedAt() {
        return judgedAt;
    }

    public String verdictReason() {
        return verdictReason;
    }

    public boolean flagged() {
        return flagged;
    }

    public String flagDetail() {
        return flagDetail;
    }

    public List<StoredCheck> checks() {
        return List.copyOf(checks);
    }

    public List<MofEntry> mofComponents() {
        return List.copyOf(mofComponents);
    }

    public long version() {
        return version;
    }
}
