package org.opendividend.outputs.control;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the public registries answer and how long and how much the fund waits for them: MicroProfile Config
 * {@code opendividend.registries.*} (see the README's configuration table), with the real registries as defaults.
 * Tests point the base URLs at fakes on loopback; a configured base URL is the only way a loopback or private address
 * is ever fetched (see {@link RegistryHttp}).
 *
 * @param baseUrls        per registry, scheme, host and port (and path prefix) of its API
 * @param connectTimeout  to open the connection
 * @param readTimeout     for the whole answer, headers and body, per hop
 * @param maxBytes        the largest body read; larger answers are refused, not truncated
 * @param maxRedirects    hops followed, each checked like the first request
 */
public record RegistrySettings(Map<Registry, URI> baseUrls, Duration connectTimeout, Duration readTimeout,
        long maxBytes, int maxRedirects) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_REDIRECTS = 5;

    public RegistrySettings {
        baseUrls = Map.copyOf(baseUrls);
        if (maxBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("maxBytes must be positive and maxRedirects not negative");
        }
    }

    /** The real registries, with the default limits. */
    public static RegistrySettings defaults() {
        return new RegistrySettings(Map.of(
                Registry.HUGGING_FACE, URI.create("https://huggingface.co"),
                Registry.GITHUB, URI.create("https://api.github.com"),
                Registry.ZENODO, URI.create("https://zenodo.org"),
                Registry.SOFTWARE_HERITAGE, URI.create("https://archive.softwareheritage.org")),
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_BYTES, MAX_REDIRECTS);
    }

    /** Read from MicroProfile Config, each key falling back to its default (also outside the server). */
    public static RegistrySettings fromConfig() {
        RegistrySettings d = defaults();
        return new RegistrySettings(Map.of(
                Registry.HUGGING_FACE, uri("opendividend.registries.huggingface.base-url", d.baseUrl(Registry.HUGGING_FACE)),
                Registry.GITHUB, uri("opendividend.registries.github.base-url", d.baseUrl(Registry.GITHUB)),
                Registry.ZENODO, uri("opendividend.registries.zenodo.base-url", d.baseUrl(Registry.ZENODO)),
                Registry.SOFTWARE_HERITAGE, uri("opendividend.registries.software-heritage.base-url",
                        d.baseUrl(Registry.SOFTWARE_HERITAGE))),
                Duration.ofMillis(number("opendividend.registries.connect-timeout-ms", DEFAULT_CONNECT_TIMEOUT.toMillis())),
                Duration.ofMillis(number("opendividend.registries.read-timeout-ms", DEFAULT_READ_TIMEOUT.toMillis())),
                number("opendividend.registries.max-bytes", DEFAULT_MAX_BYTES), MAX_REDIRECTS);
    }

    public URI baseUrl(Registry registry) {
        URI uri = baseUrls.get(registry);
        if (uri == null) {
            throw new IllegalArgumentException("no base URL for " + registry);
        }
        return uri;
    }

    /** The configured origins ("scheme://host:port"), which alone may be private or loopback addresses. */
    public List<String> trustedOrigins() {
        return baseUrls.values().stream().map(RegistrySettings::origin).toList();
    }

    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }

    private static URI uri(String key, URI fallback) {
        return value(key).map(URI::create).orElse(fallback);
    }

    private static long number(String key, long fallback) {
        return value(key).map(String::trim).map(Long::parseLong).orElse(fallback);
    }

    private static Optional<String> value(String key) {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(key, String.class);
        } catch (IllegalStateException | NoClassDefFoundError noConfigOutsideTheServer) {
            return Optional.ofNullable(System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')));
        }
    }
}
