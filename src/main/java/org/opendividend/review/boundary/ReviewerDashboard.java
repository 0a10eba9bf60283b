package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The reviewer's area ({@code /reviewer/}): their assignments with call, application, due date, state and steps. */
@Named
@ViewScoped
public class ReviewerDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewingFacade reviewing;

    private transient List<AssignmentRow> assignments;

    public List<AssignmentRow> getAssignments() {
        if (assignments == null) {
            assignments = reviewing.myAssignments();
        }
        return assignments;
    }
}
