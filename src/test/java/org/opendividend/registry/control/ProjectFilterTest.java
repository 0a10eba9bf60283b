package org.opendividend.registry.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.registry.RegistryFixtures;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFilterTest {

    private final List<RegistryProject> both = List.of(RegistryFixtures.amis(), RegistryFixtures.hakkaAtayal());

    private List<String> numbers(String ministry, String language, String type, String licence, String state,
                                 String facet) {
        ProjectQuery.Read read = ProjectQuery.read(ministry, language, type, licence, state, facet);
        assertEquals(List.of(), read.ignored(), "every parameter read");
        return read.filter().apply(both).stream().map(RegistryProject::number).toList();
    }

    @Test
    void noFilterShowsEveryProject() {
        assertEquals(List.of("1009-1", "1009-2"), ProjectFilter.NONE.apply(both).stream().map(RegistryProject::number)
                .toList());
    }

    @Test
    void aMinistryMatchesTheLeadAndEveryCoFunder() {
        assertEquals(List.of("1009-1", "1009-2"), numbers("moc", null, null, null, null, null));
        assertEquals(List.of("1009-1"), numbers("MODA", null, null, null, null, null));
        assertEquals(List.of("1009-2"), numbers("nstc", null, null, null, null, null));
        assertEquals(List.of(), numbers("mofa", null, null, null, null, null), "a ministry that funds nothing");
    }

    @Test
    void hakkaAndEachIndigenousLanguageAreFoundByCodeAndByNameInBothLanguages() {
        for (String hakka : List.of("hak", "HAK", "客語", "Hakka", "hakka")) {
            assertEquals(List.of("1009-2"), numbers(null, hakka, null, null, null, null), hakka);
        }
        for (String amis : List.of("ami", "阿美語", "Amis")) {
            assertEquals(List.of("1009-1"), numbers(null, amis, null, null, null, null), amis);
        }
        for (String atayal : List.of("tay", "泰雅語", "Atayal")) {
            assertEquals(List.of("1009-2"), numbers(null, atayal, null, null, null, null), atayal);
        }
        assertEquals(List.of("tao", "tao", "trv", "trv"), List.of("Tao", "達悟語", "Seediq", "賽德克語").stream()
                .map(n -> ProjectQuery.language(n).orElseThrow()).toList(), "either name of a language named twice");
    }

    @Test
    void typeLicenceAndStateMustHoldForTheSameOutput() {
        assertEquals(List.of("1009-1"), numbers(null, null, "DATASET", null, null, null));
        assertEquals(List.of("1009-2"), numbers(null, null, "evaluation", "cc-by-4.0", null, null));
        assertEquals(List.of(), numbers(null, null, "DATASET", "Apache-2.0", null, null),
                "a dataset under CC-BY and a model under Apache are not a dataset under Apache");
        assertEquals(List.of("1009-2"), numbers(null, null, null, null, "PLANNED", null), "the untracked guide");
        assertEquals(List.of("1009-1"), numbers(null, null, null, null, "VERIFIED", null));
        assertEquals(List.of("1009-1"), numbers(null, null, null, null, "checked", null));
        assertEquals(List.of("1009-2"), numbers(null, null, null, null, "NON_COMPLIANT", null));
        assertEquals(List.of("1009-1"), numbers(null, null, "DATASET", null, "VERIFIED", null));
        assertEquals(List.of(), numbers(null, null, "MODEL_WEIGHTS", null, "VERIFIED", null),
                "the verified dataset does not make the checked model verified");
    }

    @Test
    void facetsAreDerivedFromLanguagesOutputsAndTheCall() {
        RegistryProject amis = RegistryFixtures.amis();
        RegistryProject hakka = RegistryFixtures.hakkaAtayal();
        assertEquals(Set.of(PublicAiFacet.ACCESSIBILITY, PublicAiFacet.PUBLIC_INTEREST), amis.facets(),
                "an Indigenous language, every licence open, no evaluation");
        assertEquals(Set.of(PublicAiFacet.ACCESSIBILITY, PublicAiFacet.ACCOUNTABILITY), hakka.facets(),
                "Hakka, an evaluation, a non-commercial guide is not open");
        assertEquals(List.of("1009-2"), numbers(null, null, null, null, null, "accountability"));
    }

    @Test
    void valuesThatMeanNothingAreNamedAndDoNotNarrow() {
        ProjectQuery.Read read = ProjectQuery.read("<script>", "Klingon", "SPACESHIP", "MIT; drop table", "DONE",
                "x".repeat(500));
        assertEquals(List.of("ministry", "language", "outputType", "licence", "state", "facet"), read.ignored());
        assertEquals(ProjectFilter.NONE, read.filter());
        assertEquals(2, read.filter().apply(both).size());
        assertTrue(ProjectQuery.read(" ", "", null, null, null, null).ignored().isEmpty(), "blank is no filter");
    }

    @Test
    void outputsComeFromTheObligationsWithOutputsStatesAndOnlyHttpLinksAreLinks() {
        RegistryProject amis = RegistryFixtures.amis();
        assertEquals(List.of(OutputState.VERIFIED, OutputState.CHECKED),
                amis.outputs().stream().map(RegistryOutput::state).toList());
        assertEquals(List.of(OutputType.DATASET, OutputType.MODEL_WEIGHTS),
                amis.outputs().stream().map(RegistryOutput::type).toList());
        assertTrue(amis.outputs().get(0).linkable());
        assertFalse(amis.outputs().get(1).linkable(), "javascript: is never offered as a link");
        assertEquals(600_000, amis.disbursed(), "the sum of the payments");
        assertEquals(List.of("moc", "moda"), amis.ministries());
        assertEquals(List.of("moda"), amis.coFunders());
    }
}
