package org.opendividend.registry.control;

import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The registry's read adapter for outputs: a project's outputs are the obligations its award holds (type, title,
 * planned licence, link, release date, languages; in the order of their positions), each joined by position with what
 * the outputs component tracks of it ({@link PublicOutput}: state, registered link and licence, verification time, MOF
 * class). An obligation outputs does not track (yet) shows as planned with its planned licence and link. A link that
 * is not http(s) is kept out wherever it comes from. Nothing else in the registry reads obligations.
 */
public final class ObligationOutputs {

    private ObligationOutputs() {
    }

    /**
     * The award's outputs; {@code tracked} are outputs' records of it (any order, possibly none); {@code openFor}
     * says whether a licence id is open for an output type (outputs' licence catalogue).
     */
    public static List<RegistryOutput> of(PublicAward award, List<PublicOutput> tracked,
                                          BiPredicate<String, OutputType> openFor) {
        List<RegistryOutput> outputs = new ArrayList<>();
        List<PublicAward.Obligation> obligations = award.obligations();
        for (int position = 0; position < obligations.size(); position++) {
            PublicAward.Obligation o = obligations.get(position);
            int at = position;
            PublicOutput t = tracked.stream().filter(p -> p.position() == at).findFirst().orElse(null);
            String licence = t == null ? o.licenceId() : t.licence();
            String link = t == null || t.link() == null ? o.link() : t.link();
            outputs.add(new RegistryOutput(position, o.type(), o.title(), licence,
                    licence != null && o.type() != null && openFor.test(licence, o.type()),
                    RegistryOutput.linkable(link) ? link : null, o.releaseBy(), o.languages(),
                    t == null ? OutputState.PLANNED : OutputState.valueOf(t.state().name()),
                    t == null ? null : t.verifiedAt(), t == null ? null : t.mofClass(),
                    t == null ? 0 : t.requiredMofClass()));
        }
        return outputs;
    }
}
