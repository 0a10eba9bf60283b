package org.opendividend.outputs.control;

import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a Zenodo record ({@code /api/records/{id}}): {@code metadata.license.id}, {@code metadata.access_right}
 * (open, embargoed, restricted, closed) and {@code metadata.embargo_date}, the version {@code doi} against the
 * {@code conceptdoi} of all versions, {@code metadata.language} and the grants ({@code metadata.grants[].code},
 * {@code internal_id}) the record names. A missing or deleted record answers 404 or 410.
 */
public class ZenodoAdapter {

    private final RegistryHttp http;

    public ZenodoAdapter(RegistryHttp http) {
        this.http = http;
    }

    public RegistryLookup lookup(String recordId) {
        if (recordId == null || !recordId.matches("[0-9]{1,12}")) {
            return RegistryLookup.refused(RegistryLookup.BAD_IDENTIFIER);
        }
        String base = http.settings().baseUrl(Registry.ZENODO).toString().replaceAll("/+$", "");
        RegistryResponse response = http.get(base + "/api/records/" + recordId);
        if (!response.ok()) {
            return RegistryLookup.failed(response);
        }
        Optional<JsonObject> json = RegistryJson.object(response);
        JsonObject metadata = RegistryJson.object(json.orElse(null), "metadata");
        if (metadata == null) {
            return RegistryLookup.unreachable(RegistryLookup.MALFORMED);
        }
        return RegistryLookup.found(facts(json.get(), metadata));
    }

    static RegistryFacts facts(JsonObject record, JsonObject metadata) {
        String licence = RegistryJson.string(RegistryJson.object(metadata, "license"), "id");
        if (licence == null) {
            licence = RegistryJson.string(metadata, "license"); // older records write the id as a string
        }
        LocalDate embargo = null;
        String embargoText = RegistryJson.string(metadata, "embargo_date");
        if (embargoText != null) {
            try {
                embargo = LocalDate.parse(embargoText.length() > 10 ? embargoText.substring(0, 10) : embargoText);
            } catch (DateTimeParseException ignored) {
                // an unreadable date is no date; the access right still says embargoed
            }
        }
        List<String> grants = new ArrayList<>();
        for (JsonObject grant : RegistryJson.objects(metadata, "grants")) {
            Optional.ofNullable(RegistryJson.string(grant, "code")).ifPresent(grants::add);
            Optional.ofNullable(RegistryJson.string(grant, "internal_id")).ifPresent(grants::add);
        }
        String doi = Optional.ofNullable(RegistryJson.string(record, "doi"))
                .orElse(RegistryJson.string(metadata, "doi"));
        String recid = Optional.ofNullable(RegistryJson.string(record, "id")).orElse(RegistryJson.string(record, "recid"));
        return RegistryFacts.of(Registry.ZENODO, recid)
                .withZenodoAccess(RegistryJson.string(metadata, "access_right"), embargo)
                .withLicence(licence, licence == null ? null : "metadata.license.id", null, null, null)
                .withRevision(doi, doi == null ? null : "doi", RegistryJson.string(record, "conceptdoi"))
                .withLanguages(RegistryJson.strings(metadata, "language"))
                .withGrants(grants);
    }
}
