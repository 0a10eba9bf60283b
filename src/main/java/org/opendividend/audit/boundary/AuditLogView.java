package org.opendividend.audit.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.entity.AuditEntry;

import java.io.Serializable;
import java.util.List;

/** The admin dashboard's audit section: the latest entries and a button that verifies the whole chain. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    transient AuditFacade audit;

    private ChainVerification verification;
    private transient List<AuditEntry> entries;

    public void verify() {
        verification = audit.verify();
        entries = null;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = audit.latest(SHOWN);
        }
        return entries;
    }
}
