package org.opendividend.audit.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.control.CheckpointState;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.platform.export.ExportDownload;
import org.opendividend.platform.export.ExportFormat;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;

import java.io.Serializable;
import java.util.List;

/**
 * The admin dashboard's audit section: the latest entries, a button that verifies the whole chain, the last signed
 * checkpoint with a button that writes one now, and the whole log as CSV or XLSX ({@link AuditLogExport}).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    transient AuditFacade audit;

    @Inject
    transient LanguageSelection language;

    private ChainVerification verification;
    private transient List<AuditEntry> entries;
    private transient Long total;
    private transient CheckpointState lastCheckpoint;

    public void verify() {
        verification = audit.verify();
        entries = null;
        total = null;
        lastCheckpoint = null;
    }

    /** Signs the chain's end now; the page then shows it as the last checkpoint. */
    public void checkpoint() {
        audit.checkpointNow();
        lastCheckpoint = null;
    }

    public CheckpointState getLastCheckpoint() {
        if (lastCheckpoint == null) {
            lastCheckpoint = audit.lastCheckpoint();
        }
        return lastCheckpoint;
    }

    /** How many entries the log holds (the page shows the latest {@value #SHOWN}; the exports hold them all). */
    public long getTotal() {
        if (total == null) {
            total = audit.count();
        }
        return total;
    }

    public void exportCsv() {
        export(ExportFormat.CSV);
    }

    public void exportXlsx() {
        export(ExportFormat.XLSX);
    }

    private void export(ExportFormat format) {
        ExportDownload.sendList(FacesContext.getCurrentInstance(), format, AuditLogExport.LIST, audit.now(),
                AuditLogExport::columns, audit::eachEntry);
    }

    public ChainVerification getVerification() {
        return verification;
    }

    /**
     * The entry's action in the page's language; an action that has no label (one of no component's audited actions,
     * as a test's probe) as stored.
     */
    public String actionLabel(AuditEntry entry) {
        String key = entry.actionLabelKey();
        String label = Texts.text(language.getLocale(), key);
        return label.equals(key) ? entry.action() : label;
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.latest(SHOWN);
        }
        return entries;
    }
}
