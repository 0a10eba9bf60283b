package org.opendividend.organisations.control;

import org.opendividend.platform.validation.FieldProblem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How many invitations may be sent: each is a mail from the fund's address to whatever address an owner types, so an
 * account taken over (or a careless script) must not turn the fund into a sender of unwanted mail. An organisation
 * invites at most {@value #PER_ORGANISATION} people a day, a person at most {@value #PER_PERSON} in all their
 * organisations; a real team is invited well within both.
 */
public final class InvitationLimits {

    public static final Duration WINDOW = Duration.ofHours(24);
    public static final int PER_ORGANISATION = 20;
    public static final int PER_PERSON = 50;

    private InvitationLimits() {
    }

    /** The problems of one more invitation, given those issued within {@link #WINDOW}. */
    public static List<FieldProblem> problems(long byThisOrganisation, long byThisPerson) {
        List<FieldProblem> problems = new ArrayList<>();
        if (byThisOrganisation >= PER_ORGANISATION) {
            problems.add(FieldProblem.of("email", "org.invite.problem.tooManyForOrganisation", PER_ORGANISATION));
        } else if (byThisPerson >= PER_PERSON) {
            problems.add(FieldProblem.of("email", "org.invite.problem.tooManyForPerson", PER_PERSON));
        }
        return problems;
    }
}
