package org.opendividend.calls.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.security.Decision;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The approver's review of a draft ({@code /approver/call.xhtml?id=…}): the call as the public will see it, what
 * still stands in the way, and the publish button — only for an approver of the lead ministry who did not write it.
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
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("call.conflict");
            refresh();
        }
    }

    /** Whether this person may publish, with the translated reason when not. */
    public Decision getPublishDecision() {
        return CallPermissions.canTake(currentUser.caller(), getCall(), CallAction.PUBLISH, calls.now());
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
