package org.opendividend.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallStewardship;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.people.boundary.PersonContact;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.validation.Text;
import org.opendividend.platform.web.PublicLinks;
import org.opendividend.review.control.ReviewerAccount;
import org.opendividend.review.control.ReviewerAccounts;
import org.opendividend.review.control.ReviewerAccountsUnavailable;
import org.opendividend.review.control.ReviewerProfileCheck;
import org.opendividend.review.control.ReviewerProfileInput;
import org.opendividend.review.entity.PoolMember;
import org.opendividend.review.entity.ReviewerInvitationDeclined;
import org.opendividend.review.entity.ReviewerInvited;
import org.opendividend.review.entity.ReviewerProfile;
import org.opendividend.review.entity.ReviewerProfileChanged;
import org.opendividend.review.entity.ReviewerProfileContent;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Reviewer pools and profiles. Officers list and grow the pool of their ministry, or of a call their ministry leads or
 * co-funds, by inviting e-mail addresses: the account is found or created in the identity provider with the reviewer
 * role ({@link ReviewerAccounts}) and the reviewer is mailed a link to log in. Reviewers keep their own profile and may
 * decline an invitation with a reason. Everything is refused here to anyone {@link ReviewerPoolPermissions} refuses.
 */
@ApplicationScoped
@Transactional
public class ReviewerFacade {

    static final int REASON_MAX = 1000;
    private static final Logger LOG = Logger.getLogger(ReviewerFacade.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    @Inject
    CallDirectory calls;

    @Inject
    CallStewardship stewardship;

    @Inject
    MinistryFacade ministries;

    @Inject
    ReviewerAccounts accounts;

    @Inject
    PersonFacade people;

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The ministries whose pools the caller manages. */
    public Set<String> poolMinistries() {
        Caller caller = currentUser.caller();
        ReviewerPoolPermissions.canUsePools(caller).orThrow();
        return caller.ministries();
    }

    /** The published calls one of the caller's ministries leads or co-funds, for their pools. */
    public List<CallSummary> poolCalls() {
        Caller caller = currentUser.caller();
        ReviewerPoolPermissions.canUsePools(caller).orThrow();
        return calls.publishedCalls(stewardship.callsOfOfficer(caller));
    }

    /** A pool's members, newest invitation first: the ministry's own ({@code callId} null) or a call's. */
    public List<PoolMember> pool(String ministry, Long callId) {
        authorise(currentUser.caller(), ministry, callId);
        return inPool(" order by m.invitedAt desc, m.id desc", ministry, callId).getResultList();
    }

    /**
     * Invites the holder of an address into a pool: their account is found or created with the reviewer role, and they
     * are mailed. Someone already in the pool is not invited twice; someone who declined is invited again.
     */
    public PoolMember invite(String ministry, Long callId, String email) {
        Caller caller = currentUser.caller();
        Optional<CallSummary> call = authorise(caller, ministry, callId);
        List<FieldProblem> problems = new ArrayList<>();
        Text.email(problems, "email", email);
        InvalidInputException.unless(problems);
        String address = email.strip();
        ReviewerAccount account;
        try {
            account = accounts.reviewerFor(address);
        } catch (ReviewerAccountsUnavailable down) {
            LOG.log(Level.WARNING, "no reviewer account for an invitation: " + down.getMessage(), down);
            throw new InvalidInputException(List.of(FieldProblem.of(null, "reviewers.problem.accountsUnavailable")));
        }
        Instant now = now();
        PoolMember member = member(ministry, callId, account.subject()).orElse(null);
        if (member != null && member.status().isAwaitingAnswer()) {
            throw new InvalidInputException(List.of(FieldProblem.of("email", "reviewers.problem.alreadyInPool", address)));
        }
        if (member == null) {
            member = PoolMember.invite(ministry, callId, account.subject(), account.email(), account.displayName(),
                    caller.actor(), now);
            em.persist(member);
            em.flush();
        } else {
            member.reinvite(now);
        }
        String pool = call.map(c -> BilingualText.both(c.titleZhTw(), c.titleEn())).orElseGet(() -> ministries.bilingualName(ministry));
        events.fire(new ReviewerInvited(caller.actor(), member.id(), ministry, callId, pool, recipient(account),
                account.created(), URI.create(PublicLinks.to("/reviewer/profile.xhtml"))));
        return member;
    }

    /**
     * A new account's address is only what the officer typed (mailed as to an invitee, whose mail is never held);
     * an existing account's as the identity provider knows it, in the language its person last used the application in.
     */
    private Notifiable.Recipient recipient(ReviewerAccount account) {
        if (account.created() || !account.emailVerified()) {
            return Notifiable.Recipient.invitee(account.email(), Languages.ZH_TW);
        }
        Locale language = people.contacts(List.of(account.subject())).stream().map(PersonContact::language)
                .findFirst().orElse(Languages.ZH_TW);
        return new Notifiable.Recipient(account.email(), account.displayName(), language, account.subject(), true);
    }

    private Optional<PoolMember> member(String ministry, Long callId, String subject) {
        return inPool(" and m.subject = :subject", ministry, callId).setParameter("subject", subject)
                .getResultList().stream().findFirst();
    }

    /** The members of one pool: a ministry's own ({@code callId} null) or a call's; {@code rest} ends the query. */
    private TypedQuery<PoolMember> inPool(String rest, String ministry, Long callId) {
        TypedQuery<PoolMember> query = em.createQuery("select m from PoolMember m where m.ministry = :ministry and "
                + (callId == null ? "m.callId is null" : "m.callId = :call") + rest, PoolMember.class)
                .setParameter("ministry", ministry);
        return callId == null ? query : query.setParameter("call", callId);
    }

    /** Refuses a pool the caller may not manage; the call of a call's pool. */
    private Optional<CallSummary> authorise(Caller caller, String ministry, Long callId) {
        ReviewerPoolPermissions.canUsePools(caller).orThrow();
        if (callId == null) {
            ReviewerPoolPermissions.canManagePool(caller, ministry).orThrow();
            return Optional.empty();
        }
        CallSummary call = calls.publishedSummary(callId).orElseThrow(() -> new NoSuchObjectException("FundingCall", callId));
        ReviewerPoolPermissions.canManagePool(caller, ministry, call).orThrow();
        return Optional.of(call);
    }

    /** The invitations of the caller as a reviewer, newest first. */
    public List<ReviewerInvitation> myInvitations() {
        Caller caller = currentUser.caller();
        ReviewerPoolPermissions.canKeepProfile(caller).orThrow();
        List<PoolMember> members = em.createQuery(
                        "select m from PoolMember m where m.subject = :subject order by m.invitedAt desc, m.id desc",
                        PoolMember.class).setParameter("subject", caller.subject()).getResultList();
        // the calls of the call pools read at once, not one query per invitation
        Map<Long, CallSummary> callsById = calls.publicSummaries(
                members.stream().map(PoolMember::callId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return members.stream()
                .map(m -> new ReviewerInvitation(m, m.callId() == null ? null : callsById.get(m.callId()))).toList();
    }

    /** The invited reviewer declines, with a reason the pool's officers read. */
    public PoolMember decline(long memberId, long version, String reason) {
        Caller caller = currentUser.caller();
        PoolMember member = em.find(PoolMember.class, memberId);
        if (member == null) {
            throw new NoSuchObjectException("ReviewerPoolMember", memberId);
        }
        ReviewerPoolPermissions.canDecline(caller, member).orThrow();
        if (member.version() != version) {
            throw new ConcurrentChangeException("ReviewerPoolMember", memberId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Text.required(problems, "reason", reason);
        Text.maxLength(problems, "reason", reason == null ? null : reason.strip(), REASON_MAX);
        InvalidInputException.unless(problems);
        member.decline(reason.strip(), now());
        events.fire(new ReviewerInvitationDeclined(caller.actor(), memberId, member.ministry(), member.callId(),
                reason.strip()));
        return member;
    }

    /** The caller's profile; a new, unsaved one the first time. */
    public OwnProfile myProfile() {
        Caller caller = currentUser.caller();
        ReviewerPoolPermissions.canKeepProfile(caller).orThrow();
        ReviewerProfile profile = em.find(ReviewerProfile.class, caller.subject());
        return profile == null ? new OwnProfile(0, ReviewerProfileContent.empty())
                : new OwnProfile(profile.version(), profile.content());
    }

    /**
     * Saves the caller's profile as typed, or refuses it with every problem (nothing saved). {@code version} is the one
     * the page loaded; a profile saved meanwhile (another tab) is not overwritten.
     */
    public OwnProfile saveProfile(long version, ReviewerProfileInput input) {
        Caller caller = currentUser.caller();
        ReviewerPoolPermissions.canKeepProfile(caller).orThrow();
        Instant now = now();
        ReviewerProfileCheck.Checked checked = ReviewerProfileCheck.check(input, now.atZone(Formats.TAIPEI).getYear());
        InvalidInputException.unless(checked.problems());
        ReviewerProfile profile = em.find(ReviewerProfile.class, caller.subject());
        if (profile == null) {
            profile = ReviewerProfile.start(caller.subject(), caller.displayName(), now);
            profile.change(checked.content(), now);
            em.persist(profile);
        } else {
            if (profile.version() != version) {
                throw new ConcurrentChangeException("ReviewerProfile", caller.subject());
            }
            profile.rename(caller.displayName());
            profile.change(checked.content(), now);
        }
        em.flush();
        events.fire(new ReviewerProfileChanged(caller.actor(), caller.subject(), profile.version()));
        return new OwnProfile(profile.version(), profile.content());
    }
}
