package org.opendividend.outputs.control;

import org.opendividend.outputs.control.CheckResult.Check;
import org.opendividend.outputs.control.CheckResult.Verdict;
import org.opendividend.outputs.entity.OutputType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.opendividend.outputs.control.CheckResult.Verdict.FAIL;
import static org.opendividend.outputs.control.CheckResult.Verdict.NOT_APPLICABLE;
import static org.opendividend.outputs.control.CheckResult.Verdict.PASS;
import static org.opendividend.outputs.control.CheckResult.Verdict.WARN;

/**
 * The checks of one registered output against what its registry says (issue #13, item 4), one verdict per
 * {@link Check}, in the order of the enum, each with its message and evidence. Pure: the lookups are made before
 * (by the adapters), so that the same facts always give the same verdicts and the checks are unit-tested without
 * a network.
 * <p>
 * Licence knowledge comes from the {@link LicenceCatalogue}: "open for its type" is its
 * {@link LicenceCatalogue#refusalReasons refusal}, so code needs an OSI or FSF approved licence, data and weights an
 * Open Definition conformant one, documentation CC BY, CC BY-SA or CC0, and RAIL and Llama-style licences fail with
 * the catalogue's reasons (use restrictions, user threshold).
 */
public class OutputChecks {

    public static final String PREFIX = "outputs.check.";

    private final LicenceCatalogue catalogue;

    public OutputChecks(LicenceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @param output       the registered output
     * @param lookup       what its registry said
     * @param preservation for code, what Software Heritage said of its SWHID; null when none was registered
     * @param today        the day of the check (Asia/Taipei), for embargoes
     */
    public List<CheckResult> check(OutputUnderCheck output, RegistryLookup lookup, RegistryLookup preservation,
            LocalDate today) {
        List<CheckResult> results = new ArrayList<>();
        results.add(resolvable(lookup));
        if (lookup.status() != RegistryLookup.Status.FOUND) {
            for (Check check : Check.values()) {
                if (check != Check.RESOLVABLE) {
                    results.add(CheckResult.of(check, NOT_APPLICABLE, PREFIX + "unresolved", null, null));
                }
            }
            return List.copyOf(results);
        }
        RegistryFacts facts = lookup.facts();
        results.add(isPublic(facts, output.dueDate(), today));
        CheckResult declared = licenceDeclared(facts);
        results.add(declared);
        Optional<LicenceClassification> found = declared.verdict() == PASS
                ? catalogue.classify(facts.licence()) : Optional.empty();
        results.add(spdx(facts, declared, found));
        results.add(consistent(output, facts, found));
        results.add(openForType(output.type(), facts, found));
        results.add(pinned(output, facts));
        results.add(grantLinked(output, facts));
        results.add(languages(output, facts));
        results.add(preserved(output.type(), preservation));
        return List.copyOf(results);
    }

    private static CheckResult resolvable(RegistryLookup lookup) {
        return switch (lookup.status()) {
            case FOUND -> CheckResult.of(Check.RESOLVABLE, PASS, PREFIX + "resolvable.pass", "id", lookup.facts().id(),
                    lookup.facts().id());
            case NOT_FOUND -> CheckResult.of(Check.RESOLVABLE, FAIL, lookup.reasonKey(), null, null);
            case REFUSED -> CheckResult.of(Check.RESOLVABLE, FAIL, lookup.reasonKey(), null, null);
            case UNREACHABLE -> CheckResult.of(Check.RESOLVABLE, WARN, lookup.reasonKey(), null, null);
        };
    }

    private static CheckResult isPublic(RegistryFacts facts, LocalDate dueDate, LocalDate today) {
        if (facts.privateRepo()) {
            return CheckResult.of(Check.PUBLIC, FAIL, PREFIX + "public.private", "private", "true");
        }
        if (facts.disabled()) {
            return CheckResult.of(Check.PUBLIC, FAIL, PREFIX + "public.disabled", "disabled", "true");
        }
        if (facts.gated() != null) {
            return CheckResult.of(Check.PUBLIC, FAIL, PREFIX + "public.gated", "gated", facts.gated());
        }
        String access = facts.accessRight();
        if (access == null || access.equals("open")) {
            return access == null
                    ? CheckResult.of(Check.PUBLIC, PASS, PREFIX + "public.pass", "private", "false")
                    : CheckResult.of(Check.PUBLIC, PASS, PREFIX + "public.pass", "metadata.access_right", access);
        }
        if (access.equals("embargoed")) {
            LocalDate until = facts.embargoDate();
            String value = until == null ? "embargoed" : until.toString();
            if (until == null || dueDate != null && until.isAfter(dueDate)) {
                return CheckResult.of(Check.PUBLIC, FAIL, PREFIX + "public.embargoAfterDue", "metadata.embargo_date",
                        value, value, dueDate == null ? "" : dueDate.toString());
            }
            return until.isAfter(today)
                    ? CheckResult.of(Check.PUBLIC, WARN, PREFIX + "public.embargoUntil", "metadata.embargo_date",
                            value, value)
                    : CheckResult.of(Check.PUBLIC, PASS, PREFIX + "public.pass", "metadata.embargo_date", value);
        }
        return CheckResult.of(Check.PUBLIC, FAIL, PREFIX + "public.restricted", "metadata.access_right", access, access);
    }

    private static CheckResult licenceDeclared(RegistryFacts facts) {
        if (facts.registry() == Registry.SOFTWARE_HERITAGE) {
            return CheckResult.of(Check.LICENCE_DECLARED, NOT_APPLICABLE, PREFIX + "licence.archive", null, null);
        }
        String licence = facts.licence();
        if (licence == null || licence.isBlank()) {
            return facts.licenceFile() != null
                    ? CheckResult.of(Check.LICENCE_DECLARED, FAIL, PREFIX + "licence.onlyFile", "licence file",
                            facts.licenceFile(), facts.licenceFile())
                    : CheckResult.of(Check.LICENCE_DECLARED, FAIL, PREFIX + "licence.missing", null, null);
        }
        if (licence.equalsIgnoreCase("NOASSERTION")) {
            return CheckResult.of(Check.LICENCE_DECLARED, FAIL, PREFIX + "licence.noAssertion", facts.licenceField(),
                    licence);
        }
        return CheckResult.of(Check.LICENCE_DECLARED, PASS, PREFIX + "licence.declared", facts.licenceField(), licence,
                licence);
    }

    private static CheckResult spdx(RegistryFacts facts, CheckResult declared,
            Optional<LicenceClassification> found) {
        if (declared.verdict() != PASS) {
            return CheckResult.of(Check.SPDX, NOT_APPLICABLE, PREFIX + "spdx.nothing", null, null);
        }
        String seen = facts.licence();
        if (found.isEmpty()) {
            return CheckResult.of(Check.SPDX, FAIL, PREFIX + "spdx.unknown", facts.licenceField(), seen, seen);
        }
        String id = found.get().id();
        if (id.equalsIgnoreCase("other")) {
            String name = facts.licenceName() == null ? "" : facts.licenceName();
            String link = facts.licenceLink() == null ? "" : facts.licenceLink();
            return CheckResult.of(Check.SPDX, FAIL, PREFIX + "spdx.other", "cardData.license_name", name, name, link);
        }
        if (!spdxListed(id)) {
            return CheckResult.of(Check.SPDX, FAIL, PREFIX + "spdx.notListed", facts.licenceField(), seen, seen);
        }
        return CheckResult.of(Check.SPDX, PASS, PREFIX + "spdx.pass", facts.licenceField(), seen, seen, id);
    }

    /** Whether SPDX lists the canonical identifier (the curated Hugging Face identifiers are not listed). */
    static boolean spdxListed(String canonicalId) {
        return CuratedLicences.UNLISTED.stream().noneMatch(u -> u.id().equalsIgnoreCase(canonicalId));
    }

    private CheckResult consistent(OutputUnderCheck output, RegistryFacts facts,
            Optional<LicenceClassification> found) {
        if (found.isEmpty()) {
            return CheckResult.of(Check.CONSISTENT, NOT_APPLICABLE, PREFIX + "spdx.nothing", null, null);
        }
        String id = found.get().id();
        String declared = output.declaredLicence() == null ? "" : output.declaredLicence();
        Optional<String> declaredId = catalogue.classify(declared).map(LicenceClassification::id);
        if (declaredId.isEmpty() || !declaredId.get().equals(id)) {
            return CheckResult.of(Check.CONSISTENT, FAIL, PREFIX + "consistent.mismatch", facts.licenceField(),
                    facts.licence(), declared, id);
        }
        if (!output.allowedLicences().isEmpty()
                && output.allowedLicences().stream().noneMatch(allowed -> allowed.equalsIgnoreCase(id))) {
            return CheckResult.of(Check.CONSISTENT, FAIL, PREFIX + "consistent.notAllowedByCall", facts.licenceField(),
                    facts.licence(), id);
        }
        return CheckResult.of(Check.CONSISTENT, PASS, PREFIX + "consistent.pass", facts.licenceField(),
                facts.licence(), id);
    }

    private CheckResult openForType(OutputType type, RegistryFacts facts, Optional<LicenceClassification> found) {
        if (found.isEmpty()) {
            return CheckResult.of(Check.OPEN_FOR_TYPE, NOT_APPLICABLE, PREFIX + "spdx.nothing", null, null);
        }
        String id = found.get().id();
        List<String> reasons = catalogue.refusalReasons(id, type);
        if (reasons.isEmpty()) {
            return CheckResult.of(Check.OPEN_FOR_TYPE, PASS, PREFIX + "open.pass", facts.licenceField(),
                    facts.licence(), id);
        }
        return CheckResult.of(Check.OPEN_FOR_TYPE, FAIL, PREFIX + "open.fail", facts.licenceField(), facts.licence(),
                id).withReasons(reasons);
    }

    private static CheckResult pinned(OutputUnderCheck output, RegistryFacts facts) {
        String registered = output.registeredRevision() == null ? "" : output.registeredRevision().trim();
        return switch (facts.registry()) {
            case SOFTWARE_HERITAGE -> CheckResult.of(Check.PINNED, PASS, PREFIX + "pinned.swhid", "object_id",
                    facts.revision(), facts.id());
            case ZENODO -> {
                boolean registeredConcept = facts.conceptDoi() != null && (registered.equalsIgnoreCase(facts.conceptDoi())
                        || output.url() != null && output.url().toLowerCase(Locale.ROOT)
                                .endsWith(facts.conceptDoi().toLowerCase(Locale.ROOT)));
                if (registeredConcept) {
                    yield CheckResult.of(Check.PINNED, FAIL, PREFIX + "pinned.conceptDoi", "conceptdoi",
                            facts.conceptDoi(), facts.conceptDoi(), facts.revision() == null ? "" : facts.revision());
                }
                yield facts.revision() == null
                        ? CheckResult.of(Check.PINNED, FAIL, PREFIX + "pinned.missing", null, null)
                        : CheckResult.of(Check.PINNED, PASS, PREFIX + "pinned.pass", "doi", facts.revision(),
                                facts.revision());
            }
            case GITHUB -> {
                if (facts.revision() != null) {
                    yield CheckResult.of(Check.PINNED, PASS, PREFIX + "pinned.pass", facts.revisionField(),
                            facts.revision(), facts.revision());
                }
                yield registered.matches("[0-9a-f]{40}")
                        ? CheckResult.of(Check.PINNED, PASS, PREFIX + "pinned.pass", "commit", registered, registered)
                        : CheckResult.of(Check.PINNED, FAIL,
                                registered.isEmpty() ? PREFIX + "pinned.missing" : PREFIX + "pinned.tagUnknown",
                                null, null, registered);
            }
            case HUGGING_FACE -> {
                if (!registered.matches("[0-9a-f]{40}")) {
                    yield CheckResult.of(Check.PINNED, FAIL, PREFIX + "pinned.missing", "sha", facts.revision());
                }
                yield registered.equals(facts.revision())
                        ? CheckResult.of(Check.PINNED, PASS, PREFIX + "pinned.pass", "sha", facts.revision(), registered)
                        : CheckResult.of(Check.PINNED, WARN, PREFIX + "pinned.moved", "sha",
                                facts.revision() == null ? "" : facts.revision(), registered);
            }
        };
    }

    private static CheckResult grantLinked(OutputUnderCheck output, RegistryFacts facts) {
        if (facts.registry() != Registry.ZENODO) {
            return CheckResult.of(Check.GRANT_LINKED, NOT_APPLICABLE, PREFIX + "grant.noFundingMetadata", null, null);
        }
        String award = output.awardNumber() == null ? "" : output.awardNumber().trim();
        boolean linked = !award.isEmpty() && facts.grantCodes().stream()
                .anyMatch(code -> code.equalsIgnoreCase(award) || code.toLowerCase(Locale.ROOT)
                        .endsWith("::" + award.toLowerCase(Locale.ROOT)));
        String seen = String.join(", ", facts.grantCodes());
        return linked
                ? CheckResult.of(Check.GRANT_LINKED, PASS, PREFIX + "grant.pass", "metadata.grants", seen, award)
                : CheckResult.of(Check.GRANT_LINKED, FAIL, PREFIX + "grant.missing", "metadata.grants", seen, award);
    }

    private static CheckResult languages(OutputUnderCheck output, RegistryFacts facts) {
        if (output.requiredLanguages().isEmpty()) {
            return CheckResult.of(Check.LANGUAGES, NOT_APPLICABLE, PREFIX + "languages.noneRequired", null, null);
        }
        if (facts.registry() == Registry.GITHUB || facts.registry() == Registry.SOFTWARE_HERITAGE) {
            return CheckResult.of(Check.LANGUAGES, NOT_APPLICABLE, PREFIX + "languages.noMetadata", null, null);
        }
        String field = facts.registry() == Registry.ZENODO ? "metadata.language" : "cardData.language";
        String seen = String.join(", ", facts.languages());
        if (facts.languages().isEmpty()) {
            return CheckResult.of(Check.LANGUAGES, FAIL, PREFIX + "languages.none", field, null,
                    String.join(", ", output.requiredLanguages()));
        }
        Set<String> present = new LinkedHashSet<>();
        facts.languages().forEach(code -> present.add(normalise(code)));
        List<String> missing = output.requiredLanguages().stream().filter(code -> !present.contains(normalise(code)))
                .toList();
        return missing.isEmpty()
                ? CheckResult.of(Check.LANGUAGES, PASS, PREFIX + "languages.pass", field, seen, seen)
                : CheckResult.of(Check.LANGUAGES, FAIL, PREFIX + "languages.missing", field, seen,
                        String.join(", ", missing));
    }

    /** ISO 639-1 codes as their 639-3 equivalents, so that "zh" and "zho" (or "zh-TW") match. */
    private static final Map<String, String> TWO_TO_THREE = Map.of(
            "zh", "zho", "en", "eng", "ja", "jpn", "ko", "kor", "vi", "vie", "id", "ind", "th", "tha",
            "ms", "msa", "tl", "tgl", "fr", "fra");

    static String normalise(String code) {
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]")[0];
        if (primary.equals("chi")) {
            return "zho";
        }
        return TWO_TO_THREE.getOrDefault(primary, primary);
    }

    private static CheckResult preserved(OutputType type, RegistryLookup preservation) {
        if (type != OutputType.CODE) {
            return CheckResult.of(Check.PRESERVED, NOT_APPLICABLE, PREFIX + "preserved.notCode", null, null);
        }
        if (preservation == null) {
            return CheckResult.of(Check.PRESERVED, FAIL, PREFIX + "preserved.noSwhid", null, null);
        }
        return switch (preservation.status()) {
            case FOUND -> CheckResult.of(Check.PRESERVED, PASS, PREFIX + "preserved.pass", "object_type",
                    preservation.facts().objectType(), preservation.facts().id());
            case NOT_FOUND -> CheckResult.of(Check.PRESERVED, FAIL, PREFIX + "preserved.notArchived", null, null);
            case REFUSED -> CheckResult.of(Check.PRESERVED, FAIL, preservation.reasonKey(), null, null);
            case UNREACHABLE -> CheckResult.of(Check.PRESERVED, WARN, preservation.reasonKey(), null, null);
        };
    }
}
