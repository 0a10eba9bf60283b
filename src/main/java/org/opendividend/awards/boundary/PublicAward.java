package org.opendividend.awards.boundary;

import org.opendividend.awards.entity.AwardStatus;
import org.opendividend.calls.entity.FocusArea;
import org.opendividend.outputs.entity.OutputType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An award as the public may know it (the registry's read record, read through {@link PublicAwards}): only what the
 * fund publishes of an accepted, suspended or terminated award. Never a person (no subjects, names or addresses), no
 * decline reason, no payment reference: the project, its organisation, its call, its money by ministry, what was paid
 * (value date and amount) and the open outputs it is obliged to release.
 */
public record PublicAward(long id, String number, long callId, String callTitleZhTw, String callTitleEn,
                          Set<FocusArea> callFocusAreas, String titleZhTw, String titleEn, long organisationId,
                          String organisationZhTw, String organisationEn, String leadMinistry, AwardStatus status,
                          long amount, List<Part> parts, LocalDate startDate, LocalDate endDate, Instant offeredAt,
                          Instant answeredAt, List<Obligation> obligations, List<Paid> payments) {

    public PublicAward {
        callFocusAreas = Set.copyOf(callFocusAreas);
        parts = List.copyOf(parts);
        obligations = List.copyOf(obligations);
        payments = List.copyOf(payments);
    }

    /** One ministry's part of the award, whole TWD. */
    public record Part(String ministryCode, long amount) {
    }

    /**
     * One open output the award obliges the project to release: type, title, licence (SPDX id), planned release, the
     * link given (where it is or will be) and its languages (ISO 639-3 codes).
     */
    public record Obligation(OutputType type, String title, String licenceId, LocalDate releaseBy, String link,
                             List<String> languages) {
        public Obligation {
            languages = List.copyOf(languages);
        }
    }

    /** One payment made under the award: which ministry paid, its value date and amount (whole TWD). */
    public record Paid(String ministryCode, LocalDate valueDate, long amount, Instant recordedAt) {
    }
}
