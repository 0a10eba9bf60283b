package org.opendividend.outputs.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From a registered address to the registry's facts: recognises the public addresses of Hugging Face models and
 * datasets, GitHub repositories (with a tag from the address or the registered revision), Zenodo records (also by
 * their DOI 10.5281/zenodo.N) and SWHIDs, and asks the right adapter. Addresses of other sites are "refused" with
 * their own reason: they cannot be checked automatically, an officer looks at them.
 */
public class RegistryReader {

    public static final String UNSUPPORTED = "outputs.check.refused.registry";

    /** Where an address points. {@code kind} only for Hugging Face; {@code tag} only for GitHub. */
    public record Target(Registry registry, HuggingFaceAdapter.Kind kind, String id, String tag) {
    }

    private static final Pattern HF = Pattern.compile("/(datasets/)?([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(/(tree|blob|resolve)/.*)?/?");
    private static final Pattern GITHUB = Pattern.compile(
            "/([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+?)(\\.git)?(/(tree|releases/tag)/([A-Za-z0-9_./+-]+))?/?");
    private static final Pattern ZENODO = Pattern.compile("/(records?|api/records)/([0-9]{1,12})(/.*)?");
    private static final Pattern ZENODO_DOI = Pattern.compile("/10\\.5281/zenodo\\.([0-9]{1,12})/?", Pattern.CASE_INSENSITIVE);

    private final HuggingFaceAdapter huggingFace;
    private final GitHubAdapter gitHub;
    private final ZenodoAdapter zenodo;
    private final SoftwareHeritageAdapter softwareHeritage;

    public RegistryReader(RegistryHttp http) {
        this.huggingFace = new HuggingFaceAdapter(http);
        this.gitHub = new GitHubAdapter(http);
        this.zenodo = new ZenodoAdapter(http);
        this.softwareHeritage = new SoftwareHeritageAdapter(http);
    }

    /** The registry's facts for a registered address and revision (may be null); never throws. */
    public RegistryLookup read(String address, String revision) {
        Optional<Target> target = locate(address, revision);
        if (target.isEmpty()) {
            return RegistryLookup.refused(UNSUPPORTED);
        }
        Target t = target.get();
        return switch (t.registry()) {
            case HUGGING_FACE -> huggingFace.lookup(t.kind(), t.id());
            case GITHUB -> gitHub.lookup(t.id(), t.tag());
            case ZENODO -> zenodo.lookup(t.id());
            case SOFTWARE_HERITAGE -> softwareHeritage.lookup(t.id());
        };
    }

    /** What the address points to, by the public hosts of the registries; empty for anything else. */
    public static Optional<Target> locate(String address, String revision) {
        if (address == null) {
            return Optional.empty();
        }
        String trimmed = address.trim();
        if (trimmed.startsWith("swh:")) {
            return Optional.of(new Target(Registry.SOFTWARE_HERITAGE, null, trimmed, null));
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String tagFromRevision = revision == null || revision.isBlank() ? null : revision.trim();
        Matcher m;
        switch (host) {
            case "huggingface.co", "www.huggingface.co" -> {
                m = HF.matcher(path);
                if (m.matches()) {
                    return Optional.of(new Target(Registry.HUGGING_FACE, m.group(1) != null
                            ? HuggingFaceAdapter.Kind.DATASET : HuggingFaceAdapter.Kind.MODEL, m.group(2), null));
                }
            }
            case "github.com", "www.github.com" -> {
                m = GITHUB.matcher(path);
                if (m.matches()) {
                    String tag = m.group(5) != null ? m.group(5) : tagFromRevision;
                    return Optional.of(new Target(Registry.GITHUB, null, m.group(1), tag));
                }
            }
            case "zenodo.org", "www.zenodo.org" -> {
                m = ZENODO.matcher(path);
                if (m.matches()) {
                    return Optional.of(new Target(Registry.ZENODO, null, m.group(2), null));
                }
            }
            case "doi.org", "dx.doi.org" -> {
                m = ZENODO_DOI.matcher(path);
                if (m.matches()) {
                    return Optional.of(new Target(Registry.ZENODO, null, m.group(1), null));
                }
            }
            case "archive.softwareheritage.org" -> {
                int at = path.indexOf("swh:1:");
                if (at >= 0) {
                    String swhid = path.substring(at).replaceAll("/+$", "");
                    return Optional.of(new Target(Registry.SOFTWARE_HERITAGE, null, swhid, null));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
