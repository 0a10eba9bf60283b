package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.applications.entity.ScreeningSection;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Screening one application ({@code /officer/screen.xhtml?id=…}): the submitted version's content, the eligibility
 * checklist and the outcome form. The facade decides who may screen; the form is shown only to them.
 */
@Named
@ViewScoped
public class ScreeningEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":screening:";

    @Inject
    transient ScreeningFacade screening;

    private Long id;
    private transient ScreeningView view;
    private long version;
    private ScreeningOutcome outcome;
    private String reason = "";
    private List<String> sections = new ArrayList<>();
    private Instant until;

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Application", "none");
        }
        view();
    }

    private ScreeningView view() {
        if (view == null) {
            view = screening.forScreening(id);
            version = view.application().version();
        }
        return view;
    }

    public void save() {
        EnumSet<ScreeningSection> chosen = EnumSet.noneOf(ScreeningSection.class);
        sections.forEach(s -> ScreeningSection.byKey(s).ifPresent(chosen::add));
        try {
            screening.screen(id, version, outcome, reason, chosen, until);
            view = null;
            view();
            PageMessages.info("screening.recorded");
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), FIELDS, "screening.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("screening.conflict");
        }
    }

    public ScreeningView getView() {
        return view();
    }

    /** Whether the form is shown: the caller may screen and the workflow allows a screening now. */
    public boolean isScreenable() {
        return view().mayScreen() && view().application().isScreenable();
    }

    /** A checklist item's line in the page's language, its arguments translated where they are message keys. */
    public String text(org.opendividend.review.control.EligibilityItem item) {
        var locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.opendividend.platform.i18n.Texts.problem(locale, new org.opendividend.platform.validation.FieldProblem(
                null, item.labelKey(), item.arguments()));
    }

    /** The submitted content's questions, answers and budget total, as the page reads them. */
    public SubmittedContentReader getReader() {
        return new SubmittedContentReader(view().call(), view().submitted());
    }

    public ScreeningOutcome[] getOutcomes() {
        return ScreeningOutcome.values();
    }

    public ScreeningSection[] getSectionChoices() {
        return ScreeningSection.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ScreeningOutcome getOutcome() { return outcome; }
    public void setOutcome(ScreeningOutcome outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public List<String> getSections() { return sections; }
    public void setSections(List<String> sections) { this.sections = sections == null ? new ArrayList<>() : sections; }
    public Instant getUntil() { return until; }
    public void setUntil(Instant until) { this.until = until; }
}
