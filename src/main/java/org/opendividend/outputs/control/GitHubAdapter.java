package org.opendividend.outputs.control;

import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a GitHub repository through the REST API: {@code /repos/{owner}/{repo}} (private, archived, disabled),
 * "Get the license for a repository" {@code /repos/{owner}/{repo}/license} ({@code license.spdx_id}, which is
 * {@code NOASSERTION} when GitHub cannot tell; 404 when the repository has no licence file) and, for a tag,
 * "Get a reference" {@code /repos/{owner}/{repo}/git/ref/tags/{tag}}, following an annotated tag's object
 * ({@code /git/tags/{sha}}) to its commit. Anonymous callers get 404 for private repositories.
 */
public class GitHubAdapter {

    private final RegistryHttp http;

    public GitHubAdapter(RegistryHttp http) {
        this.http = http;
    }

    /** The repository's facts; {@code tag} (may be null) is resolved to its commit, which pins the version. */
    public RegistryLookup lookup(String ownerAndRepo, String tag) {
        if (!RegistryJson.safeRepoId(ownerAndRepo, true) || tag != null && !tag.matches("[A-Za-z0-9_./+-]{1,200}")) {
            return RegistryLookup.refused(RegistryLookup.BAD_IDENTIFIER);
        }
        String repoUrl = base() + "/repos/" + ownerAndRepo;
        RegistryResponse repoResponse = http.get(repoUrl);
        if (!repoResponse.ok()) {
            return RegistryLookup.failed(repoResponse);
        }
        Optional<JsonObject> repo = RegistryJson.object(repoResponse);
        if (repo.isEmpty() || RegistryJson.string(repo.get(), "full_name") == null) {
            return RegistryLookup.unreachable(RegistryLookup.MALFORMED);
        }
        RegistryFacts facts = RegistryFacts.of(Registry.GITHUB, RegistryJson.string(repo.get(), "full_name"))
                .withAccess(RegistryJson.bool(repo.get(), "private"), null,
                        RegistryJson.bool(repo.get(), "disabled"));

        RegistryResponse licenceResponse = http.get(repoUrl + "/license");
        if (licenceResponse.ok()) {
            Optional<JsonObject> licence = RegistryJson.object(licenceResponse);
            if (licence.isEmpty()) {
                return RegistryLookup.unreachable(RegistryLookup.MALFORMED);
            }
            JsonObject detected = RegistryJson.object(licence.get(), "license");
            String spdx = RegistryJson.string(detected, "spdx_id");
            facts = facts.withLicence(spdx, spdx == null ? null : "license.spdx_id",
                    RegistryJson.string(detected, "name"), null, RegistryJson.string(licence.get(), "path"));
        } else if (licenceResponse.outcome() != RegistryResponse.Outcome.ANSWERED || licenceResponse.status() != 404) {
            return RegistryLookup.failed(licenceResponse);
        } // 404: no licence file, facts say no licence

        if (tag != null) {
            Optional<String> commit = commitOf(repoUrl, tag);
            if (commit.isPresent()) {
                facts = facts.withRevision(commit.get(), "git/ref/tags/" + tag, null);
            }
        }
        return RegistryLookup.found(facts);
    }

    private Optional<String> commitOf(String repoUrl, String tag) {
        String encoded = URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("%2F", "/");
        RegistryResponse ref = http.get(repoUrl + "/git/ref/tags/" + encoded);
        JsonObject object = ref.ok() ? RegistryJson.object(RegistryJson.object(ref).orElse(null), "object") : null;
        for (int depth = 0; object != null && depth < 3; depth++) {
            String type = RegistryJson.string(object, "type");
            String sha = RegistryJson.string(object, "sha");
            if ("commit".equals(type) && sha != null && sha.matches("[0-9a-f]{40}")) {
                return Optional.of(sha);
            }
            if (!"tag".equals(type) || sha == null || !sha.matches("[0-9a-f]{40}")) {
                return Optional.empty();
            }
            RegistryResponse annotated = http.get(repoUrl + "/git/tags/" + sha);
            object = annotated.ok()
                    ? RegistryJson.object(RegistryJson.object(annotated).orElse(null), "object") : null;
        }
        return Optional.empty();
    }

    private String base() {
        return http.settings().baseUrl(Registry.GITHUB).toString().replaceAll("/+$", "");
    }
}
