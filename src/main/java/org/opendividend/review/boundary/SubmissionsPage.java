package org.opendividend.review.boundary;

import org.opendividend.applications.boundary.SubmissionsRow;

import java.util.List;

/** One page of the screening table and how many rows match in all. */
public record SubmissionsPage(List<SubmissionsRow> rows, long total) {

    public SubmissionsPage {
        rows = List.copyOf(rows);
    }
}
