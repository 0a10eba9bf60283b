package org.opendividend.outputs.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.opendividend.outputs.entity.OutputType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The licence knowledge base: which licences the fund counts as open, and for which outputs.
 * <p>
 * Built on the SPDX licence list shipped in the {@code java-spdx-library} jar (read offline, see
 * {@link SpdxLicenceList}), with a curated table ({@link CuratedLicences}) for what SPDX does not record: Open
 * Definition conformance, the AI model licences registries use (RAIL, Llama, Gemma, "other"), and the identifiers
 * of Hugging Face and of the Open Knowledge Foundation's list.
 * <p>
 * A licence is open when the Open Source Initiative approved it, the Free Software Foundation counts it as free,
 * it conforms to the Open Definition, or it is one of the open data licences the fund recognises (CDLA) &mdash;
 * and nothing in it restricts commercial use, derivatives or fields of use. Whether it suits an output type
 * depends on what it is written for (see {@link LicenceKind}): software licences such as MIT suit code, model
 * weights and evaluation, not datasets or documentation.
 * <p>
 * The list is read once per class loader on first use (about half a second) and never changes afterwards, so
 * the catalogue is safe for any number of threads; {@code new LicenceCatalogue()} works the same in unit tests.
 */
@ApplicationScoped
public class LicenceCatalogue {

    private static final Logger LOG = Logger.getLogger(LicenceCatalogue.class.getName());

    /** Read on first use, by the JVM's class initialisation, which is thread-safe and happens once. */
    private static final class Loaded {
        static final LicenceIndex INDEX = load();

        private static LicenceIndex load() {
            LicenceIndex index = LicenceIndex.build(SpdxLicenceList.read());
            LOG.info(() -> "licence knowledge base ready: SPDX licence list " + index.spdxVersion() + " (offline), "
                    + index.all().size() + " licences");
            return index;
        }
    }

    private static LicenceIndex index() {
        return Loaded.INDEX;
    }

    /** The licence by its SPDX, Hugging Face or Open Knowledge Foundation identifier, in any case. */
    public Optional<LicenceClassification> classify(String id) {
        return index().find(id);
    }

    /**
     * The licences a funded output of this type may use, for pickers, sorted by identifier ignoring case.
     * Deprecated SPDX identifiers are left out, so that new choices use the current ones; they remain allowed.
     */
    public List<LicenceClassification> openLicencesFor(OutputType type) {
        Objects.requireNonNull(type, "type");
        return index().all().stream().filter(l -> l.allowedFor(type) && !l.deprecated()).toList();
    }

    /** The canonical identifiers offered first for this type, in order of preference. */
    public List<String> defaultsFor(OutputType type) {
        return LicenceDefaults.of(Objects.requireNonNull(type, "type"));
    }

    /**
     * Why a licence may not be used for an output type: empty when allowed; else message keys (unknown id, not open
     * + reasons, not appropriate for the type).
     */
    public List<String> refusalReasons(String id, OutputType type) {
        Objects.requireNonNull(type, "type");
        Optional<LicenceClassification> found = classify(id);
        if (found.isEmpty()) {
            return List.of(LicenceReasons.UNKNOWN_ID);
        }
        LicenceClassification licence = found.get();
        if (!licence.open()) {
            List<String> reasons = new ArrayList<>();
            reasons.add(LicenceReasons.NOT_OPEN);
            licence.reasonKeys().stream().filter(key -> !LicenceReasons.isNote(key)).forEach(reasons::add);
            return List.copyOf(reasons);
        }
        if (!licence.appropriateFor().contains(type)) {
            return List.of(LicenceReasons.notAppropriateFor(type));
        }
        return List.of();
    }

    /** The version of the SPDX licence list in use, e.g. {@code 3.20}. */
    public String spdxListVersion() {
        return index().spdxVersion();
    }
}
