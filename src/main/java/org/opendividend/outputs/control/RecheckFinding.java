package org.opendividend.outputs.control;

import org.opendividend.outputs.control.CheckResult.Check;
import org.opendividend.outputs.control.CheckResult.Verdict;
import org.opendividend.outputs.entity.StoredCheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a re-check found that the officer must look at again: a check that passed and now fails (a repository newly
 * gated, private or deleted, a licence no longer open), or a licence that changed even where the checks still pass.
 * A registry that cannot be reached (a warning) is no finding: it says nothing about the output. Each finding is one
 * line {@code CHECK before → after} (the evidence values, as the registry wrote them); none gives {@code null}. Pure.
 */
public final class RecheckFinding {

    /** The checks whose evidence is the licence: a changed value is a finding whatever the verdict. */
    private static final Set<Check> LICENCE = EnumSet.of(Check.LICENCE_DECLARED, Check.SPDX, Check.CONSISTENT,
            Check.OPEN_FOR_TYPE);

    public static final String ARROW = " → ";

    private RecheckFinding() {
    }

    public static String change(List<StoredCheck> before, List<StoredCheck> after) {
        Map<String, StoredCheck> earlier = before.stream()
                .collect(Collectors.toMap(StoredCheck::check, Function.identity(), (a, b) -> a));
        List<String> findings = new ArrayList<>();
        for (StoredCheck now : after) {
            StoredCheck was = earlier.get(now.check());
            if (was == null) {
                continue;
            }
            boolean worse = Verdict.PASS.name().equals(was.verdict()) && Verdict.FAIL.name().equals(now.verdict());
            boolean licenceChanged = LICENCE.contains(Check.valueOf(now.check()))
                    && was.evidenceValue() != null && now.evidenceValue() != null
                    && !Objects.equals(was.evidenceValue(), now.evidenceValue());
            if (worse || licenceChanged) {
                findings.add(now.check() + " " + shown(was) + ARROW + shown(now));
            }
        }
        return findings.isEmpty() ? null : String.join("\n", findings);
    }

    /** Whether the registry could not be reached (a warning on resolvable): the run learnt nothing of the output. */
    public static boolean unreachable(List<StoredCheck> checks) {
        return checks.stream().anyMatch(c -> Check.RESOLVABLE.name().equals(c.check())
                && Verdict.WARN.name().equals(c.verdict()));
    }

    private static String shown(StoredCheck check) {
        return check.evidenceValue() == null ? check.verdict() : check.evidenceValue();
    }
}
