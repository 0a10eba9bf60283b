package org.opendividend.awards.entity;

import org.opendividend.calls.entity.MofClass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an offer says, fixed when it is made: the amount in whole TWD and each ministry's part of it, the project's
 * start and end, by when the owner must answer, the tranches (adding up to the amount), the open-output obligations
 * and the call's output policy they follow (model openness class, release deadline after the end, retained share).
 */
public record OfferTerms(long amount, List<AwardPart> parts, LocalDate startDate, LocalDate endDate,
                         Instant offerDeadline, List<Tranche> tranches, List<Obligation> obligations,
                         MofClass requiredMofClass, int releaseDeadlineMonths, int retentionPercent) {

    public OfferTerms {
        parts = List.copyOf(parts);
        tranches = List.copyOf(tranches);
        obligations = List.copyOf(obligations);
        Objects.requireNonNull(startDate);
        Objects.requireNonNull(endDate);
        Objects.requireNonNull(offerDeadline);
        Objects.requireNonNull(requiredMofClass);
        if (amount <= 0) {
            throw new IllegalArgumentException("an award of a positive amount");
        }
        if (parts.stream().mapToLong(AwardPart::amount).sum() != amount
                || tranches.stream().mapToLong(Tranche::amount).sum() != amount) {
            throw new IllegalArgumentException("parts and tranches must add up to the award exactly");
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("an award ends after it starts");
        }
    }
}
