package org.opendividend.calls.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The money of a call: its budget, the shares the ministries put into it with the co-funders' answers to their
 * shares, and the size and length of one grant. The lead ministry (kept by the call) always has a share, possibly
 * zero; an answer holds only for the amount it was given to.
 */
@Embeddable
public class CallFunding {

    @Column(name = "budget", nullable = false)
    private BigDecimal budget;

    @Column(name = "min_grant", nullable = false)
    private BigDecimal minGrant;

    @Column(name = "max_grant", nullable = false)
    private BigDecimal maxGrant;

    @Column(name = "max_duration_months", nullable = false)
    private int maxDurationMonths;

    @ElementCollection
    @CollectionTable(name = "call_funding_share", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "ministry_code")
    @Column(name = "amount")
    private Map<String, BigDecimal> shares = new TreeMap<>();

    /** Each co-funding ministry's own answer to its share, by ministry code; the lead's share needs none. */
    @ElementCollection
    @CollectionTable(name = "call_share_consent", joinColumns = @JoinColumn(name = "call_id"))
    @MapKeyColumn(name = "ministry_code")
    private Map<String, ShareConsent> shareConsents = new TreeMap<>();

    protected CallFunding() {
    }

    /** A new draft's money: nothing yet, the lead ministry's share at zero, projects of up to two years. */
    static CallFunding ledBy(String leadMinistry) {
        CallFunding funding = new CallFunding();
        funding.budget = BigDecimal.ZERO;
        funding.minGrant = BigDecimal.ZERO;
        funding.maxGrant = BigDecimal.ZERO;
        funding.maxDurationMonths = 24;
        funding.shares.put(leadMinistry, BigDecimal.ZERO);
        return funding;
    }

    /** Replaces everything as written in a draft; the lead keeps a share, outdated answers are void. */
    void revise(CallContent.Funding terms, String leadMinistry) {
        budget = terms.budget();
        shares.clear();
        shares.putAll(terms.shares());
        shares.putIfAbsent(leadMinistry, BigDecimal.ZERO);
        voidOutdatedConsents(leadMinistry);
        minGrant = terms.minGrant();
        maxGrant = terms.maxGrant();
        maxDurationMonths = terms.maxDurationMonths();
    }

    /** A funder changes its own share; answers to the old amount no longer hold. */
    void changeShare(String ministryCode, BigDecimal amount, String leadMinistry) {
        if (!shares.containsKey(ministryCode)) {
            throw new IllegalArgumentException(ministryCode + " does not fund this call");
        }
        shares.put(ministryCode, amount);
        voidOutdatedConsents(leadMinistry);
    }

    /** Records a co-funder's answer to its share as the share stands. */
    void decideShare(String ministryCode, ShareConsent consent, String leadMinistry) {
        if (!coFunders(leadMinistry).contains(ministryCode)) {
            throw new IllegalArgumentException(ministryCode + " does not co-fund this call");
        }
        if (!consent.isFor(shares.get(ministryCode))) {
            throw new IllegalArgumentException("the answer of " + ministryCode + " is not about its share as it stands");
        }
        shareConsents.put(ministryCode, consent);
    }

    /** An answer holds only for the amount it was given to: a changed or removed share needs a new one. */
    private void voidOutdatedConsents(String leadMinistry) {
        Set<String> coFunders = coFunders(leadMinistry);
        shareConsents.entrySet().removeIf(e -> !coFunders.contains(e.getKey()) || !e.getValue().isFor(shares.get(e.getKey())));
    }

    public boolean isFundedBy(String ministryCode) {
        return shares.containsKey(ministryCode);
    }

    public BigDecimal totalShares() {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the ministries other than the lead put into the call, together (TWD). */
    public BigDecimal coFunding(String leadMinistry) {
        return totalShares().subtract(shares.getOrDefault(leadMinistry, BigDecimal.ZERO));
    }

    /** The ministries other than the lead that fund the call. */
    public Set<String> coFunders(String leadMinistry) {
        Set<String> coFunders = new TreeSet<>(shares.keySet());
        coFunders.remove(leadMinistry);
        return coFunders;
    }

    /** Shares by ministry code, the lead ministry's included. */
    public Map<String, BigDecimal> shares() {
        return new TreeMap<>(shares);
    }

    /** The answers of the co-funding ministries to their shares as they stand, by ministry code. */
    public Map<String, ShareConsent> shareConsents() {
        return new TreeMap<>(shareConsents);
    }

    public BigDecimal budget() {
        return budget;
    }

    public BigDecimal minGrant() {
        return minGrant;
    }

    public BigDecimal maxGrant() {
        return maxGrant;
    }

    public int maxDurationMonths() {
        return maxDurationMonths;
    }
}
