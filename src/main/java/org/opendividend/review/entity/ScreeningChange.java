package org.opendividend.review.entity;

import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.platform.events.AuditedAction;

/** An application screened, one action per outcome, as the audit log records it. */
public enum ScreeningChange implements AuditedAction {
    SCREENED_ELIGIBLE, SCREENED_INELIGIBLE, SCREENED_MORE_INFO;

    public static ScreeningChange of(ScreeningOutcome outcome) {
        return switch (outcome) {
            case ELIGIBLE -> SCREENED_ELIGIBLE;
            case INELIGIBLE -> SCREENED_INELIGIBLE;
            case MORE_INFO -> SCREENED_MORE_INFO;
        };
    }
}
