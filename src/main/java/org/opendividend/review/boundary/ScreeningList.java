package org.opendividend.review.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.applications.boundary.SubmissionsQuery;
import org.opendividend.applications.boundary.SubmissionsRow;
import org.opendividend.applications.entity.ApplicationStatus;
import org.opendividend.calls.boundary.CallSummary;
import org.opendividend.platform.export.ExportDownload;
import org.opendividend.platform.export.ExportFormat;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The officer's screening table ({@code /officer/screening.xhtml}): the submissions to the calls of their ministries,
 * a page at a time from the database (sorted and filtered there). The exports hold every row of the filter and sort
 * the table shows (pressed "Show" and the column last sorted), not only the page, streamed from the database.
 */
@Named
@ViewScoped
public class ScreeningList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScreeningFacade screening;

    private Long callId;
    private ApplicationStatus status;
    /** The filter the table shows: the one last applied by "Show", not what the menus hold before it is pressed. */
    private Long shownCallId;
    private ApplicationStatus shownStatus;
    private SubmissionsQuery.Sort shownSort = SubmissionsQuery.Sort.SUBMITTED_AT;
    private boolean shownAscending;
    private transient List<CallSummary> calls;
    private final Submissions submissions = new Submissions();

    /** The table's rows, loaded page by page through the facade. */
    public class Submissions extends LazyDataModel<SubmissionsRow> {

        private static final long serialVersionUID = 1L;
        private transient List<SubmissionsRow> page = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) screening.submissions(query(null, 0, 1)).total();
        }

        @Override
        public List<SubmissionsRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            shownSort = sort == null ? SubmissionsQuery.Sort.SUBMITTED_AT : SubmissionsQuery.Sort.byField(sort.getField());
            shownAscending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            SubmissionsPage result = screening.submissions(query(sort, first, pageSize));
            setRowCount((int) result.total());
            page = result.rows();
            return page;
        }

        @Override
        public String getRowKey(SubmissionsRow row) {
            return Long.toString(row.applicationId());
        }

        @Override
        public SubmissionsRow getRowData(String rowKey) {
            return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
        }
    }

    SubmissionsQuery query(SortMeta sort, int first, int size) {
        SubmissionsQuery.Sort by = sort == null ? SubmissionsQuery.Sort.SUBMITTED_AT : SubmissionsQuery.Sort.byField(sort.getField());
        boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
        return new SubmissionsQuery(shownCallId, shownStatus, by, ascending, first, size);
    }

    /** "Show": the table (and the exports) from now on use the menus' filter. */
    public void apply() {
        shownCallId = callId;
        shownStatus = status;
    }

    /** How many rows the shown filter matches: what an export will hold. */
    public long getTotal() {
        return screening.submissions(query(null, 0, 1)).total();
    }

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        SubmissionsQuery all = new SubmissionsQuery(shownCallId, shownStatus, shownSort, shownAscending, 0, 1);
        ExportDownload.sendList(FacesContext.getCurrentInstance(), format, SubmissionsExport.LIST, screening.now(),
                SubmissionsExport::columns, sink -> screening.eachSubmission(all, sink));
    }

    public Submissions getSubmissions() {
        return submissions;
    }

    public List<CallSummary> getCalls() {
        if (calls == null) {
            calls = screening.screeningCalls();
        }
        return calls;
    }

    public List<ApplicationStatus> getStatuses() {
        return List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.MORE_INFO_REQUESTED, ApplicationStatus.ELIGIBLE,
                ApplicationStatus.INELIGIBLE, ApplicationStatus.WITHDRAWN);
    }

    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
}
