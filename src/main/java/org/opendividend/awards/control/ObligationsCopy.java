package org.opendividend.awards.control;

import org.opendividend.applications.entity.PlannedOutput;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.calls.boundary.OutputPolicyView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An award's open-output obligations, copied when it is offered from the application's planned outputs (what, under
 * which licence, where, for which languages) and the call's licence policy (the licences it allows for each type, the
 * release deadline after the project's end): each output is due by its planned release, never later than that
 * deadline; one without a planned release is due by the deadline.
 */
public final class ObligationsCopy {

    private ObligationsCopy() {
    }

    public static List<Obligation> of(List<PlannedOutput> planned, OutputPolicyView policy, LocalDate end) {
        LocalDate latest = end.plusMonths(policy.releaseDeadlineMonths());
        return (planned == null ? List.<PlannedOutput>of() : planned).stream().map(output -> {
            Set<String> allowed = new TreeSet<>(policy.allowedLicences().getOrDefault(output.type(), Set.of()));
            LocalDate due = output.plannedRelease() == null || output.plannedRelease().isAfter(latest) ? latest
                    : output.plannedRelease();
            return new Obligation(output.type(), text(output.title(), 300), text(output.licenceId(), 64),
                    text(String.join(", ", allowed), 1000), due, text(output.registry(), 500),
                    text(output.languages(), 200));
        }).toList();
    }

    private static String text(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }
}
