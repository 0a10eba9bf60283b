package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.i18n.Languages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicCallDisplayTest {

    private final FundingCall call = CallJsonTest.publishedCall(1001, "客語語料", "Hakka corpora",
            Instant.parse("2026-10-15T02:00:00Z"));

    @Test
    void amountsAreWholeTwdWithThousandsSeparators() {
        assertEquals("NT$ 30,000,000", PublicCallDisplay.twd(new BigDecimal("30000000")));
        assertEquals("NT$ 1,000,000", PublicCallDisplay.twd(new BigDecimal("1000000")));
        assertEquals("NT$ 0", PublicCallDisplay.twd(BigDecimal.ZERO));
        assertEquals("NT$ 999", PublicCallDisplay.twd(new BigDecimal("999")));
        assertEquals("", PublicCallDisplay.twd(null));
    }

    @Test
    void theDeadlineRuleIsStatedInTaipeiTime() {
        // closes 2027-03-31T09:00:00Z, which is 17:00:00 on the same day in Taipei
        assertEquals("17:00:00", PublicCallDisplay.closingTime(call.closesAt()));
        assertEquals("2027-03-31", PublicCallDisplay.closingDay(call.closesAt()));
        assertEquals("00:30:00", PublicCallDisplay.closingTime(Instant.parse("2027-03-30T16:30:00Z")));
        assertEquals("2027-03-31", PublicCallDisplay.closingDay(Instant.parse("2027-03-30T16:30:00Z")),
                "the closing day is Taipei's day, not UTC's");
    }

    @Test
    void theStatusIsTheServerClocks() {
        PublicCallDisplay before = new PublicCallDisplay(Clock.fixed(Instant.parse("2026-10-20T00:00:00Z"), ZoneOffset.UTC));
        PublicCallDisplay during = new PublicCallDisplay(Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
        PublicCallDisplay atTheSecond = new PublicCallDisplay(Clock.fixed(call.closesAt(), ZoneOffset.UTC));
        assertEquals(CallStatus.PUBLISHED, before.status(call));
        assertEquals("call.status.OPEN", during.statusKey(call));
        assertEquals(CallStatus.CLOSED, atTheSecond.status(call));
    }

    @Test
    void theOtherLanguagesTitleIsTheSubtitle() {
        PublicCallDisplay display = new PublicCallDisplay(Clock.systemUTC());
        assertEquals("Hakka corpora", display.otherTitle(call, Languages.ZH_TW));
        assertEquals("客語語料", display.otherTitle(call, Languages.EN));
        assertEquals("en", display.otherLanguageTag(Languages.ZH_TW));
        assertEquals("zh-TW", display.otherLanguageTag(Languages.EN));
    }

    @Test
    void languagesAreNamedInTheReadersLanguage() {
        PublicCallDisplay display = new PublicCallDisplay(Clock.systemUTC());
        assertEquals("Amis", display.languageName("ami", Languages.EN));
        assertEquals("阿美語", display.languageName("ami", Languages.ZH_TW));
        assertEquals("xyz", display.languageName("xyz", Languages.EN), "unknown codes as they are");
    }

    @Test
    void questionsAreGroupedBySectionInTheirOrder() {
        List<PublicCallDisplay.Section> sections = PublicCallDisplay.sections(call, Languages.EN);
        assertEquals(List.of("Corpus plan", "Community"), sections.stream().map(PublicCallDisplay.Section::name).toList());
        assertEquals(List.of("Which languages?", "Kind of corpus"),
                sections.get(0).questions().stream().map(q -> q.label(Languages.EN)).toList());
        assertEquals("語料計畫", PublicCallDisplay.sections(call, Languages.ZH_TW).get(0).name());
    }

    @Test
    void theLicencePolicyHasARowForEveryOutputType() {
        List<PublicCallDisplay.LicenceRow> rows = PublicCallDisplay.licences(call);
        assertEquals(List.of(OutputType.values()), rows.stream().map(PublicCallDisplay.LicenceRow::type).toList());
        assertEquals(List.of("Apache-2.0", "MIT"), rows.get(0).licenceIds());
        assertEquals("output.type.CODE", rows.get(0).labelKey());
    }
}
