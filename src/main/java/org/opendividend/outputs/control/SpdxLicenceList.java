package org.opendividend.outputs.control;

import org.spdx.library.InvalidSPDXAnalysisException;
import org.spdx.library.model.license.ListedLicenses;
import org.spdx.library.model.license.SpdxListedLicense;

import java.util.ArrayList;
import java.util.List;

/**
 * The SPDX licence list as shipped inside the {@code java-spdx-library} jar. The library would otherwise fetch the
 * newest list from spdx.org on first use: that fails without internet (slowly), and would make a licence's
 * verdict change under a running system when SPDX publishes. The fund wants the same answer from every
 * machine for a given release, so the library is told to use its bundled copy only.
 */
final class SpdxLicenceList {

    /** The library's switch (read from system properties by {@code org.spdx.Configuration}) for its bundled list. */
    static final String USE_BUNDLED_LIST_ONLY = "org.spdx.useJARLicenseInfoOnly";

    /** The facts SPDX records about one listed licence. */
    record SpdxLicence(String id, String name, boolean osiApproved, boolean fsfLibre, boolean deprecated) {
    }

    /** The list and its version, for the log and for tests. */
    record Contents(String version, List<SpdxLicence> licences) {
    }

    private SpdxLicenceList() {
    }

    static Contents read() {
        // before the library's first use: it decides once, in the list's constructor, where to read from
        System.setProperty(USE_BUNDLED_LIST_ONLY, "true");
        ListedLicenses listed = ListedLicenses.getListedLicenses();
        List<SpdxLicence> licences = new ArrayList<>();
        try {
            for (String id : listed.getSpdxListedLicenseIds()) {
                SpdxListedLicense licence = listed.getListedLicenseById(id);
                licences.add(new SpdxLicence(id, licence.getName(), licence.isOsiApproved(), licence.isFsfLibre(),
                        licence.isDeprecated()));
            }
        } catch (InvalidSPDXAnalysisException e) {
            throw new IllegalStateException("the SPDX licence list shipped in the jar cannot be read", e);
        }
        return new Contents(listed.getLicenseListVersion(), List.copyOf(licences));
    }
}
