package org.opendividend.calls.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.Decision;

import java.util.Set;

/**
 * The one rule "an officer of a ministry that leads or co-funds this call" (the ministries with a share of it), with
 * its one reason: the call's staff pages, screening and the reading of submitted attachments all ask it here, and the
 * lists of those components narrow their queries to the calls it names, so that a page never lists what the server
 * then refuses.
 */
@ApplicationScoped
@Transactional
public class CallStewardship {

    public static final String NOT_FUNDING_OFFICER = "denied.call.notFundingOfficer";

    @PersistenceContext
    EntityManager em;

    /** Whether the caller is an officer of a ministry with a share of the call. */
    public static Decision ofOfficer(Caller caller, FundingCall call) {
        return ofOfficerAmong(caller, call.shares().keySet());
    }

    /** The same, for a call read as a record by another component. */
    public static Decision ofOfficer(Caller caller, CallView call) {
        return ofOfficerAmong(caller, call.shares().keySet());
    }

    /** The same, for a call read as a summary (a call's reviewer pool). */
    public static Decision ofOfficer(Caller caller, CallSummary call) {
        return ofOfficerAmong(caller, call.funders());
    }

    private static Decision ofOfficerAmong(Caller caller, Set<String> fundingMinistries) {
        Set<String> ministries = officerMinistries(caller);
        return fundingMinistries.stream().anyMatch(ministries::contains) ? Decision.allow()
                : Decision.deny(NOT_FUNDING_OFFICER);
    }

    /** The ids of the calls {@link #ofOfficer} allows the caller, for the queries of lists. */
    public Set<Long> callsOfOfficer(Caller caller) {
        Set<String> ministries = officerMinistries(caller);
        return ministries.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                        "select distinct c.id from FundingCall c join c.funding.shares s where key(s) in :ministries",
                        Long.class)
                .setParameter("ministries", ministries).getResultList());
    }

    /** The ministries the person is an officer for (the token gives roles and ministries, not roles per ministry). */
    private static Set<String> officerMinistries(Caller caller) {
        return caller.has(Role.OFFICER) ? caller.ministries() : Set.of();
    }
}
