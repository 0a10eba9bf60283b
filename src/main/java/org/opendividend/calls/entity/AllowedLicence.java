package org.opendividend.calls.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.opendividend.outputs.entity.OutputType;

import java.util.Objects;

/** One licence a call allows for one type of output. */
@Embeddable
public class AllowedLicence {

    @Enumerated(EnumType.STRING)
    @Column(name = "output_type", nullable = false)
    private OutputType outputType;

    @Column(name = "licence_id", nullable = false)
    private String licenceId;

    protected AllowedLicence() {
    }

    public AllowedLicence(OutputType outputType, String licenceId) {
        this.outputType = Objects.requireNonNull(outputType);
        this.licenceId = Objects.requireNonNull(licenceId);
    }

    public OutputType outputType() {
        return outputType;
    }

    public String licenceId() {
        return licenceId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AllowedLicence other && outputType == other.outputType && licenceId.equals(other.licenceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outputType, licenceId);
    }
}
