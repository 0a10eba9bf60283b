package org.opendividend.registry.control;

import org.opendividend.awards.boundary.PublicAward;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * The registry's read adapter for outputs: for now a project's outputs are the obligations its award holds (type,
 * title, licence, link, release date, languages), each shown as {@link OutputState#PLANNED}, because registrations,
 * check results and officers' verdicts are being built in the outputs component at the same time. This is the one
 * class to switch to outputs' facade when they exist (the state, the registered link and the verification date then
 * come from there); nothing else in the registry reads obligations.
 */
public final class ObligationOutputs {

    private ObligationOutputs() {
    }

    /**
     * The award's outputs; {@code openFor} says whether a licence id is open for an output type (outputs' licence
     * catalogue).
     */
    public static List<RegistryOutput> of(PublicAward award,
                                          BiPredicate<String, org.opendividend.outputs.entity.OutputType> openFor) {
        return award.obligations().stream()
                .map(o -> new RegistryOutput(o.type(), o.title(), o.licenceId(),
                        o.licenceId() != null && o.type() != null && openFor.test(o.licenceId(), o.type()),
                        o.link(), o.releaseBy(), o.languages(), OutputState.PLANNED))
                .toList();
    }
}
