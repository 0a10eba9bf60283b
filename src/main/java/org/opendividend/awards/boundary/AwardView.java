package org.opendividend.awards.boundary;

import org.opendividend.awards.entity.Award;
import org.opendividend.awards.entity.AwardAction;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.awards.entity.AwardWorkflow;
import org.opendividend.awards.entity.Obligation;
import org.opendividend.awards.entity.Tranche;
import org.opendividend.calls.entity.MofClass;
import org.opendividend.platform.i18n.BilingualText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An award offer as pages, the agreement and other readers see it: its number and project, the organisation and the
 * call by name in both languages, the amount and each ministry's part (named), the dates, the tranches and the
 * obligations, where it stands and who answered. A copy, read through {@link AwardFacade}.
 *
 * @param answerable whether the reader may accept or decline it now ({@link AwardPermissions#canAnswer} and the table)
 */
public record AwardView(long id, String number, long callId, long applicationId, long organisationId,
                        String organisationZhTw, String organisationEn, String callTitleZhTw, String callTitleEn,
                        String titleZhTw, String titleEn, String leadMinistry, boolean fromReserve, long amount,
                        List<Part> parts, LocalDate startDate, LocalDate endDate, Instant offerDeadline,
                        List<Tranche> tranches, List<Obligation> obligations, MofClass requiredMofClass,
                        int releaseDeadlineMonths, int retentionPercent, AwardStatus status, Instant offeredAt,
                        String answeredByName, Instant answeredAt, String declineReason, long version,
                        boolean answerable) {

    /** A ministry's part of the award, with the ministry's names. */
    public record Part(String ministryCode, String nameZhTw, String nameEn, long amount) {

        public String name(Locale locale) {
            return BilingualText.pick(locale, nameZhTw, nameEn);
        }
    }

    public AwardView {
        parts = List.copyOf(parts);
        tranches = List.copyOf(tranches);
        obligations = List.copyOf(obligations);
    }

    static AwardView of(Award a, Names names, boolean answerable) {
        return new AwardView(a.id(), a.number(), a.callId(), a.applicationId(), a.organisationId(),
                names.organisationZhTw(), names.organisationEn(), names.callTitleZhTw(), names.callTitleEn(),
                a.titleZhTw(), a.titleEn(), a.leadMinistry(), a.fromReserve(), a.amount(),
                a.parts().stream().map(p -> new Part(p.ministryCode(), names.ministryZhTw(p.ministryCode()),
                        names.ministryEn(p.ministryCode()), p.amount())).toList(),
                a.startDate(), a.endDate(), a.offerDeadline(), a.tranches(), a.obligations(), a.requiredMofClass(),
                a.releaseDeadlineMonths(), a.retentionPercent(), a.status(), a.offeredAt(),
                a.answeredBy() == null ? null : names.person(a.answeredBy()), a.answeredAt(), a.declineReason(),
                a.version(), answerable);
    }

    /** What the view names by id, read for it: the organisation, the call, the ministries and who answered. */
    interface Names {
        String organisationZhTw();

        String organisationEn();

        String callTitleZhTw();

        String callTitleEn();

        String ministryZhTw(String code);

        String ministryEn(String code);

        String person(String subject);
    }

    public String title(Locale locale) {
        return BilingualText.pick(locale, titleZhTw, titleEn);
    }

    public String organisation(Locale locale) {
        return BilingualText.pick(locale, organisationZhTw, organisationEn);
    }

    public String callTitle(Locale locale) {
        return BilingualText.pick(locale, callTitleZhTw, callTitleEn);
    }

    /** Whether the owner still has to answer it (the table's state; the deadline is {@link #answerable}'s). */
    public boolean awaitsAnswer() {
        return AwardWorkflow.state(status).awaitsAnswer();
    }

    /** The measures (suspend, resume, terminate) its table allows from where it stands, for the officer to propose. */
    public List<AwardAction> measures() {
        return AwardAction.MEASURES.stream().filter(m -> AwardWorkflow.RULES.find(status, m).isPresent()).toList();
    }

    /**
     * Whether the offer was accepted, whatever became of the agreement since (binding, suspended or terminated): its
     * award page shows the grantee where its tranches stand.
     */
    public boolean agreed() {
        AwardWorkflow.State state = AwardWorkflow.state(status);
        return state.commits() || state.returnsUnpaid();
    }

    /** Whether the agreement binds. */
    public boolean binding() {
        return AwardWorkflow.state(status).binding();
    }
}
