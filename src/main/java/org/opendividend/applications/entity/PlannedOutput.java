package org.opendividend.applications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;

/**
 * An open output the project promises: what it is, under which licence from the call's policy, when and where
 * (Hugging Face, GitHub, Zenodo or another address) it will be released, for which languages (ISO 639-3 codes,
 * space-separated).
 */
@Embeddable
public record PlannedOutput(
        @Enumerated(EnumType.STRING) @Column(name = "output_type") OutputType type,
        @Column(name = "title") String title,
        @Column(name = "description") String description,
        @Column(name = "licence_id") String licenceId,
        @Column(name = "planned_release") LocalDate plannedRelease,
        @Column(name = "registry") String registry,
        @Column(name = "languages") String languages) {
}
