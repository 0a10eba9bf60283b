package org.opendividend.calls.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The approver's review of a draft ({@code /approver/call.xhtml?id=…}): the call as the public will see it, what
 * still stands in the way, and the publish button — only for an approver of the lead ministry who never edited it;
 * for the approver of a co-funding ministry, the answer to its share (accept, or decline with a reason).
 */
@Named
@ViewScoped
public class CallPublication implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CallFacade calls;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private transient FundingCall call;
    private long version;
    private List<FieldProblem> problems;
    private final Map<String, String> reasons = new HashMap<>();

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Call", "none");
        }
        if (call == null) {
            refresh();
        }
    }

    private void refresh() {
        call = calls.forStaff(id);
        version = call.version();
        problems = calls.publicationProblems(id);
    }

    public void publish() {
        try {
            call = calls.take(id, version, CallAction.PUBLISH);
            version = call.version();
            problems = List.of();
            PageMessages.info("call.published");
        } catch (InvalidInputException refused) {
            problems = refused.problems();
        } catch (RuntimeException failed) {
            conflict(failed);
        }
    }

    /** The approver of a co-funding ministry accepts its share as shown. */
    public void accept(String ministry) {
        answer(() -> calls.acceptShare(id, version, ministry), "call.consent.acceptedMessage");
    }

    /** The approver of a co-funding ministry declines its share, for the reason typed beside it. */
    public void decline(String ministry) {
        answer(() -> calls.declineShare(id, version, ministry, reasons.get(ministry)), "call.consent.declinedMessage");
    }

    private void answer(Supplier<FundingCall> decision, String doneKey) {
        try {
            call = decision.get();
            version = call.version();
            problems = calls.publicationProblems(id);
            reasons.clear();
            PageMessages.info(doneKey);
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), ":publication:", "call.consent.");
        } catch (RuntimeException failed) {
            conflict(failed);
        }
    }

    private void conflict(RuntimeException failed) {
        if (!ConcurrentChangeException.isCause(failed)) {
            throw failed;
        }
        PageMessages.error("call.conflict");
        refresh();
    }

    /** The co-funders' shares this person answers for: those of the ministries they approve for. */
    public List<String> getAnswerableShares() {
        return getCall().coFunders().stream()
                .filter(m -> CallPermissions.canDecideShare(currentUser.caller(), getCall(), m).allowed())
                .toList();
    }

    public BigDecimal shareOf(String ministry) {
        return getCall().shares().get(ministry);
    }

    /** The reasons typed for declining, by ministry. */
    public Map<String, String> getReasons() {
        return reasons;
    }

    /** Whether this person may publish, with the translated reason when not. */
    public Decision getPublishDecision() {
        return CallPermissions.canTake(currentUser.caller(), getCall(), CallAction.PUBLISH, calls.now());
    }

    /** Whether the call still waits for publication: where the workflow has a publishing step from its state. */
    public boolean isAwaitingPublication() {
        return CallWorkflow.find(getCall().recordedStatus(), CallAction.PUBLISH).isPresent();
    }

    public FundingCall getCall() {
        if (call == null) {
            refresh();
        }
        return call;
    }

    public org.opendividend.calls.entity.CallStatus getStatus() {
        return getCall().statusAt(calls.now());
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
