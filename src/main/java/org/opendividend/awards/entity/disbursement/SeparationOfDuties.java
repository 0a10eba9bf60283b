package org.opendividend.awards.entity.disbursement;

import java.util.List;
import java.util.Objects;

/**
 * Each step of one disbursement's chain is taken by a different person, whatever roles they hold: the requester, the
 * checking officer, the approver (or both approvers) and the payer are all different subjects. The chain is the steps
 * since the latest request: after a return the grantee requests again and the chain starts afresh. A rule about two
 * people and one object, so the entity's ({@link Disbursement} asks it before every step), and the permissions' for
 * what pages offer.
 */
public final class SeparationOfDuties {

    /** Why a person is refused: they already took a step in this chain. */
    public static final String ALREADY_ACTED = "denied.disbursement.alreadyActed";

    private SeparationOfDuties() {
    }

    /** Whether {@code subject} may take a step after {@code steps} (in the order taken): not if they took one. */
    public static boolean mayAct(List<DisbursementStep> steps, String subject) {
        return subject != null && chain(steps).stream().noneMatch(s -> Objects.equals(s.actorSubject(), subject));
    }

    /** The steps since the latest request (the current chain), in the order taken. */
    public static List<DisbursementStep> chain(List<DisbursementStep> steps) {
        int start = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).action() == DisbursementAction.REQUEST_TRANCHE) {
                start = i;
            }
        }
        return steps.subList(start, steps.size());
    }
}
