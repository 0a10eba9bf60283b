package org.opendividend.outputs.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Hugging Face model ({@code /api/models/{id}}) or dataset ({@code /api/datasets/{id}}) as the Hub answers
 * it (huggingface_hub's {@code ModelInfo} / {@code DatasetInfo}): {@code private}, {@code gated} (false, "auto" or
 * "manual"), {@code disabled}, {@code sha}, {@code cardData.license} with {@code license_name} / {@code license_link}
 * when it is "other", the {@code license:} tag when the card has none, {@code cardData.language} and the
 * {@code language:} tags of datasets, and a LICENSE file among the {@code siblings}. A private or missing repository
 * answers 401 or 404 to anyone without access: both are "not found".
 */
public class HuggingFaceAdapter {

    public enum Kind {
        MODEL("models"), DATASET("datasets");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    private final RegistryHttp http;

    public HuggingFaceAdapter(RegistryHttp http) {
        this.http = http;
    }

    /** The facts of a repository, e.g. {@code lookup(Kind.MODEL, "taide-community/hakka-llm-7b")}. */
    public RegistryLookup lookup(Kind kind, String repoId) {
        if (!RegistryJson.safeRepoId(repoId, false)) {
            return RegistryLookup.refused(RegistryLookup.BAD_IDENTIFIER);
        }
        String base = http.settings().baseUrl(Registry.HUGGING_FACE).toString().replaceAll("/+$", "");
        RegistryResponse response = http.get(base + "/api/" + kind.path + "/" + repoId);
        if (!response.ok()) {
            return RegistryLookup.failed(response);
        }
        Optional<JsonObject> json = RegistryJson.object(response);
        if (json.isEmpty() || RegistryJson.string(json.get(), "id") == null) {
            return RegistryLookup.unreachable(RegistryLookup.MALFORMED);
        }
        return RegistryLookup.found(facts(json.get()));
    }

    static RegistryFacts facts(JsonObject info) {
        JsonValue gatedValue = info.get("gated");
        String gated = gatedValue instanceof jakarta.json.JsonString s ? s.getString()
                : gatedValue == JsonValue.TRUE ? "true" : null;
        JsonObject card = RegistryJson.object(info, "cardData");
        List<String> tags = RegistryJson.strings(info, "tags");

        String licence = RegistryJson.strings(card, "license").stream().findFirst().orElse(null);
        String licenceField = licence == null ? null : "cardData.license";
        if (licence == null) {
            licence = tags.stream().filter(t -> t.startsWith("license:")).map(t -> t.substring("license:".length()))
                    .findFirst().orElse(null);
            licenceField = licence == null ? null : "tags";
        }
        String licenceFile = RegistryJson.objects(info, "siblings").stream()
                .map(s -> RegistryJson.string(s, "rfilename")).filter(HuggingFaceAdapter::isLicenceFile)
                .findFirst().orElse(null);

        Set<String> languages = new LinkedHashSet<>(RegistryJson.strings(card, "language"));
        tags.stream().filter(t -> t.startsWith("language:")).map(t -> t.substring("language:".length()))
                .forEach(languages::add);

        String sha = RegistryJson.string(info, "sha");
        return RegistryFacts.of(Registry.HUGGING_FACE, RegistryJson.string(info, "id"))
                .withAccess(RegistryJson.bool(info, "private"), gated, RegistryJson.bool(info, "disabled"))
                .withLicence(licence, licenceField, RegistryJson.string(card, "license_name"),
                        RegistryJson.string(card, "license_link"), licenceFile)
                .withRevision(sha, sha == null ? null : "sha", null)
                .withLanguages(List.copyOf(languages));
    }

    static boolean isLicenceFile(String path) {
        if (path == null || path.contains("/")) {
            return false;
        }
        String name = path.toUpperCase(Locale.ROOT);
        return name.equals("LICENSE") || name.equals("LICENCE") || name.equals("COPYING")
                || name.matches("(LICENSE|LICENCE|COPYING)\\.(MD|TXT|RST)");
    }
}
