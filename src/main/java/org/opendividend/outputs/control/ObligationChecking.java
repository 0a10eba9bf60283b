package org.opendividend.outputs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendividend.outputs.entity.TrackedObligation;
import org.opendividend.outputs.entity.StoredCheck;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the automated checks of one registered output against its registry ({@link RegistryReader},
 * {@link OutputChecks}) and gives them as stored: the address and revision registered, and for code the SWHID given as
 * its persistent identifier for the preservation check. The registries' addresses come from {@link #settings()}
 * (MicroProfile Config, the README's configuration table); the integration tests replace this bean to point them at
 * fakes on loopback. Never throws for a registry's answer: what cannot be read is a check's verdict.
 */
@ApplicationScoped
public class ObligationChecking {

    @Inject
    LicenceCatalogue catalogue;

    /** Where the registries answer: read once per run, so that a changed setting applies to the next one. */
    protected RegistrySettings settings() {
        return RegistrySettings.fromConfig();
    }

    public List<StoredCheck> run(TrackedObligation obligation, LocalDate today) {
        RegistryReader reader = new RegistryReader(new RegistryHttp(settings()));
        RegistryLookup lookup = reader.read(obligation.url(), obligation.revision());
        String identifier = obligation.identifier() == null ? "" : obligation.identifier().strip();
        RegistryLookup preservation = identifier.startsWith("swh:") ? reader.read(identifier, null) : null;
        OutputUnderCheck output = new OutputUnderCheck(obligation.type(), obligation.url(), obligation.revision(),
                obligation.declaredLicence(), split(obligation.allowedLicences()),
                List.copyOf(split(obligation.languages())), obligation.awardNumber(), obligation.releaseBy());
        return new OutputChecks(catalogue).check(output, lookup, preservation, today).stream()
                .map(ObligationChecking::stored).toList();
    }

    static StoredCheck stored(CheckResult result) {
        return new StoredCheck(result.check().name(), result.verdict().name(), result.messageKey(),
                cut(String.join("\n", result.arguments()), 4000), cut(String.join("\n", result.reasonKeys()), 2000),
                cut(result.evidenceField(), 200), cut(result.evidenceValue(), 1000));
    }

    /** A list the awards wrote as "a, b" (licences, languages). */
    static Set<String> split(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
