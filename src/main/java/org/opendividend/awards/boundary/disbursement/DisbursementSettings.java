package org.opendividend.awards.boundary.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the fund pays: above which share of a tranche (TWD) a second, different approver is needed. */
@ApplicationScoped
public class DisbursementSettings {

    @Inject
    @ConfigProperty(name = "opendividend.awards.second-approval-above", defaultValue = "1000000")
    long secondApprovalAbove;

    /** A share of a tranche above this many TWD needs two different approvers; at or below it, one. */
    public long secondApprovalAbove() {
        return Math.max(0, secondApprovalAbove);
    }
}
