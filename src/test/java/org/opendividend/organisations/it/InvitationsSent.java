package org.opendividend.organisations.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.opendividend.organisations.entity.MemberInvited;

import java.util.ArrayList;
import java.util.List;

/** Stands in for the notifications component in the Arquillian tests: remembers every invitation event. */
@ApplicationScoped
public class InvitationsSent {

    private final List<MemberInvited> seen = new ArrayList<>();

    synchronized void record(@Observes MemberInvited event) {
        seen.add(event);
    }

    public synchronized MemberInvited last() {
        return seen.get(seen.size() - 1);
    }
}
