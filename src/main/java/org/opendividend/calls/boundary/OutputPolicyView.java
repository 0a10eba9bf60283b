package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.MofClass;
import org.opendividend.calls.entity.OutputPolicy;
import org.opendividend.outputs.entity.OutputType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a call requires of the work it funds, as other components read it (awards copy it into an offer's
 * obligations and take the retained final share from it): the licences allowed per output type, the openness class a
 * model must reach, how many months after the project's end outputs must be released and the percentage of a grant
 * held back until they are. A copy, read through {@link CallDirectory#outputPolicy}.
 */
public record OutputPolicyView(Map<OutputType, Set<String>> allowedLicences, MofClass requiredMofClass,
                               int releaseDeadlineMonths, int retentionPercent) {

    public OutputPolicyView {
        allowedLicences = Collections.unmodifiableMap(new EnumMap<>(allowedLicences));
    }

    static OutputPolicyView of(OutputPolicy policy) {
        return new OutputPolicyView(policy.allowedLicences(), policy.requiredMofClass(), policy.releaseDeadlineMonths(),
                policy.retentionPercent());
    }
}
