package org.opendividend.applications.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import org.opendividend.applications.control.NextStep;
import org.opendividend.applications.entity.Application;
import org.opendividend.applications.entity.ApplicationAction;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.applications.entity.ApplicationWorkflow;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.applications.entity.SubmittedVersion;
import org.opendividend.calls.boundary.CallDirectory;
import org.opendividend.calls.boundary.CallView;
import org.opendividend.organisations.boundary.OrganisationDirectory;
import org.opendividend.organisations.boundary.OrganisationPermissions;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
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
 * number. A refused save keeps everything typed on the screen, with the reasons at the fields. Owners and editors
 * may withdraw the application until it is decided; viewers only read. After a request for more information only
 * the named sections can be changed (the server refuses the others too), each tab saying whether it is open.
 */
@Named
@ViewScoped
public class ApplicationWizard implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":application:sections:";

    @Inject
    transient ApplicationFacade applications;

    @Inject
    transient CallDirectory calls;

    @Inject
    transient OrganisationDirectory organisations;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private long version;
    private transient Application application;
    private transient CallView call;
    private ApplicationForm form;
    private List<FieldProblem> missing;
    private String receipt;
    private boolean autosaved;
    private Boolean mayWrite;
    /** The number of submitted versions the page showed when its form was posted (a hidden field). */
    private Integer submittedVersionsSeen;

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

    /**
     * A second click on "submit" (or a submission from another tab) posts a page that shows fewer versions than there
     * are: the submission it asks for has been made already. It is refused with the receipt of the latest version, and
     * nothing is saved or submitted twice; the page then shows the current state.
     */
    private boolean alreadySubmittedSinceShown() {
        Application current = applications.forMember(id);
        if (submittedVersionsSeen == null || submittedVersionsSeen >= current.submittedVersions()) {
            return false;
        }
        List<SubmittedVersion> versions = applications.versions(id);
        application = current;
        version = current.version();
        submittedVersionsSeen = current.submittedVersions();
        PageMessages.error("wizard.alreadySubmitted", versions.get(versions.size() - 1).receiptNumber());
        return true;
    }

    /** For the page's hidden field: the versions it shows, so that a repeated submission can be told apart. */
    public int getSubmittedVersionsSeen() {
        return application().submittedVersions();
    }

    public void setSubmittedVersionsSeen(int seen) {
        this.submittedVersionsSeen = seen;
    }

    public void save() {
        attempt(() -> applications.save(id, version, form.content()), true);
    }

    /**
     * Saves quietly while the person types; a refusal waits for their next explicit save to be shown. A submitted
     * application is not autosaved (the facade refuses to as well): changes to it wait for "save" or a resubmission.
     */
    public void autosave() {
        autosaved = application().isAutosaved()
                && attempt(() -> applications.autosave(id, version, form.content()), false);
    }

    public void check() {
        if (attempt(() -> applications.save(id, version, form.content()), true)) {
            missing = applications.submissionProblems(id);
        }
    }

    public synchronized void submit() {
        if (alreadySubmittedSinceShown()) {
            return;
        }
        try {
            if (!attempt(() -> applications.save(id, version, form.content()), false)) {
                return;
            }
        } catch (ForbiddenTransitionException refused) {
            // what the person asked for is the submission: say that it is the submission the state forbids
            throw new ForbiddenTransitionException(refused.stateKey(), application().submitAction().labelKey());
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
     * Withdraws the application (after the page's confirmation dialog). What was typed is saved first where it still
     * may be, so nothing typed is lost; then the page is shown again in its new state, without edit or submit. When
     * someone changed the application meanwhile nothing is withdrawn and the page says so, keeping what was typed.
     */
    public synchronized void withdraw() {
        try {
            if (isEditable()) {
                try {
                    application = applications.save(id, version, form.content());
                    version = application.version();
                } catch (InvalidInputException | ForbiddenTransitionException unsaveable) {
                    // what cannot be saved stays on the screen until the page is left; withdrawing does not need it
                    // (and where the state forbids saving, the withdrawal says itself what the state forbids)
                }
            }
            application = applications.withdraw(id, version);
            version = application.version();
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), FIELDS, "wizard.field.");
            return;
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("wizard.conflict");
            return;
        }
        missing = null;
        PageMessages.info("wizard.withdrawn");
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

    public CallView getCall() {
        if (call == null) {
            call = calls.publicCall(application().callId()).orElseThrow(() -> new NoSuchObjectException("Call", application().callId()));
        }
        return call;
    }

    /**
     * The licences the call allows for a type of output, for the planned output's picker; none while the row has no
     * type yet (a row just added, reached by a background save posted before the page showed it).
     */
    public Set<String> licencesFor(String outputType) {
        if (outputType == null || outputType.isBlank()) {
            return Set.of();
        }
        return getCall().allowedLicences().get(org.opendividend.outputs.entity.OutputType.valueOf(outputType));
    }

    /**
     * Editable by this person: an owner or editor of the organisation, while the working copy may change, and after
     * a request for more information only until the officer's date.
     */
    public boolean isEditable() {
        return isMayWrite() && application().isEditableAt(applications.now());
    }

    /** Whether this person writes for the applying organisation (owner or editor); viewers only read. */
    public boolean isMayWrite() {
        if (mayWrite == null) {
            mayWrite = OrganisationPermissions.canWriteApplicationsFor(currentUser.caller(),
                    organisations.organisation(application().organisationId())).allowed();
        }
        return mayWrite;
    }

    /** Withdrawing is offered to writers until a decision: where the workflow has a withdrawal step. */
    public boolean isWithdrawable() {
        return isMayWrite() && ApplicationWorkflow.find(application().status(), ApplicationAction.WITHDRAW).isPresent();
    }

    /** The applicant's next step in plain words (as on the dashboard), or empty. */
    public String getNextStep() {
        Application a = application();
        return NextStep.of(a.status(), getCall().closesAt(), a.moreInfoUntil(), a.moreInfoSections(), a.screeningReason(),
                applications.now()).map(step -> step.text(locale())).orElse("");
    }

    /** More information was requested and the date has not passed: the named sections may change. */
    public boolean isMoreInfoOpen() {
        return application().isMoreInfoOpenAt(applications.now());
    }

    /**
     * Whether a section ({@code project}, {@code budget}, …) may be changed now by this person; for the tabs' fields.
     * After a request for more information only the named sections, until the officer's date.
     */
    public boolean sectionOpen(String key) {
        return isEditable()
                && ScreeningSection.byKey(key).map(s -> application().mayChange(s, applications.now())).orElse(false);
    }

    /**
     * What the page says about saving in the background, as a message key: that the last change was saved, that
     * changes to this (submitted) application are saved by the button only, or nothing.
     */
    public String getAutosaveStatusKey() {
        if (autosaved) {
            return "wizard.autosaved";
        }
        return isEditable() && !application().isAutosaved() ? "wizard.notAutosaved" : null;
    }

    public boolean isWithdrawn() {
        return application().status() == ApplicationStatus.WITHDRAWN;
    }

    /** The screening's verdict to show the applicant (a message key), or null when there is none to show. */
    public String getScreeningVerdictKey() {
        return application().screeningOutcome() == null ? null
                : application().status().screeningVerdictKey().orElse(null);
    }

    /** What the officer's text is called: the reason for an ineligible application, a note otherwise. */
    public String getScreeningReasonLabelKey() {
        return ApplicationWorkflow.state(application().status()).screeningVerdict()
                .map(ApplicationWorkflow.ScreeningVerdict::textLabelKey).orElse("screening.applicant.note");
    }

    /** Whether more information was requested: the tabs then say whether they are open, and until when. */
    public boolean isMoreInfoRequested() {
        return application().isReopenedBySections();
    }

    /**
     * What a tab says after a request for more information: open until the officer's date, or closed with the names
     * of the open sections and the date; empty otherwise.
     */
    public String sectionNote(String key) {
        if (!isMoreInfoRequested()) {
            return "";
        }
        Application a = application();
        String until = Formats.taipei(a.moreInfoUntil());
        if (!isMoreInfoOpen()) {
            return Texts.text(locale(), "screening.applicant.expired");
        }
        if (sectionOpen(key)) {
            return Texts.text(locale(), "wizard.sectionOpenUntil", until);
        }
        String separator = "zh".equals(locale().getLanguage()) ? "、" : ", ";
        String open = getOpenSections().stream().map(s -> Texts.text(locale(), s.labelKey()))
                .collect(java.util.stream.Collectors.joining(separator));
        return Texts.text(locale(), "wizard.sectionClosed", until, open);
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
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
