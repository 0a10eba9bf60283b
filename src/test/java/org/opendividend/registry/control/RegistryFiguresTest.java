package org.opendividend.registry.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.registry.RegistryFixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryFiguresTest {

    private final RegistryFigures figures = RegistryFigures.of(List.of(RegistryFixtures.amis(),
            RegistryFixtures.hakkaAtayal()));

    @Test
    void moneyByMinistryAddsEachMinistrysPartsAndPayments() {
        assertEquals(List.of(new RegistryFigures.Money("moc", 1_500_000, 400_000),
                new RegistryFigures.Money("moda", 500_000, 200_000),
                new RegistryFigures.Money("nstc", 300_000, 0)), figures.byMinistry());
    }

    @Test
    void moneyByLanguageCountsAProjectInFullUnderEachOfItsLanguages() {
        assertEquals(List.of(new RegistryFigures.Money("ami", 1_500_000, 600_000),
                new RegistryFigures.Money("hak", 800_000, 0),
                new RegistryFigures.Money("tay", 800_000, 0)), figures.byLanguage());
    }

    @Test
    void opennessByOutputTypeCountsOutputsOpenLicencesAndVerifiedOnes() {
        assertEquals(List.of(new RegistryFigures.Openness(OutputType.MODEL_WEIGHTS, 1, 1, 0),
                new RegistryFigures.Openness(OutputType.DATASET, 1, 1, 1),
                new RegistryFigures.Openness(OutputType.DOCUMENTATION, 1, 0, 0),
                new RegistryFigures.Openness(OutputType.EVALUATION, 1, 1, 0)), figures.byOutputType());
    }

    @Test
    void noProjectsNoFigures() {
        RegistryFigures none = RegistryFigures.of(List.of());
        assertTrue(none.byMinistry().isEmpty() && none.byLanguage().isEmpty() && none.byOutputType().isEmpty());
    }

    @Test
    void theChartCarriesTheSameFiguresAsTheTable() {
        String chart = ChartJson.bar(List.of("moc", "moda"), List.of(new ChartJson.Series("Awarded",
                List.of(1_500_000L, 500_000L), "#1f5f8b")));
        assertTrue(chart.contains("\"type\":\"bar\""), chart);
        assertTrue(chart.contains("\"labels\":[\"moc\",\"moda\"]"), chart);
        assertTrue(chart.contains("\"data\":[1500000,500000]"), chart);
    }
}
