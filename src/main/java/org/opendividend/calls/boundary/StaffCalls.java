package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;

import java.time.Instant;
import java.util.List;

/**
 * The calls a member of staff works on ({@code /officer/calls.xhtml}, {@code /approver/calls.xhtml}): those
 * their ministries lead or co-fund, with a button per ministry to start a new draft for officers.
 */
@Named
@RequestScoped
public class StaffCalls {

    @Inject
    CallFacade calls;

    @Inject
    CurrentUser currentUser;

    private List<FundingCall> shown;
    private Instant now;

    public List<FundingCall> getCalls() {
        if (shown == null) {
            shown = calls.staffCalls();
            now = calls.now();
        }
        return shown;
    }

    public CallStatus status(FundingCall call) {
        getCalls();
        return call.statusAt(now);
    }

    /** Drafts of the approver's ministries that someone else wrote: the publication queue. */
    public List<FundingCall> getAwaitingPublication() {
        return getCalls().stream()
                .filter(c -> c.recordedStatus() == CallStatus.DRAFT)
                .filter(c -> currentUser.caller().actsFor(Role.APPROVER, c.leadMinistry()))
                .toList();
    }

    /** The ministries this officer may start calls for. */
    public List<String> getCreatableFor() {
        return currentUser.caller().ministries().stream()
                .filter(m -> CallPermissions.canCreate(currentUser.caller(), m).allowed())
                .toList();
    }

    /** Starts a draft and opens it in the editor. */
    public String create(String ministry) {
        FundingCall call = calls.create(ministry);
        return "/officer/call.xhtml?faces-redirect=true&id=" + call.id();
    }
}
