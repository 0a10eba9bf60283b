package org.opendividend.applications.boundary;

import org.opendividend.applications.entity.ApplicationStatus;

/**
 * Which page of the submissions (the screening table) to show: an optional call and status to filter by, the column to sort by
 * (ascending or not), the first row and the page size.
 */
public record SubmissionsQuery(Long callId, ApplicationStatus status, Sort sort, boolean ascending, int first, int size) {

    /**
     * The columns the table sorts by, and the query's expression for each; the organisations' names are the
     * organisations component's, in whose order {@link SubmittedApplications} puts the rows (no expression).
     */
    public enum Sort {
        SUBMITTED_AT("a.lastSubmittedAt"), TITLE("a.titleZhTw"), ORGANISATION(null), STATUS("a.status");

        private final String expression;

        Sort(String expression) {
            this.expression = expression;
        }

        String expression() {
            return expression;
        }

        /** The sort of a table column's field name ({@code submittedAt}, {@code title}, …); submission time otherwise. */
        public static Sort byField(String field) {
            if (field == null) {
                return SUBMITTED_AT;
            }
            return switch (field) {
                case "title", "titleZhTw", "titleEn" -> TITLE;
                case "organisation", "organisationZhTw", "organisationEn" -> ORGANISATION;
                case "status" -> STATUS;
                default -> SUBMITTED_AT;
            };
        }
    }

    public SubmissionsQuery {
        sort = sort == null ? Sort.SUBMITTED_AT : sort;
        first = Math.max(0, first);
        size = Math.min(Math.max(1, size), 500);
    }

    /** Everything, newest submission first. */
    public static SubmissionsQuery all(int first, int size) {
        return new SubmissionsQuery(null, null, Sort.SUBMITTED_AT, false, first, size);
    }
}
