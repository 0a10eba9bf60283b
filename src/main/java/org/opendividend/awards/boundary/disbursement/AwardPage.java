package org.opendividend.awards.boundary.disbursement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.awards.boundary.AwardFacade;
import org.opendividend.awards.boundary.AwardMeasureFacade;
import org.opendividend.awards.boundary.AwardMeasureView;
import org.opendividend.awards.boundary.AwardView;
import org.opendividend.awards.entity.AwardWorkflow;
import jakarta.faces.event.FacesEvent;
import org.opendividend.awards.entity.disbursement.Disbursement;
import org.opendividend.awards.entity.disbursement.ReportFile;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.ForbiddenTransitionException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The grantee's award ({@code /applicant/award.xhtml?id=…}): its terms and the agreement, each tranche with its due
 * date, the report due and each paying ministry's share where it stands (a return's reason, a payment's reference),
 * the obligations, and requesting a due tranche with its report and the report's PDF. The facades refuse another organisation's award
 * (403); a refused request keeps what was typed and says why.
 */
@Named
@ViewScoped
public class AwardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AwardFacade awards;

    @Inject
    transient DisbursementFacade disbursements;

    @Inject
    transient AwardMeasureFacade measures;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient ReportFiles reportFiles;

    private Long id;
    private Integer position;
    private String progress;
    private String spent;
    /** The report's PDF chosen on this page, stored and kept until the request names it. */
    private ReportFile pdf;
    private transient AwardView view;
    private transient List<TrancheView> tranches;
    private transient List<AwardMeasureView> confirmed;

    public void load() {
        if (id == null) {
            throw new NoSuchObjectException("Award", 0);
        }
        view = awards.offer(id);
        tranches = disbursements.tranches(id);
    }

    /** Whether the award binds now (the workflow table's word): its outputs are registered and its tranches run. */
    public boolean isBinding() {
        return AwardWorkflow.state(getView().status()).binding();
    }

    public AwardView getView() {
        if (view == null) {
            view = awards.offer(id);
        }
        return view;
    }

    public List<TrancheView> getTranches() {
        if (tranches == null) {
            tranches = disbursements.tranches(id);
        }
        return tranches;
    }

    /** The measures confirmed on the award (suspended, resumed, terminated), newest first, with their reasons. */
    public List<AwardMeasureView> getMeasures() {
        if (confirmed == null) {
            confirmed = measures.confirmedOn(id);
        }
        return confirmed;
    }

    /** The tranches the grantee may request now. */
    public List<TrancheView> getRequestable() {
        return getTranches().stream().filter(TrancheView::requestable).toList();
    }

    /** Why a tranche cannot be requested now, translated (empty when it can, or when it is requested). */
    public String blocker(TrancheView tranche) {
        return tranche.blockers().stream().findFirst().map(p -> Texts.problem(language.getLocale(), p)).orElse("");
    }

    public void request() {
        BigDecimal amount;
        try {
            amount = spent == null || spent.isBlank() ? null : new BigDecimal(spent.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            PageMessages.problems(List.of(FieldProblem.of("spent", "disbursement.problem.spentRequired")), "request:",
                    "disbursement.page.field.");
            return;
        }
        if (position == null) {
            PageMessages.error("disbursement.page.chooseTranche");
            return;
        }
        try {
            disbursements.request(id, position, progress, amount, pdf);
            PageMessages.info("disbursement.page.requested", position + 1);
            progress = null;
            spent = null;
            position = null;
            pdf = null;
            tranches = null;
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "request:", "disbursement.page.field.");
        } catch (ForbiddenTransitionException refused) {
            PageMessages.error(refused.problem());
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            tranches = null;
            PageMessages.error("disbursement.page.conflict");
        }
    }

    /**
     * The PDF upload's listener: stores the file at once (PrimeFaces sends only the file, so what is typed in the
     * report stays on the page) and keeps it for the request; a refused file is said and changes nothing. Declared
     * with {@link FacesEvent} so that no PrimeFaces type appears in a signature (the Arquillian WARs have none).
     */
    public void upload(FacesEvent facesEvent) {
        if (!(facesEvent instanceof org.primefaces.event.FileUploadEvent event)) {
            return;
        }
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            pdf = reportFiles.upload(id, file.getFileName(), in);
            PageMessages.info("attachment.uploaded", pdf.fileName());
        } catch (InvalidInputException refused) {
            PageMessages.problems(refused.problems(), "request:", "disbursement.page.field.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary files at the end of the request anyway
            }
        }
    }

    /** The PDF chosen for the request, or null. */
    public ReportFile getPdf() {
        return pdf;
    }

    /** The upper limit the browser checks before sending (the server checks again). */
    public long getMaxBytes() {
        return reportFiles.maxBytes();
    }

    public long getMaxMegabytes() {
        return reportFiles.maxBytes() / (1024 * 1024);
    }

    public int getProgressMax() {
        return Disbursement.REPORT_MAX;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getSpent() {
        return spent;
    }

    public void setSpent(String spent) {
        this.spent = spent;
    }
}
