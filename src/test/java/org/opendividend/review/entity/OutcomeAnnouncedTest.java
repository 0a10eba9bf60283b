package org.opendividend.review.entity;

import org.junit.jupiter.api.Test;
import org.opendividend.notifications.control.MailComposer;
import org.opendividend.notifications.entity.ComposedMail;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.Notifiable;
import org.opendividend.platform.i18n.Languages;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telling an application's organisation the outcome of a taken funding decision, per outcome and in both languages. */
class OutcomeAnnouncedTest {

    private static final Actor APPROVER = new Actor("approver-subject", "approver.moda");
    private static final URI LINK = URI.create("https://fund.example/applicant/application.xhtml?id=7");
    private static final List<Notifiable.Recipient> MEMBERS = List.of(
            new Notifiable.Recipient("owner@example.org", "林雅琪", Languages.ZH_TW, "sub-1", true),
            new Notifiable.Recipient("editor@example.org", "Ann", Locale.ENGLISH, "sub-2", true));

    private static OutcomeAnnounced announced(DecisionOutcome outcome, long amount, List<Notifiable.Recipient> to) {
        return new OutcomeAnnounced(APPROVER, 1006, 7, outcome, amount, "客語語料 / Hakka corpus",
                "公共語言科技 / Public language technology", to, LINK);
    }

    @Test
    void everyMemberIsToldTheOutcomeWithTheAmountTheCallAndTheLink() {
        List<Notifiable.Notice> notices = announced(DecisionOutcome.FUND, 1_250_000, MEMBERS).notices();
        assertEquals(List.of("owner@example.org", "editor@example.org"), notices.stream().map(n -> n.to().address()).toList());
        assertEquals("mail.outcome.FUND.subject", notices.get(0).subjectKey());
        assertEquals("mail.outcome.FUND.body", notices.get(0).bodyKey());
        assertEquals(List.of("客語語料 / Hakka corpus", LINK, "公共語言科技 / Public language technology", 1_250_000L),
                notices.get(0).arguments());
    }

    @Test
    void theMailSaysTheOutcomeInTheRecipientsLanguageWithTheAmountInWholeTwd() {
        MailComposer composer = new MailComposer();
        List<Notifiable.Notice> funded = announced(DecisionOutcome.FUND, 1_250_000, MEMBERS).notices();
        ComposedMail zh = composer.compose(funded.get(0));
        ComposedMail en = composer.compose(funded.get(1));
        assertEquals("您的申請獲得補助：客語語料 / Hakka corpus", zh.subject());
        assertTrue(zh.text().contains("新臺幣 1,250,000 元") && zh.text().contains(LINK.toString()), zh.text());
        assertEquals("Your application is funded: 客語語料 / Hakka corpus", en.subject());
        assertTrue(en.text().contains("NT$ 1,250,000") && en.text().contains(LINK.toString()), en.text());

        ComposedMail reserve = composer.compose(announced(DecisionOutcome.RESERVE, 0, MEMBERS).notices().get(1));
        assertTrue(reserve.subject().contains("reserve list") && !reserve.text().contains("NT$"), reserve.text());
        ComposedMail rejected = composer.compose(announced(DecisionOutcome.REJECT, 0, MEMBERS).notices().get(0));
        assertTrue(rejected.subject().startsWith("您的申請未獲補助") && !rejected.text().contains("新臺幣"), rejected.text());
    }

    @Test
    void auditedUnderTheApplicationOnceWithTheOutcome() {
        OutcomeAnnounced funded = announced(DecisionOutcome.FUND, 500_000, MEMBERS);
        assertEquals(List.of("Application", "7", AnnouncementAction.OUTCOME_ANNOUNCED),
                List.of(funded.objectType(), funded.objectId(), funded.action()));
        assertEquals("funding decision of call 1006: FUND 500000 TWD, told 2 member(s)", funded.summary());
        assertEquals("funding decision of call 1006: REJECT, told 0 member(s)",
                announced(DecisionOutcome.REJECT, 0, List.of()).summary());
    }

    @Test
    void nobodyIsMailedWhenNoMemberAddressIsKnown() {
        assertEquals(List.of(), announced(DecisionOutcome.RESERVE, 0, List.of()).notices());
    }
}
