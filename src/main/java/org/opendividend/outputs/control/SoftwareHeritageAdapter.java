package org.opendividend.outputs.control;

import jakarta.json.JsonObject;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves a SWHID through Software Heritage ({@code /api/1/resolve/{swhid}/}): {@code object_type} and
 * {@code object_id} when the archive holds it; 404 ({@code NotFoundExc}) when it does not; 400 ({@code BadInputExc})
 * for an identifier it cannot read, which is refused before asking.
 */
public class SoftwareHeritageAdapter {

    /** Core SWHID, optionally with qualifiers (;origin=…;visit=…). */
    static final Pattern SWHID = Pattern.compile("swh:1:(cnt|dir|rev|rel|snp):[0-9a-f]{40}(;[a-z]+=[^;\\s]+)*");

    private final RegistryHttp http;

    public SoftwareHeritageAdapter(RegistryHttp http) {
        this.http = http;
    }

    public RegistryLookup lookup(String swhid) {
        if (swhid == null || !SWHID.matcher(swhid).matches()) {
            return RegistryLookup.refused(RegistryLookup.BAD_IDENTIFIER);
        }
        String core = swhid.contains(";") ? swhid.substring(0, swhid.indexOf(';')) : swhid;
        String base = http.settings().baseUrl(Registry.SOFTWARE_HERITAGE).toString().replaceAll("/+$", "");
        RegistryResponse response = http.get(base + "/api/1/resolve/" + core + "/");
        if (!response.ok()) {
            return RegistryLookup.failed(response);
        }
        Optional<JsonObject> json = RegistryJson.object(response);
        String objectId = RegistryJson.string(json.orElse(null), "object_id");
        if (objectId == null) {
            return RegistryLookup.unreachable(RegistryLookup.MALFORMED);
        }
        return RegistryLookup.found(RegistryFacts.of(Registry.SOFTWARE_HERITAGE, core)
                .withRevision(objectId, "object_id", null)
                .withObjectType(RegistryJson.string(json.get(), "object_type")));
    }
}
