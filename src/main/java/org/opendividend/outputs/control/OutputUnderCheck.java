package org.opendividend.outputs.control;

import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A registered output as the checks need it.
 *
 * @param type               what it is
 * @param url                the registered address
 * @param registeredRevision the revision, commit, tag or version DOI the grantee registered; null if none
 * @param declaredLicence    the SPDX identifier the grantee declared
 * @param allowedLicences    the canonical licence identifiers the call allows for this type; empty: every licence
 *                           the fund counts as open for the type
 * @param requiredLanguages  the award's target languages (ISO 639 codes, e.g. {@code hak}, {@code ami}, {@code zh})
 * @param awardNumber        the award the output is funded by
 * @param dueDate            when the output is due to be public
 */
public record OutputUnderCheck(OutputType type, String url, String registeredRevision, String declaredLicence,
        Set<String> allowedLicences, List<String> requiredLanguages, String awardNumber, LocalDate dueDate) {

    public OutputUnderCheck {
        Objects.requireNonNull(type, "type");
        allowedLicences = allowedLicences == null ? Set.of() : Set.copyOf(allowedLicences);
        requiredLanguages = requiredLanguages == null ? List.of() : List.copyOf(requiredLanguages);
    }
}
