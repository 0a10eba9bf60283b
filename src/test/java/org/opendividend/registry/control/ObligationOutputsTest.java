package org.opendividend.registry.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.registry.RegistryFixtures;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry's outputs: the award's obligations joined by position with what outputs tracks of them. */
class ObligationOutputsTest {

    @Test
    void aVerifiedOutputShowsVerifiedWithItsTimeLicenceAndLink() {
        RegistryOutput dataset = RegistryFixtures.amis().outputs().get(0);
        assertEquals(OutputState.VERIFIED, dataset.state());
        assertEquals(RegistryFixtures.AMIS_VERIFIED, dataset.verifiedAt());
        assertEquals("CC-BY-4.0", dataset.licence());
        assertTrue(dataset.openLicence());
        assertEquals("https://huggingface.co/datasets/demo/od-3401", dataset.link());
        assertNull(dataset.mofClass(), "a dataset has no MOF class");
        assertEquals("", dataset.mofReached());
    }

    @Test
    void aModelShowsTheMofClassItReachesAndTheOneRequired() {
        RegistryOutput model = RegistryFixtures.amis().outputs().get(1);
        assertEquals(OutputState.CHECKED, model.state());
        assertNull(model.verifiedAt(), "only a verified output has a verification time");
        assertEquals(3, model.mofClass());
        assertEquals("III", model.mofReached());
        assertEquals("II", model.mofRequired());
        assertNull(model.link(), "a registered javascript: address is no link, and the planned one does not stand in");
        assertFalse(model.linkable());
    }

    @Test
    void anUntrackedObligationIsPlannedWithItsPlannedLicenceAndANonCompliantOneSaysSo() {
        List<RegistryOutput> hakka = RegistryFixtures.hakkaAtayal().outputs();
        assertEquals(OutputState.NON_COMPLIANT, hakka.get(0).state());
        assertEquals("https://zenodo.org/records/2", hakka.get(0).link(), "the registered link replaces the planned");
        assertEquals(OutputState.PLANNED, hakka.get(1).state());
        assertEquals("CC-BY-NC-4.0", hakka.get(1).licence());
        assertFalse(hakka.get(1).openLicence());
        assertEquals("https://github.com/demo/guide", hakka.get(1).link());
        assertEquals(List.of(0, 1), hakka.stream().map(RegistryOutput::position).toList());
    }

    @Test
    void theRegisteredLicenceIsShownAndJudgedForOpennessOnceRegistered() {
        List<RegistryOutput> outputs = ObligationOutputs.of(RegistryFixtures.hakkaAward(), List.of(
                new PublicOutput(9002, 1, OutputType.DOCUMENTATION, "Guide", "http://example.org/guide", "CC-BY-4.0",
                        ObligationState.REGISTERED, null, null, 0)), (licence, type) -> licence.equals("CC-BY-4.0"));
        assertEquals(OutputState.PLANNED, outputs.get(0).state(), "position 0 is not tracked");
        assertEquals(OutputState.REGISTERED, outputs.get(1).state());
        assertEquals("CC-BY-4.0", outputs.get(1).licence());
        assertTrue(outputs.get(1).openLicence());
        assertEquals("http://example.org/guide", outputs.get(1).link());
    }
}
