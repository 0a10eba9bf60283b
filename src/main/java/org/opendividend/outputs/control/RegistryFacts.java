package org.opendividend.outputs.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What a registry says about one registered output, as read from its API; what it does not say is null (or empty,
 * or false). The field names in the comments are the registries' own, so that a check can show its evidence.
 *
 * @param registry      where it was read
 * @param id            the registry's identifier (Hugging Face repo id, GitHub owner/repo, Zenodo record id, SWHID)
 * @param privateRepo   Hugging Face and GitHub {@code private}
 * @param gated         Hugging Face {@code gated}: {@code auto} or {@code manual}; null when not gated
 * @param disabled      Hugging Face and GitHub {@code disabled}
 * @param accessRight   Zenodo {@code metadata.access_right}: open, embargoed, restricted, closed
 * @param embargoDate   Zenodo {@code metadata.embargo_date}
 * @param licence       the machine-readable licence as the registry writes it ({@code cardData.license},
 *                      {@code license.spdx_id}, {@code metadata.license.id}); {@code NOASSERTION} kept as such
 * @param licenceField  the field it was read from
 * @param licenceName   Hugging Face {@code cardData.license_name} (for "other") or GitHub {@code license.name}
 * @param licenceLink   Hugging Face {@code cardData.license_link}
 * @param licenceFile   the name of a licence file in the repository (Hugging Face siblings, GitHub path), else null
 * @param revision      what pins this version: Hugging Face {@code sha}, the commit of a GitHub tag, Zenodo's version
 *                      {@code doi}, the SWHID's object id
 * @param revisionField the field it was read from
 * @param conceptDoi    Zenodo {@code conceptdoi}: the DOI of all versions, which does not pin one
 * @param languages     language codes the registry lists (Hugging Face {@code cardData.language} and
 *                      {@code language:} tags, Zenodo {@code metadata.language})
 * @param grantCodes    Zenodo {@code metadata.grants[].code} and {@code internal_id}
 * @param objectType    Software Heritage {@code object_type}
 */
public record RegistryFacts(Registry registry, String id, boolean privateRepo, String gated, boolean disabled,
        String accessRight, LocalDate embargoDate, String licence, String licenceField, String licenceName,
        String licenceLink, String licenceFile, String revision, String revisionField, String conceptDoi,
        List<String> languages, List<String> grantCodes, String objectType) {

    public RegistryFacts {
        languages = languages == null ? List.of() : List.copyOf(languages);
        grantCodes = grantCodes == null ? List.of() : List.copyOf(grantCodes);
    }

    /** Facts with only the registry and identifier, for builders in adapters and tests. */
    public static RegistryFacts of(Registry registry, String id) {
        return new RegistryFacts(registry, id, false, null, false, null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), null);
    }

    public RegistryFacts withAccess(boolean privateRepo, String gated, boolean disabled) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withZenodoAccess(String accessRight, LocalDate embargoDate) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withLicence(String licence, String licenceField, String licenceName, String licenceLink,
            String licenceFile) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withRevision(String revision, String revisionField, String conceptDoi) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withLanguages(List<String> languages) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withGrants(List<String> grantCodes) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }

    public RegistryFacts withObjectType(String objectType) {
        return new RegistryFacts(registry, id, privateRepo, gated, disabled, accessRight, embargoDate, licence,
                licenceField, licenceName, licenceLink, licenceFile, revision, revisionField, conceptDoi, languages,
                grantCodes, objectType);
    }
}
