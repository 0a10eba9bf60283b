package org.opendividend.review.boundary;

import org.opendividend.platform.security.Decision;

/**
 * A person whose own organisation applies to a call is a competitor in it, whatever their roles: they screen, assign,
 * read the reviews of and decide nothing in that call. The one place of that refusal and its reason.
 */
final class CompetitorRule {

    static final String REASON = "screening.denied.competitor";

    private CompetitorRule() {
    }

    /** What a role allows, still refused to a competitor; a refusal stays the role's own. */
    static Decision unlessCompeting(Decision role, boolean callerCompetes) {
        return role.allowed() && callerCompetes ? Decision.deny(REASON) : role;
    }
}
