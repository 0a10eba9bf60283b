package org.opendividend.registry;

import org.opendividend.awards.boundary.PublicAward;
import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.registry.control.ObligationOutputs;
import org.opendividend.registry.control.RegistryProject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Registry projects for the unit tests (test support, asserts nothing itself): an Amis project of moc and moda with
 * one payment each (its dataset verified, its model checked and reaching MOF class III where II is required), a Hakka
 * and Atayal evaluation of moc and nstc, nothing paid (its benchmark not compliant, its guide not tracked). Licences count as open when they
 * are one of CC-BY-4.0, Apache-2.0, MIT (what outputs' catalogue says of them for these types).
 */
public final class RegistryFixtures {

    private RegistryFixtures() {
    }

    public static RegistryProject amis() {
        return RegistryProject.of(amisAward(), ObligationOutputs.of(amisAward(), List.of(
                new PublicOutput(9001, 0, OutputType.DATASET, "Amis speech",
                        "https://huggingface.co/datasets/demo/od-3401", "CC-BY-4.0", ObligationState.VERIFIED,
                        AMIS_VERIFIED, null, 0),
                new PublicOutput(9001, 1, OutputType.MODEL_WEIGHTS, "Amis recogniser", "javascript:alert(2)",
                        "Apache-2.0", ObligationState.CHECKED, null, 3, 2)), RegistryFixtures::open));
    }

    public static RegistryProject hakkaAtayal() {
        return RegistryProject.of(hakkaAward(), ObligationOutputs.of(hakkaAward(), List.of(
                new PublicOutput(9002, 0, OutputType.EVALUATION, "Benchmark", "https://zenodo.org/records/2",
                        "CC-BY-4.0", ObligationState.NON_COMPLIANT, null, null, 0)), RegistryFixtures::open));
    }

    /** When the Amis dataset was verified. */
    public static final Instant AMIS_VERIFIED = Instant.parse("2026-11-20T07:30:00.123456Z");

    static boolean open(String licence, OutputType type) {
        return Set.of("CC-BY-4.0", "Apache-2.0", "MIT").contains(licence);
    }

    public static PublicAward amisAward() {
        return new PublicAward(9001, "1009-1", 1009, "原住民族語言與客語語音及評測",
                "Speech and evaluation for Indigenous languages and Hakka", Set.of(FocusArea.SPEECH_TECHNOLOGY),
                "阿美語開放語音語料與辨識模型", "Open Amis speech corpus and recogniser", 2401, "阿美語開放語音協會",
                "Amis Open Speech Association", "moc", AwardStatus.ACCEPTED, 1_500_000,
                List.of(new PublicAward.Part("moc", 1_000_000), new PublicAward.Part("moda", 500_000)),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30), Instant.parse("2026-09-01T02:00:00Z"),
                Instant.parse("2026-09-10T02:00:00Z"),
                List.of(new PublicAward.Obligation(OutputType.DATASET, "Amis speech", "CC-BY-4.0",
                                LocalDate.of(2028, 3, 31), "https://huggingface.co/datasets/demo/od-3401", List.of("ami")),
                        new PublicAward.Obligation(OutputType.MODEL_WEIGHTS, "Amis recogniser", "Apache-2.0",
                                LocalDate.of(2028, 6, 30), "javascript:alert(1)", List.of("ami"))),
                List.of(new PublicAward.Paid("moc", LocalDate.of(2026, 11, 10), 400_000,
                                Instant.parse("2026-11-10T07:00:00Z")),
                        new PublicAward.Paid("moda", LocalDate.of(2026, 11, 12), 200_000,
                                Instant.parse("2026-11-12T07:00:00Z"))));
    }

    public static PublicAward hakkaAward() {
        return new PublicAward(9002, "1009-2", 1009, "原住民族語言與客語語音及評測",
                "Speech and evaluation for Indigenous languages and Hakka", Set.of(FocusArea.SPEECH_TECHNOLOGY),
                "客語與泰雅語語音辨識評測基準", "Hakka and Atayal speech recognition benchmark", 2402, "客語評測實驗室",
                "Hakka Evaluation Lab", "moc", AwardStatus.ACCEPTED, 800_000,
                List.of(new PublicAward.Part("moc", 500_000), new PublicAward.Part("nstc", 300_000)),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30), Instant.parse("2026-09-01T02:00:00Z"),
                Instant.parse("2026-09-10T02:00:00Z"),
                List.of(new PublicAward.Obligation(OutputType.EVALUATION, "Benchmark", "CC-BY-4.0",
                                LocalDate.of(2028, 4, 30), "https://zenodo.org/records/1", List.of("hak", "tay")),
                        new PublicAward.Obligation(OutputType.DOCUMENTATION, "Guide", "CC-BY-NC-4.0",
                                LocalDate.of(2028, 4, 30), "https://github.com/demo/guide", List.of("hak"))),
                List.of());
    }
}
