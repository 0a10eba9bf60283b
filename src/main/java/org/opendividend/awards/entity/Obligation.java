package org.opendividend.awards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;

/**
 * An open output the award obliges the project to release, copied from the application's planned outputs and the
 * call's licence policy when offered: what it is, under which licence (and which licences the call allows for its
 * type), by when (the planned release, never later than the call's release deadline after the project's end), where
 * and for which languages.
 */
@Embeddable
public record Obligation(
        @Enumerated(EnumType.STRING) @Column(name = "output_type") OutputType type,
        @Column(name = "title") String title,
        @Column(name = "licence_id") String licenceId,
        @Column(name = "allowed_licences") String allowedLicences,
        @Column(name = "release_by") LocalDate releaseBy,
        @Column(name = "registry") String registry,
        @Column(name = "languages") String languages) {
}
