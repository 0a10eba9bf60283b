package org.opendividend.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import org.opendividend.outputs.entity.OutputType;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What becomes of the work a call funds: the licences allowed per type of output, the openness class a model must
 * reach, how soon outputs are released and how much of a grant is held back until they are.
 */
@Embeddable
public class OutputPolicy {

    public static final int DEFAULT_RETENTION_PERCENT = 10;

    @ElementCollection
    @CollectionTable(name = "call_allowed_licence", joinColumns = @JoinColumn(name = "call_id"))
    private Set<AllowedLicence> allowedLicences = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "required_mof_class", nullable = false)
    private MofClass requiredMofClass;

    @Column(name = "release_deadline_months", nullable = false)
    private int releaseDeadlineMonths;

    @Column(name = "retention_percent", nullable = false)
    private int retentionPercent;

    protected OutputPolicy() {
    }

    /** The fund's default for a new draft: release within six months, the default retention, no model class. */
    static OutputPolicy fundDefaults() {
        OutputPolicy policy = new OutputPolicy();
        policy.requiredMofClass = MofClass.NONE;
        policy.releaseDeadlineMonths = 6;
        policy.retentionPercent = DEFAULT_RETENTION_PERCENT;
        return policy;
    }

    /** Replaces everything as written in a draft. */
    void revise(CallContent.Outputs written) {
        allowedLicences.clear();
        written.allowedLicences().forEach((type, ids) -> ids.forEach(id -> allowedLicences.add(new AllowedLicence(type, id))));
        requiredMofClass = written.requiredMofClass();
        releaseDeadlineMonths = written.releaseDeadlineMonths();
        retentionPercent = written.retentionPercent();
    }

    /** Starts the licence policy from the fund's defaults, for the types that have none yet. */
    void adoptDefaultLicences(Map<OutputType, Set<String>> defaults) {
        Map<OutputType, Set<String>> current = allowedLicences();
        defaults.forEach((type, ids) -> {
            if (current.get(type).isEmpty()) {
                ids.forEach(id -> allowedLicences.add(new AllowedLicence(type, id)));
            }
        });
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
}
