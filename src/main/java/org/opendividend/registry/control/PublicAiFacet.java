package org.opendividend.registry.control;

import org.opendividend.calls.entity.FocusArea;
import org.opendividend.outputs.entity.OutputType;

import java.util.EnumSet;
import java.util.Set;

/**
 * The three properties of public AI the fund's calls name: accessibility, accountability and public interest. Calls
 * do not record them per call, so the registry derives each, openly and only from what the fund holds (the page and
 * the README say how):
 * <ul>
 * <li>accessibility: the project serves a language commercial AI neglects (Hakka, Taiwanese Hokkien or an Indigenous
 * language of Taiwan);</li>
 * <li>accountability: it releases an evaluation or safety tool, or its call is about evaluation and benchmarks or
 * safety and alignment;</li>
 * <li>public interest: every output it owes carries a licence open for its type, and it has at least one.</li>
 * </ul>
 */
public enum PublicAiFacet {
    ACCESSIBILITY, ACCOUNTABILITY, PUBLIC_INTEREST;

    /** The languages the accessibility facet counts: all of Taiwan's but Mandarin, Chinese and English. */
    private static final Set<String> NEGLECTED_BY_COMMERCIAL_AI = Set.of("nan", "hak", "ami", "tay", "pwn", "bnn",
            "pyu", "dru", "tsu", "xsy", "tao", "ssf", "ckv", "trv", "szy", "sxr", "xnb");

    public String labelKey() {
        return "registry.facet." + name();
    }

    /** The facets a project shows, from its languages, outputs and its call's focus areas. */
    public static Set<PublicAiFacet> of(Set<String> languages, java.util.List<RegistryOutput> outputs,
                                        Set<FocusArea> callFocus) {
        Set<PublicAiFacet> facets = EnumSet.noneOf(PublicAiFacet.class);
        if (languages.stream().anyMatch(NEGLECTED_BY_COMMERCIAL_AI::contains)) {
            facets.add(ACCESSIBILITY);
        }
        if (outputs.stream().anyMatch(o -> o.type() == OutputType.EVALUATION)
                || callFocus.contains(FocusArea.EVALUATION_AND_BENCHMARKS)
                || callFocus.contains(FocusArea.SAFETY_AND_ALIGNMENT)) {
            facets.add(ACCOUNTABILITY);
        }
        if (!outputs.isEmpty() && outputs.stream().allMatch(RegistryOutput::openLicence)) {
            facets.add(PUBLIC_INTEREST);
        }
        return facets;
    }
}
