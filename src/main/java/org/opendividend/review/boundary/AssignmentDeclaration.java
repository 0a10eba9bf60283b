package org.opendividend.review.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;
import org.opendividend.review.entity.AssignmentAction;
import org.opendividend.review.entity.DeclaredConflictKind;

import java.io.IOException;
import java.io.Serializable;

/**
 * The declaration before an application opens ({@code /reviewer/declaration.xhtml?assignment=…}): the reviewer
 * declares no conflict (and goes on to the review), a conflict of a kind with a reason, or declines with a reason.
 * A refused declaration shows its problems and keeps what was typed.
 */
@Named
@ViewScoped
public class AssignmentDeclaration implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELDS = ":declaration:";

    @Inject
    transient ReviewingFacade reviewing;

    private Long assignment;
    private transient DeclarationView view;
    private long version;
    private DeclaredConflictKind kind;
    private String conflictReason = "";
    private String declineReason = "";

    public void load() {
        if (assignment == null) {
            throw new NoSuchObjectException("ReviewAssignment", "none");
        }
        view();
    }

    private DeclarationView view() {
        if (view == null) {
            view = reviewing.forDeclaration(assignment);
            version = view.assignment().version();
        }
        return view;
    }

    public void noConflict() throws IOException {
        if (take(AssignmentAction.DECLARE_NO_CONFLICT, null, null)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/reviewer/review.xhtml?assignment=" + assignment);
        }
    }

    public void conflict() {
        take(AssignmentAction.DECLARE_CONFLICT, kind, conflictReason);
    }

    public void decline() {
        take(AssignmentAction.DECLINE, null, declineReason);
    }

    private boolean take(AssignmentAction action, DeclaredConflictKind declared, String reason) {
        try {
            reviewing.declare(assignment, version, action, declared, reason);
            view = null;
            view();
            PageMessages.info("declaration.recorded." + action.name());
            return true;
        } catch (InvalidInputException refused) {
            // the decline's reason has a field of its own on the page
            PageMessages.problems(refused.problems().stream().map(p -> action == AssignmentAction.DECLINE
                    && "reason".equals(p.field()) ? new FieldProblem("declineReason", p.messageKey(), p.arguments()) : p)
                    .toList(), FIELDS, "declaration.field.");
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("declaration.conflict");
        }
        return false;
    }

    public DeclarationView getView() {
        return view();
    }

    public DeclaredConflictKind[] getKinds() {
        return DeclaredConflictKind.values();
    }

    public Long getAssignment() { return assignment; }
    public void setAssignment(Long assignment) { this.assignment = assignment; }
    public DeclaredConflictKind getKind() { return kind; }
    public void setKind(DeclaredConflictKind kind) { this.kind = kind; }
    public String getConflictReason() { return conflictReason; }
    public void setConflictReason(String conflictReason) { this.conflictReason = conflictReason; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
}
