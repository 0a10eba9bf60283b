package org.opendividend.outputs.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.opendividend.outputs.control.LicenceReasons.CUSTOM_TERMS;
import static org.opendividend.outputs.control.LicenceReasons.FAMILY;
import static org.opendividend.outputs.control.LicenceReasons.NON_COMMERCIAL;
import static org.opendividend.outputs.control.LicenceReasons.NO_DERIVATIVES;
import static org.opendividend.outputs.control.LicenceReasons.RESEARCH_ONLY;
import static org.opendividend.outputs.control.LicenceReasons.UNSTATED;
import static org.opendividend.outputs.control.LicenceReasons.USER_THRESHOLD;
import static org.opendividend.outputs.control.LicenceReasons.USE_RESTRICTIONS;

/**
 * What the SPDX list does not say and the fund must: Open Definition conformance, which licences are written for
 * data or content rather than software, the licences of AI models that registries use but SPDX does not list,
 * why those are not open, and the other spellings registries use for SPDX licences.
 * Identifiers here are compared ignoring case; a table entry naming no licence is caught by the unit tests.
 */
final class CuratedLicences {

    /** A licence that registries use but the SPDX list does not have. */
    record Unlisted(String id, String name, LicenceKind kind, List<String> reasonsAgainst) {
    }

    /**
     * Conformant with the Open Definition: the licences with od_conformance "approved" in the list behind
     * opendefinition.org/licenses (github.com/okfn/licenses, licenses.csv), in SPDX spelling. That list names the
     * 4.0 versions of CC BY and CC BY-SA; its licence pages cover those licences as such, so every version and
     * national port of CC BY and CC BY-SA counts as well (see {@link #CC_BY_OR_BY_SA}).
     */
    private static final Set<String> OPEN_DEFINITION = lowerCase(Set.of(
            "CC0-1.0", "PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "LAL-1.3", "GFDL-1.3-no-invariants-only",
            "GFDL-1.3-no-invariants-or-later", "OGL-UK-2.0", "OGL-UK-3.0", "OGL-Canada-2.0", "OGDL-Taiwan-1.0",
            "DL-DE-BY-2.0", "MirOS"));

    /** CC BY and CC BY-SA in any version or port; the NC and ND variants do not match. */
    private static final Pattern CC_BY_OR_BY_SA = Pattern.compile("cc-by(-sa)?-\\d.*");

    /**
     * Open data licences that neither the OSI, the FSF nor the Open Definition has reviewed, and that the fund
     * recognises as open because it names them among its defaults for data (the Community Data License
     * Agreements of the Linux Foundation, cdla.dev: no restriction on use, sharing or results).
     */
    private static final Set<String> RECOGNISED_OPEN_DATA = lowerCase(Set.of(
            "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0"));

    private static final Set<String> DATA = lowerCase(Set.of(
            "PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0",
            "OGDL-Taiwan-1.0", "DL-DE-BY-2.0", "NLOD-1.0", "NLOD-2.0", "etalab-2.0", "C-UDA-1.0", "O-UDA-1.0"));
    private static final Set<String> DATA_AND_CONTENT = lowerCase(Set.of(
            "OGL-UK-1.0", "OGL-UK-2.0", "OGL-UK-3.0", "OGL-Canada-2.0"));
    private static final Pattern CONTENT = Pattern.compile("(gfdl|lal)-.*");
    private static final String PUBLIC_DOMAIN = "cc0-1.0";

    /** SPDX-listed licences that are not open for a reason more telling than "nobody approved it". */
    private static final Map<String, List<String>> LISTED_BUT_RESTRICTED = lowerCaseKeys(Map.of(
            "PolyForm-Noncommercial-1.0.0", List.of(NON_COMMERCIAL),
            "C-UDA-1.0", List.of(USE_RESTRICTIONS),
            "Hippocratic-2.1", List.of(USE_RESTRICTIONS)));

    /**
     * Licences from the Hugging Face licence list (huggingface.co/docs/hub/repositories-licenses, and the
     * identifiers it added later for Llama 3 and 4) that SPDX does not list, with the reasons they are not open:
     * RAIL licences and the Llama and Gemma terms restrict the uses of the model; Llama also needs a separate
     * licence from Meta for services with more than 700 million monthly users; the family names say no version.
     */
    static final List<Unlisted> UNLISTED = List.of(
            new Unlisted("openrail", "OpenRAIL licence family", LicenceKind.MODEL, List.of(USE_RESTRICTIONS, FAMILY)),
            new Unlisted("openrail++", "Open RAIL++-M License", LicenceKind.MODEL, List.of(USE_RESTRICTIONS)),
            new Unlisted("bigscience-openrail-m", "BigScience OpenRAIL-M", LicenceKind.MODEL, List.of(USE_RESTRICTIONS)),
            new Unlisted("creativeml-openrail-m", "CreativeML OpenRAIL-M", LicenceKind.MODEL, List.of(USE_RESTRICTIONS)),
            new Unlisted("bigscience-bloom-rail-1.0", "BigScience BLOOM RAIL 1.0", LicenceKind.MODEL,
                    List.of(USE_RESTRICTIONS)),
            new Unlisted("bigcode-openrail-m", "BigCode Open RAIL-M v1", LicenceKind.MODEL, List.of(USE_RESTRICTIONS)),
            llama("llama2", "Llama 2 Community License Agreement"),
            llama("llama3", "Meta Llama 3 Community License Agreement"),
            llama("llama3.1", "Llama 3.1 Community License Agreement"),
            llama("llama3.2", "Llama 3.2 Community License Agreement"),
            llama("llama3.3", "Llama 3.3 Community License Agreement"),
            llama("llama4", "Llama 4 Community License Agreement"),
            new Unlisted("gemma", "Gemma Terms of Use", LicenceKind.MODEL, List.of(USE_RESTRICTIONS)),
            new Unlisted("deepfloyd-if-license", "DeepFloyd IF Research License Agreement", LicenceKind.MODEL,
                    List.of(RESEARCH_ONLY, NON_COMMERCIAL)),
            new Unlisted("other", "Other (custom licence)", LicenceKind.UNDETERMINED, List.of(CUSTOM_TERMS)),
            new Unlisted("unknown", "Unknown licence", LicenceKind.UNDETERMINED, List.of(UNSTATED)),
            new Unlisted("bsd", "BSD licence family", LicenceKind.SOFTWARE, List.of(FAMILY)),
            new Unlisted("gpl", "GNU General Public License family", LicenceKind.SOFTWARE, List.of(FAMILY)),
            new Unlisted("lgpl", "GNU Lesser General Public License family", LicenceKind.SOFTWARE, List.of(FAMILY)),
            new Unlisted("gfdl", "GNU Free Documentation License family", LicenceKind.CONTENT, List.of(FAMILY)),
            new Unlisted("cc", "Creative Commons licence family", LicenceKind.DATA_AND_CONTENT, List.of(FAMILY)));

    /**
     * Other spellings, lower case, of listed licences: Hugging Face identifiers that differ from SPDX's, and the
     * identifiers of the Open Knowledge Foundation's list (okfn/licenses) that CKAN portals such as data.gov.tw
     * use.
     */
    static final Map<String, String> ALIASES = Map.ofEntries(
            // Hugging Face
            Map.entry("pddl", "PDDL-1.0"),
            Map.entry("odbl", "ODbL-1.0"),
            Map.entry("odc-by", "ODC-By-1.0"),
            Map.entry("c-uda", "C-UDA-1.0"),
            Map.entry("lgpl-lr", "LGPLLR"),
            // Open Knowledge Foundation
            Map.entry("odc-pddl-1.0", "PDDL-1.0"),
            Map.entry("odc-odbl-1.0", "ODbL-1.0"),
            Map.entry("ogl-tw-1.0", "OGDL-Taiwan-1.0"),
            Map.entry("ogl-de-by-2.0", "DL-DE-BY-2.0"),
            Map.entry("fal-1.3", "LAL-1.3"),
            Map.entry("gfdl-1.3-no-cover-texts-no-invariant-sections", "GFDL-1.3-no-invariants-only"),
            Map.entry("lo-2.0", "etalab-2.0"),
            Map.entry("lo-fr-2.0", "etalab-2.0"),
            Map.entry("notspecified", "unknown"));

    private CuratedLicences() {
    }

    private static Unlisted llama(String id, String name) {
        return new Unlisted(id, name, LicenceKind.MODEL, List.of(USE_RESTRICTIONS, USER_THRESHOLD));
    }

    static boolean openDefinition(String id) {
        String key = key(id);
        return OPEN_DEFINITION.contains(key) || CC_BY_OR_BY_SA.matcher(key).matches();
    }

    static boolean recognisedOpenData(String id) {
        return RECOGNISED_OPEN_DATA.contains(key(id));
    }

    /** What an SPDX-listed licence is written for; software unless known otherwise. */
    static LicenceKind kindOf(String id) {
        String key = key(id);
        if (PUBLIC_DOMAIN.equals(key)) {
            return LicenceKind.PUBLIC_DOMAIN;
        }
        if (key.startsWith("cc-by-") || DATA_AND_CONTENT.contains(key)) {
            return LicenceKind.DATA_AND_CONTENT;
        }
        if (DATA.contains(key)) {
            return LicenceKind.DATA;
        }
        if (CONTENT.matcher(key).matches()) {
            return LicenceKind.CONTENT;
        }
        return LicenceKind.SOFTWARE;
    }

    /** Why an SPDX-listed licence is not open whatever anyone approved; empty when nothing speaks against it. */
    static List<String> reasonsAgainst(String id) {
        String key = key(id);
        List<String> reasons = new ArrayList<>(LISTED_BUT_RESTRICTED.getOrDefault(key, List.of()));
        if (key.startsWith("cc-by-nc")) {
            reasons.add(NON_COMMERCIAL);
        }
        if (key.startsWith("cc-by-nd") || key.startsWith("cc-by-nc-nd")) {
            reasons.add(NO_DERIVATIVES);
        }
        return reasons;
    }

    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static Set<String> lowerCase(Set<String> ids) {
        return ids.stream().map(CuratedLicences::key).collect(Collectors.toUnmodifiableSet());
    }

    private static <V> Map<String, V> lowerCaseKeys(Map<String, V> map) {
        return map.entrySet().stream().collect(Collectors.toUnmodifiableMap(e -> key(e.getKey()), Map.Entry::getValue));
    }
}
