package org.opendividend.calls.boundary;

import org.opendividend.calls.entity.CallContent;
import org.opendividend.calls.entity.CallFunding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.opendividend.calls.boundary.FormValues.orZero;

/** The call editor's fields for the money ({@link CallFunding}). */
public class CallFundingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A ministry's share as edited. */
    public static class ShareRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String ministry;
        private BigDecimal amount;

        public ShareRow() {
        }

        ShareRow(String ministry, BigDecimal amount) {
            this.ministry = ministry;
            this.amount = amount;
        }

        public String getMinistry() { return ministry; }
        public void setMinistry(String ministry) { this.ministry = ministry; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    private BigDecimal budget;
    private List<ShareRow> shares = new ArrayList<>();
    private BigDecimal minGrant;
    private BigDecimal maxGrant;
    private Integer maxDurationMonths;

    static CallFundingForm of(CallFunding funding) {
        CallFundingForm f = new CallFundingForm();
        f.budget = funding.budget();
        funding.shares().forEach((m, a) -> f.shares.add(new ShareRow(m, a)));
        f.minGrant = funding.minGrant();
        f.maxGrant = funding.maxGrant();
        f.maxDurationMonths = funding.maxDurationMonths();
        return f;
    }

    /** Rows of the same ministry are summed, rows without a ministry left out; an empty amount counts as zero. */
    CallContent.Funding content() {
        Map<String, BigDecimal> shareMap = new LinkedHashMap<>();
        shares.stream().filter(r -> r.ministry != null && !r.ministry.isBlank())
                .forEach(r -> shareMap.merge(r.ministry, r.amount == null ? BigDecimal.ZERO : r.amount, BigDecimal::add));
        return new CallContent.Funding(budget, shareMap, minGrant, maxGrant, orZero(maxDurationMonths));
    }

    public BigDecimal getSharesTotal() {
        return shares.stream().map(ShareRow::getAmount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void addShare(String ministry) {
        if (shares.stream().noneMatch(r -> ministry.equals(r.ministry))) {
            shares.add(new ShareRow(ministry, BigDecimal.ZERO));
        }
    }

    public BigDecimal getBudget() { return budget; }
    public void setBudget(BigDecimal v) { budget = v; }
    public List<ShareRow> getShares() { return shares; }
    public BigDecimal getMinGrant() { return minGrant; }
    public void setMinGrant(BigDecimal v) { minGrant = v; }
    public BigDecimal getMaxGrant() { return maxGrant; }
    public void setMaxGrant(BigDecimal v) { maxGrant = v; }
    public Integer getMaxDurationMonths() { return maxDurationMonths; }
    public void setMaxDurationMonths(Integer v) { maxDurationMonths = v; }
}
