package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.CallStatus;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.LanguageSelection;
import org.opendividend.platform.i18n.Languages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The list page's bean: the GET parameters become the filter; what cannot be read is ignored, never a fault. */
class PublicCallListTest {

    private final List<PublicCallFilter> asked = new ArrayList<>();

    private PublicCallList list(Locale locale) {
        PublicCallList list = new PublicCallList();
        list.calls = new CallFacade() {
            @Override
            public List<FundingCall> publicCalls(PublicCallFilter filter) {
                asked.add(filter);
                return List.of();
            }
        };
        list.ministries = new MinistryFacade() {
            @Override
            public List<MinistryView> activeMinistries() {
                return List.of(new MinistryView("moc", "文化部", "Ministry of Culture"),
                        new MinistryView("moda", "數位發展部", "Ministry of Digital Affairs"));
            }
        };
        list.language = new LanguageSelection() {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
        return list;
    }

    @Test
    void badParametersAreIgnoredNotAFault() {
        PublicCallList list = list(Languages.EN);
        list.setMinistry("moc");
        list.setLanguage("klingon");
        list.setStatus("NOPE");
        list.setClosing("abc");
        assertEquals(List.of(), list.getResults());
        assertEquals(List.of(new PublicCallFilter("moc", null, null, null)), asked);
        assertTrue(list.isFiltered());
        assertFalse(list.isClosingSoon());
    }

    @Test
    void goodParametersAreTheFilter() {
        PublicCallList list = list(Languages.ZH_TW);
        list.setLanguage("hak");
        list.setStatus("OPEN");
        list.setClosing("14");
        list.getResults();
        list.getResults();
        assertEquals(List.of(new PublicCallFilter(null, "hak", CallStatus.OPEN, 14)), asked, "asked once per request");
        assertTrue(list.isClosingSoon());
    }

    @Test
    void noParametersListEverything() {
        PublicCallList list = list(Languages.EN);
        list.getResults();
        assertEquals(List.of(PublicCallFilter.NONE), asked);
        assertFalse(list.isFiltered());
    }

    @Test
    void theDropDownsShowTheChoiceAndAnAnyOption() {
        PublicCallList list = list(Languages.EN);
        list.setMinistry("moda");
        list.setStatus("DRAFT");

        List<PublicCallList.PublicOption> ministries = list.getMinistryOptions();
        assertEquals(List.of("", "moc", "moda"), ministries.stream().map(PublicCallList.PublicOption::value).toList());
        assertEquals(List.of(false, false, true), ministries.stream().map(PublicCallList.PublicOption::selected).toList());
        assertEquals("Ministry of Digital Affairs", ministries.get(2).label());
        assertEquals("All", ministries.get(0).label());

        List<PublicCallList.PublicOption> statuses = list.getStatusOptions();
        assertTrue(statuses.get(0).selected(), "DRAFT is not a public status, so nothing narrows");
        assertFalse(statuses.stream().anyMatch(o -> o.value().equals("DRAFT")), "drafts are not offered");
        assertEquals("Open", statuses.stream().filter(o -> o.value().equals("OPEN")).findFirst().orElseThrow().label());

        List<PublicCallList.PublicOption> languages = list(Languages.ZH_TW).getLanguageOptions();
        assertEquals("全部", languages.get(0).label());
        assertEquals("客語", languages.stream().filter(o -> o.value().equals("hak")).findFirst().orElseThrow().label());
    }
}
