package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.platform.export.ExportDownload;
import org.opendividend.platform.export.ExportFormat;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The calls a member of staff works on ({@code /officer/calls.xhtml}, {@code /approver/calls.xhtml}): those
 * their ministries lead or co-fund, with a button per ministry to start a new draft for officers, and the same calls
 * as CSV or XLSX ({@link CallsExport}).
 */
@Named
@RequestScoped
public class StaffCalls {

    @Inject
    CallFacade calls;

    @Inject
    CurrentUser currentUser;

    @Inject
    MinistryFacade ministries;

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

    /** Whether the call is published (its table says the public sees it): only then are reviewers assigned to it. */
    public boolean isPublished(FundingCall call) {
        return CallWorkflow.state(status(call)).isPublic();
    }

    /** Drafts of the approver's ministries that someone else wrote: the publication queue. */
    public List<FundingCall> getAwaitingPublication() {
        return getCalls().stream()
                .filter(c -> CallWorkflow.find(c.recordedStatus(), CallAction.PUBLISH).isPresent())
                .filter(c -> currentUser.caller().actsFor(Role.APPROVER, c.leadMinistry()))
                .toList();
    }

    /** Drafts co-funded by the approver's ministries whose share still awaits that ministry's answer. */
    public List<FundingCall> getAwaitingShareAnswer() {
        return getCalls().stream()
                .filter(c -> c.coFunders().stream().anyMatch(m -> !c.shareConsents().containsKey(m)
                        && CallPermissions.canDecideShare(currentUser.caller(), c, m).allowed()))
                .toList();
    }

    /** The ministries this officer may start calls for. */
    public List<String> getCreatableFor() {
        return currentUser.caller().ministries().stream()
                .filter(m -> CallPermissions.canCreate(currentUser.caller(), m).allowed())
                .toList();
    }

    /** The calls of the table, each row of it: the facade decides which, as for the table. */
    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        List<FundingCall> rows = getCalls();
        ExportDownload.sendList(FacesContext.getCurrentInstance(), format, CallsExport.LIST, now,
                locale -> CallsExport.columns(locale, code -> ministryName(code, locale), now), rows::forEach);
    }

    private String ministryName(String code, Locale locale) {
        return ministries.ministry(code).map(m -> m.name(locale)).orElse(code);
    }

    /** Starts a draft and opens it in the editor. */
    public String create(String ministry) {
        FundingCall call = calls.create(ministry);
        return "/officer/call.xhtml?faces-redirect=true&id=" + call.id();
    }
}
