package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.applications.entity.ScreeningOutcome;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScreeningRecordedTest {

    private static final Actor OFFICER = new Actor("officer-subject", "officer.moc");
    private static final URI LINK = URI.create("https://fund.example/applicant/application.xhtml?id=7");
    private static final Instant UNTIL = Instant.parse("2027-04-10T16:30:00Z");
    private static final List<Notifiable.Recipient> MEMBERS = List.of(
            new Notifiable.Recipient("owner@example.org", "林雅琪", Languages.ZH_TW, "sub-1", true),
            new Notifiable.Recipient("editor@example.org", "Ann", Languages.ZH_TW, "sub-1", true));

    private static ScreeningRecorded screened(ScreeningOutcome outcome, String reason, List<Notifiable.Recipient> to) {
        return new ScreeningRecorded(OFFICER, 7, 1001, outcome, reason, outcome == ScreeningOutcome.MORE_INFO ? "budget" : null,
                outcome == ScreeningOutcome.MORE_INFO ? UNTIL : null, "客語語料 / Hakka corpus", to, LINK);
    }

    @Test
    void everyMemberWithAnAddressIsToldOfMoreInformationWithTheReasonAndTheDate() {
        List<Notifiable.Notice> notices = screened(ScreeningOutcome.MORE_INFO, "請補充經費說明", MEMBERS).notices();
        assertEquals(List.of("owner@example.org", "editor@example.org"), notices.stream().map(n -> n.to().address()).toList());
        assertEquals("mail.screening.moreInfo.body", notices.get(0).bodyKey());
        assertEquals(List.of("客語語料 / Hakka corpus", LINK, "請補充經費說明", UNTIL), notices.get(0).arguments());
    }

    @Test
    void anIneligibleApplicationIsToldItsReasonAndAnEligibleOneOnlyTheNews() {
        assertEquals(List.of("客語語料 / Hakka corpus", LINK, "Not an eligible organisation"),
                screened(ScreeningOutcome.INELIGIBLE, "Not an eligible organisation", MEMBERS).notices().get(0).arguments());
        assertEquals("mail.screening.eligible.subject",
                screened(ScreeningOutcome.ELIGIBLE, null, MEMBERS).notices().get(1).subjectKey());
    }

    @Test
    void nobodyIsMailedWhenNoMemberAddressIsKnown() {
        assertEquals(List.of(), screened(ScreeningOutcome.ELIGIBLE, null, List.of()).notices());
    }
}
