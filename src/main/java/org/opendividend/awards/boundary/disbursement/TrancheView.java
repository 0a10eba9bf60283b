package org.opendividend.awards.boundary.disbursement;

import org.opendividend.awards.entity.Tranche;
import org.opendividend.platform.validation.FieldProblem;

import java.util.List;

/**
 * A tranche of an award with its shares as the grantee's page shows them: the tranche's terms, each paying ministry's
 * share where it stands (none before it is requested), whether the grantee may request it now and, if not, why.
 */
public record TrancheView(int position, Tranche tranche, List<DisbursementView> shares, boolean requestable,
                          List<FieldProblem> blockers) {

    public TrancheView {
        shares = List.copyOf(shares);
        blockers = List.copyOf(blockers);
    }

    /** The tranche's number as people count: from 1. */
    public int number() {
        return position + 1;
    }
}
