package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;
import org.opendividend.review.entity.PoolMember;

import java.io.Serializable;
import java.util.List;

/**
 * A reviewer pool ({@code /officer/reviewers.xhtml?ministry=…&call=…}): the officer's ministry's own, or a call's that
 * the ministry leads or co-funds; its members with their answers (a declined invitation shows its reason), and the
 * invitation by e-mail. A pool the officer may not manage is refused by the facade (403).
 */
@Named
@ViewScoped
public class ReviewerPoolEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewerFacade reviewers;

    private String ministry;
    private Long callId;
    private String email;
    private transient List<PoolMember> members;
    private transient List<CallSummary> calls;

    public void load() {
        if (ministry == null || ministry.isBlank()) {
            ministry = reviewers.poolMinistries().stream().findFirst().orElse(null);
        }
        if (ministry != null) {
            members = reviewers.pool(ministry, callId);
        }
    }

    public void invite() {
        try {
            PoolMember invited = reviewers.invite(ministry, callId, email);
            PageMessages.info("reviewers.invited", invited.email());
            email = null;
            members = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":invite:", "reviewers.field.");
        }
    }

    /** Shows the pool chosen (the address names it, so that it can be bookmarked and reloaded). */
    public String choose() {
        CallSummary call = getCall();
        if (call != null && !call.funders().contains(ministry)) {
            // the call's pool in the name of the officer's ministry that funds it
            ministry = getMinistries().stream().filter(call.funders()::contains).findFirst().orElse(ministry);
        }
        return "/officer/reviewers?faces-redirect=true&includeViewParams=true";
    }

    public List<PoolMember> getMembers() {
        if (members == null && ministry != null) {
            members = reviewers.pool(ministry, callId);
        }
        return members == null ? List.of() : members;
    }

    public List<String> getMinistries() {
        return List.copyOf(reviewers.poolMinistries());
    }

    /**
     * The calls whose pools the officer manages: those one of their ministries leads or co-funds (a call that the
     * chosen ministry does not fund is refused when shown).
     */
    public List<CallSummary> getAllCalls() {
        if (calls == null) {
            calls = reviewers.poolCalls();
        }
        return calls;
    }

    public CallSummary getCall() {
        return callId == null ? null : getAllCalls().stream().filter(c -> callId.equals(c.id())).findFirst().orElse(null);
    }

    public String getMinistry() {
        return ministry;
    }

    public void setMinistry(String ministry) {
        this.ministry = ministry;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
