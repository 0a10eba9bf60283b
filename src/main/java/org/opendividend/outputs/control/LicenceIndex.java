package org.opendividend.outputs.control;

import org.opendividend.outputs.control.SpdxLicenceList.SpdxLicence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every licence the fund knows, classified once, found by any of its spellings. Immutable after it is built, so
 * any number of threads may read it.
 */
final class LicenceIndex {

    private final String spdxVersion;
    private final Map<String, LicenceClassification> byKey;
    private final List<LicenceClassification> all;

    private LicenceIndex(String spdxVersion, Map<String, LicenceClassification> byKey,
            List<LicenceClassification> all) {
        this.spdxVersion = spdxVersion;
        this.byKey = Map.copyOf(byKey);
        this.all = List.copyOf(all);
    }

    static LicenceIndex build(SpdxLicenceList.Contents spdx) {
        Map<String, LicenceClassification> byKey = new HashMap<>();
        List<LicenceClassification> all = new ArrayList<>();
        for (SpdxLicence licence : spdx.licences()) {
            add(classify(licence), byKey, all);
        }
        // SPDX comes first: should a later list take up one of these, its spelling and its facts win
        for (CuratedLicences.Unlisted licence : CuratedLicences.UNLISTED) {
            if (!byKey.containsKey(CuratedLicences.key(licence.id()))) {
                add(classify(licence), byKey, all);
            }
        }
        CuratedLicences.ALIASES.forEach((alias, target) -> {
            LicenceClassification licence = byKey.get(CuratedLicences.key(target));
            if (licence != null) {
                byKey.putIfAbsent(alias, licence);
            }
        });
        all.sort(Comparator.comparing(LicenceClassification::id, String.CASE_INSENSITIVE_ORDER));
        return new LicenceIndex(spdx.version(), byKey, all);
    }

    private static void add(LicenceClassification licence, Map<String, LicenceClassification> byKey,
            List<LicenceClassification> all) {
        if (byKey.putIfAbsent(CuratedLicences.key(licence.id()), licence) == null) {
            all.add(licence);
        }
    }

    private static LicenceClassification classify(SpdxLicence licence) {
        String id = licence.id();
        boolean openDefinition = CuratedLicences.openDefinition(id);
        List<String> against = CuratedLicences.reasonsAgainst(id);
        boolean approved = licence.osiApproved() || licence.fsfLibre() || openDefinition
                || CuratedLicences.recognisedOpenData(id);
        boolean open = approved && against.isEmpty();
        List<String> reasons = new ArrayList<>();
        if (!open) {
            reasons.addAll(against.isEmpty() ? List.of(LicenceReasons.NOT_APPROVED) : against);
        }
        if (licence.deprecated()) {
            reasons.add(LicenceReasons.DEPRECATED);
        }
        return new LicenceClassification(id, licence.name(), licence.osiApproved(), licence.fsfLibre(),
                openDefinition, licence.deprecated(), open, CuratedLicences.kindOf(id).appropriateFor(), reasons);
    }

    private static LicenceClassification classify(CuratedLicences.Unlisted licence) {
        return new LicenceClassification(licence.id(), licence.name(), false, false, false, false, false,
                licence.kind().appropriateFor(), licence.reasonsAgainst());
    }

    /**
     * The licence by any spelling: ignoring case and surrounding blanks, with blanks and underscores inside read
     * as hyphens ({@code "CC BY 4.0"} is {@code CC-BY-4.0}).
     */
    Optional<LicenceClassification> find(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String key = id.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every licence once, sorted by identifier ignoring case. */
    List<LicenceClassification> all() {
        return all;
    }

    String spdxVersion() {
        return spdxVersion;
    }
}
