package org.opendividend.applications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.calls.boundary.CallFacade;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The application wizard ({@code /applicant/application.xhtml?id=…}): every section in tabs, saved by the button
 * and every half minute while the page is open, a list of what is still missing, and submission with the receipt
 * number. A refused save keeps everything typed on the screen, with the reasons at the fields.
 */
@Named
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":application:sections:";

    @Inject
    transient ApplicationFacade applications;

    @Inject
    transient CallFacade calls;

    private Long id;
    private long version;
    private transient Application application;
    private transient FundingCall call;
    private ApplicationForm form;
    private List<FieldProblem> missing;
    private String receipt;
    private boolean autosaved;

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Application", "none");
        }
        if (form == null) {
            application = applications.forMember(id);
            version = application.version();
            form = ApplicationForm.of(application.content());
        }
    }

    public void save() {
        attempt(() -> applications.save(id, version, form.content()), true);
    }

    /** Saves quietly while the person types; a refusal waits for their next explicit save to be shown. */
    public void autosave() {
        autosaved = application().isEditable() && attempt(() -> applications.save(id, version, form.content()), false);
    }

    public void check() {
        if (attempt(() -> applications.save(id, version, form.content()), true)) {
            missing = applications.submissionProblems(id);
        }
    }

    public synchronized void submit() {
        if (!attempt(() -> applications.save(id, version, form.content()), false)) {
            return;
        }
        try {
            SubmittedVersion submitted = applications.submit(id, version);
            receipt = submitted.receiptNumber();
            application = applications.forMember(id);
            version = application.version();
            missing = List.of();
            PageMessages.info("wizard.submitted", receipt);
        } catch (InvalidInputException refused) {
            missing = refused.problems();
            PageMessages.problems(refused.problems(), FIELDS, "wizard.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("wizard.conflict");
        }
    }

    /**
     * One change at a time per page: the autosave a moment after typing and a button pressed right after it reach
     * the same view together, and the second must see the version the first produced.
     */
    private synchronized boolean attempt(Supplier<Application> change, boolean loud) {
        try {
            application = change.get();
            version = application.version();
            if (loud) {
                PageMessages.info("call.saved");
            }
            return true;
        } catch (InvalidInputException refused) {
            if (loud) {
                PageMessages.problems(refused.problems(), FIELDS, "wizard.field.");
            }
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("wizard.conflict");
        }
        return false;
    }

    public void addMember() {
        form.getTeam().add(new ApplicationForm.MemberRow());
    }

    public void removeMember(ApplicationForm.MemberRow row) {
        form.getTeam().remove(row);
    }

    public void addBudgetLine() {
        form.getBudget().add(new ApplicationForm.BudgetRow());
    }

    public void removeBudgetLine(ApplicationForm.BudgetRow row) {
        form.getBudget().remove(row);
    }

    public void addOutput() {
        form.getOutputs().add(new ApplicationForm.OutputRow());
    }

    public void removeOutput(ApplicationForm.OutputRow row) {
        form.getOutputs().remove(row);
    }

    private Application application() {
        if (application == null) {
            application = applications.forMember(id);
        }
        return application;
    }

    public FundingCall getCall() {
        if (call == null) {
            call = calls.publicCall(application().callId()).orElseThrow(() -> new NoSuchObjectException("Call", application().callId()));
        }
        return call;
    }

    /** The licences the call allows for a type of output, for the planned output's picker. */
    public Set<String> licencesFor(String outputType) {
        return getCall().allowedLicences().get(org.opendividend.outputs.entity.OutputType.valueOf(outputType));
    }

    /** Editable, and after a request for more information only until the officer's date. */
    public boolean isEditable() {
        Application a = application();
        return a.isEditable() && (a.status() != ApplicationStatus.MORE_INFO_REQUESTED || isMoreInfoOpen());
    }

    /** More information was requested and the date has not passed: the named sections may change. */
    public boolean isMoreInfoOpen() {
        return application().isMoreInfoOpenAt(applications.now());
    }

    /** Whether a section ({@code project}, {@code budget}, …) may be changed now; for the tabs' fields. */
    public boolean sectionOpen(String key) {
        return ScreeningSection.byKey(key).map(s -> application().mayChange(s, applications.now())).orElse(false);
    }

    /** The sections an officer opened for change, in the order of the wizard. */
    public List<ScreeningSection> getOpenSections() {
        return application().moreInfoSections().stream().sorted().toList();
    }

    /** The submitted versions, oldest first: the history the applicant can prove. */
    public List<SubmittedVersion> getVersions() {
        return applications.versions(id);
    }

    public Application getApplication() {
        return application();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ApplicationForm getForm() { return form; }
    public List<FieldProblem> getMissing() { return missing; }
    public String getReceipt() { return receipt; }
    public boolean isAutosaved() { return autosaved; }
}
