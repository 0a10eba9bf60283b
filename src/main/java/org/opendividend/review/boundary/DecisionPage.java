package org.opendividend.review.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.ministries.boundary.MinistryNames;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Texts;
import org.opendividend.platform.i18n.TwdConverter;
import org.opendividend.platform.validation.ConcurrentChangeException;
import org.opendividend.platform.validation.InvalidInputException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.PageMessages;
import org.opendividend.review.control.decision.DecisionCandidate;
import org.opendividend.review.entity.DecisionLine;
import org.opendividend.review.entity.DecisionOutcome;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A call's funding decision ({@code /officer/decision.xhtml?call=…} for the lead's officer,
 * {@code /approver/decision.xhtml?call=…} for the approvers): the officer writes fund (with an amount) / reserve list /
 * do not fund per ranked application, a first draft starting from the panel's suggested funding line, saves and
 * proposes; the lead's approver approves or sends it back; each co-funding ministry's approver confirms or refuses its
 * share. The page offers only what {@link DecisionPermissions} and the decision's table allow; the facade checks both
 * again. What was typed survives a refusal and a concurrent change: the page says so and keeps the rows.
 */
@Named
@ViewScoped
public class DecisionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionFacade decisions;

    @Inject
    transient DecisionRights rights;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient MinistryNames ministries;

    private Long callId;
    private transient DecisionView view;
    private long version;
    private List<Row> rows = new ArrayList<>();
    private String reason;
    private final Map<String, String> shareReasons = new HashMap<>();

    /** One ranked application as the officer edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long applicationId;
        private DecisionOutcome outcome;
        private BigDecimal amount;
        private String justification;

        Row(long applicationId, DecisionOutcome outcome, BigDecimal amount, String justification) {
            this.applicationId = applicationId;
            this.outcome = outcome;
            this.amount = amount;
            this.justification = justification;
        }

        DecisionLine line() {
            long whole = outcome == DecisionOutcome.FUND && amount != null ? amount.longValueExact() : 0;
            return new DecisionLine(applicationId, outcome, whole, justification);
        }

        public long getApplicationId() { return applicationId; }
        public DecisionOutcome getOutcome() { return outcome; }
        public void setOutcome(DecisionOutcome outcome) { this.outcome = outcome; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }

    public void load() {
        if (callId == null) {
            throw new NoSuchObjectException("FundingCall", 0);
        }
        if (view == null) {
            show(decisions.decision(callId));
            rows = rowsOf(view);
        }
    }

    /** The officer saves the rows as the draft. */
    public void save() {
        act(() -> decisions.save(callId, lines(), version), "decision.saved", true);
    }

    /** The officer saves the rows and proposes them for approval. */
    public void propose() {
        act(() -> {
            DecisionView saved = decisions.save(callId, lines(), version);
            return decisions.propose(callId, saved.version());
        }, "decision.proposed", true);
    }

    public void approve() {
        act(() -> decisions.approve(callId, version), "decision.approved", false);
    }

    public void sendBack() {
        act(() -> decisions.sendBack(callId, reason, version), "decision.sentBack", false);
    }

    public void confirmShare(String ministry) {
        act(() -> decisions.confirmShare(callId, ministry, version), "decision.shareConfirmed", false);
    }

    public void refuseShare(String ministry) {
        act(() -> decisions.refuseShare(callId, ministry, shareReasons.get(ministry), version),
                "decision.shareRefused", false);
    }

    /**
     * Takes a step and shows the decision after it; a refusal is told in the page's language with the rows kept as
     * typed (a step the table forbids, such as a double click, is told by {@code RefusalExceptionHandler}), and a change by someone else since the page was read shows the decision as it now stands, still keeping
     * what this person typed, so that they can compare and save again.
     */
    private void act(Supplier<DecisionView> step, String doneKey, boolean writesRows) {
        try {
            show(step.get());
            if (writesRows) {
                rows = rowsOf(view);
            }
            reason = null;
            shareReasons.clear();
            PageMessages.info(doneKey);
        } catch (InvalidInputException refused) {
            refused.problems().forEach(PageMessages::error);
        } catch (RuntimeException failed) {
            if (!ConcurrentChangeException.isCause(failed)) {
                throw failed;
            }
            PageMessages.error("decision.conflict");
            show(decisions.decision(callId));
        }
    }

    private void show(DecisionView shown) {
        view = shown;
        version = shown.version();
    }

    private List<DecisionLine> lines() {
        return rows.stream().filter(r -> r.outcome != null).map(Row::line).toList();
    }

    /** A row per ranked application: its line, or for a first draft the suggestion (fund what it funds). */
    private static List<Row> rowsOf(DecisionView view) {
        List<Row> rows = new ArrayList<>();
        for (DecisionCandidate candidate : view.candidates()) {
            rows.add(view.lineOf(candidate.applicationId())
                    .map(l -> new Row(l.applicationId(), l.outcome(), l.outcome() == DecisionOutcome.FUND
                            ? BigDecimal.valueOf(l.amount()) : null, l.justification()))
                    .orElseGet(() -> view.suggested().contains(candidate.applicationId())
                            ? new Row(candidate.applicationId(), DecisionOutcome.FUND,
                            BigDecimal.valueOf(candidate.requested()), null)
                            : new Row(candidate.applicationId(), view.suggested().isEmpty() ? null
                            : DecisionOutcome.RESERVE, null, null)));
        }
        return rows;
    }

    public DecisionView getView() {
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public DecisionCandidate candidate(long applicationId) {
        return view.candidates().stream().filter(c -> c.applicationId() == applicationId).findFirst().orElseThrow();
    }

    public String title(long applicationId) {
        return view.title(applicationId, language.getLocale());
    }

    /** What this person may do now (the permission and the decision's table together). */
    public DecisionRights.Now getNow() {
        return rights.now(view);
    }

    public String getCallTitle() {
        return rights.call(callId).title(language.getLocale());
    }

    /** The panel is the officers' page: an approver reads the decision without it. */
    public boolean isPanelLink() {
        return rights.readsPanel(callId);
    }

    /** What the decision's lines commit of a ministry's money, in TWD. */
    public String committed(String ministry) {
        return view.money().stream().filter(m -> m.ministryCode().equals(ministry)).findFirst()
                .map(m -> twd(m.committed())).orElse(twd(0));
    }

    public String ministry(String code) {
        return ministries.name(code);
    }

    public String twd(long amount) {
        return TwdConverter.format(BigDecimal.valueOf(amount));
    }

    /** A funded application's parts by ministry, as one line of text in the page's language. */
    public String parts(long applicationId) {
        return String.join(" · ", view.parts().stream().filter(p -> p.applicationId() == applicationId)
                .filter(p -> p.amount() > 0)
                .map(p -> Texts.text(language.getLocale(), "decision.part", ministry(p.ministryCode()),
                        twd(p.amount())))
                .toList());
    }

    public String person(String subject) {
        return subject == null ? "" : view.names().getOrDefault(subject, subject);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Map<String, String> getShareReasons() { return shareReasons; }
    public Long getCallId() { return callId; }
    public void setCallId(Long callId) { this.callId = callId; }
}
