package org.opendividend.calls.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.calls.entity.CallAction;
import org.opendividend.calls.entity.CallWorkflow;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.outputs.control.LicenceCatalogue;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The officer's call editor ({@code /officer/call.xhtml?id=…}): the whole draft in tabs for the lead ministry's
 * officers, the texts and the deadline after publication, and their own share for co-funding ministries' officers.
 * A refused save keeps everything typed on the screen, with the reasons at the fields.
 */
@Named
@ViewScoped
public class CallEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":call:tabs:";

    @Inject
    transient CallFacade calls;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MinistryFacade ministries;

    @Inject
    transient LicenceCatalogue licences;

    private Long id;
    private long version;
    private transient FundingCall call;
    private CallForm form;
    private List<FieldProblem> publicationProblems;
    private Instant newClosesAt;
    private Instant responseClosesAt;
    private Integer responseWordLimit = 500;
    private String extensionReason;
    private String newCoFunder;

    /** Loads the call named by the {@code id} parameter; refused (403/404) when the person may not see it. */
    public void load() {
        if (id == null) {
            throw new org.opendividend.platform.validation.NoSuchObjectException("Call", "none");
        }
        if (form == null) {
            show(calls.forStaff(id));
        }
    }

    private void show(FundingCall loaded) {
        call = loaded;
        version = loaded.version();
        form = CallForm.of(loaded);
    }

    public void save() {
        attempt(() -> calls.saveDraft(id, version, form.content()), "call.saved");
    }

    /** Saves, then says what still stands in the way of publication. */
    public void saveAndCheck() {
        if (attempt(() -> calls.saveDraft(id, version, form.content()), "call.saved")) {
            publicationProblems = calls.publicationProblems(id);
        }
    }

    public void correctTexts() {
        attempt(() -> calls.correctTexts(id, version, form.texts()), "call.textsCorrected");
    }

    /** The lead's officer opens (or moves) the applicant response window of a closed call. */
    public void openResponseWindow() {
        attempt(() -> calls.openResponseWindow(id, version, responseClosesAt, responseWordLimit), "call.response.opened",
                ":response-window:");
    }

    public boolean isResponseWindowOpenable() {
        return CallPermissions.canOpenResponseWindow(currentUser.caller(), call(), calls.now()).allowed();
    }

    /** The call's response window, if it has one. */
    public org.opendividend.calls.entity.ResponseWindow getResponseWindow() {
        return call().responseWindow().orElse(null);
    }

    public void extendDeadline() {
        if (attempt(() -> calls.extendDeadline(id, version, newClosesAt, extensionReason), "call.extended", ":extension:")) {
            newClosesAt = null;
            extensionReason = null;
        }
    }

    /** A co-funding ministry's officer saves their own ministry's share. */
    public void saveShare(CallFundingForm.ShareRow row) {
        attempt(() -> calls.changeShare(id, version, row.getMinistry(), row.getAmount()), "call.saved");
    }

    private boolean attempt(Supplier<FundingCall> change, String doneKey) {
        return attempt(change, doneKey, FIELDS);
    }

    private boolean attempt(Supplier<FundingCall> change, String doneKey, String fields) {
        try {
            FundingCall saved = change.get();
            call = saved;
            version = saved.version();
            PageMessages.info(doneKey);
            return true;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), fields, "call.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("call.conflict");
        }
        return false;
    }

    public void addCriterion() {
        form.getReview().getCriteria().add(new ReviewSetupForm.CriterionRow());
    }

    public void removeCriterion(ReviewSetupForm.CriterionRow row) {
        form.getReview().getCriteria().remove(row);
    }

    public void addQuestion() {
        form.getEligibility().getQuestions().add(new CallEligibilityForm.QuestionRow());
    }

    public void removeQuestion(CallEligibilityForm.QuestionRow row) {
        form.getEligibility().getQuestions().remove(row);
    }

    public void addCoFunder() {
        if (newCoFunder != null && !newCoFunder.isBlank()) {
            form.getFunding().addShare(newCoFunder);
            newCoFunder = null;
        }
    }

    public void removeShare(CallFundingForm.ShareRow row) {
        if (!row.getMinistry().equals(call().leadMinistry())) {
            form.getFunding().getShares().remove(row);
        }
    }

    private FundingCall call() {
        if (call == null) {
            call = calls.forStaff(id);
        }
        return call;
    }

    public boolean isDraftEditable() {
        return CallPermissions.canEditDraft(currentUser.caller(), call()).allowed();
    }

    public boolean isTextCorrectable() {
        return !isDraftEditable() && CallPermissions.canCorrectTexts(currentUser.caller(), call(), calls.now()).allowed();
    }

    /** Whether the call is published (its table says the public sees it): its reviewers may then be assigned. */
    public boolean isPublished() {
        return CallWorkflow.state(call().statusAt(calls.now())).isPublic();
    }

    public boolean isDeadlineExtendable() {
        return CallPermissions.canExtendDeadline(currentUser.caller(), call(), calls.now()).allowed();
    }

    /** The shares this person may change alone: those of their own ministries when they do not lead the call. */
    public boolean canEditShare(CallFundingForm.ShareRow row) {
        return !isDraftEditable() && CallPermissions.canManageShare(currentUser.caller(), call(), row.getMinistry()).allowed();
    }

    public boolean isPublishable() {
        return CallPermissions.canTake(currentUser.caller(), call(), CallAction.PUBLISH, calls.now()).allowed();
    }

    /** The open licences an officer can pick for a type of output, plus those already chosen. */
    public List<String> licenceChoices(String outputType) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>(licences.openLicencesFor(OutputType.valueOf(outputType))
                .stream().map(l -> l.id()).toList());
        form.getOutputs().getPolicy().stream().filter(p -> p.getOutputType().equals(outputType)).forEach(p -> ids.addAll(p.getLicences()));
        return List.copyOf(ids);
    }

    /** Ministries that could still join as co-funders. */
    public List<MinistryView> getCoFunderCandidates() {
        return ministries.activeMinistries().stream()
                .filter(m -> form.getFunding().getShares().stream().noneMatch(r -> m.code().equals(r.getMinistry())))
                .toList();
    }

    public Instant getNow() {
        return calls.now();
    }

    public FundingCall getCall() {
        return call();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CallForm getForm() { return form; }
    public List<FieldProblem> getPublicationProblems() { return publicationProblems; }
    public Instant getResponseClosesAt() { return responseClosesAt; }
    public void setResponseClosesAt(Instant v) { responseClosesAt = v; }
    public Integer getResponseWordLimit() { return responseWordLimit; }
    public void setResponseWordLimit(Integer v) { responseWordLimit = v; }
    public Instant getNewClosesAt() { return newClosesAt; }
    public void setNewClosesAt(Instant v) { newClosesAt = v; }
    public String getExtensionReason() { return extensionReason; }
    public void setExtensionReason(String v) { extensionReason = v; }
    public String getNewCoFunder() { return newCoFunder; }
    public void setNewCoFunder(String v) { newCoFunder = v; }
}
