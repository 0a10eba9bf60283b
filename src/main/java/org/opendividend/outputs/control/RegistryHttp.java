package org.opendividend.outputs.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches registry answers without letting a registered URL reach inside the fund's network (server-side request
 * forgery): only {@code http} and {@code https}, no credentials in the URL, and a host whose every address is public
 * &mdash; not loopback, private (RFC 1918), carrier-grade NAT, link-local, multicast, unspecified or IPv6 unique-local
 * &mdash; unless the URL's origin is one of the configured base URLs (tests run their fakes on loopback). Redirects
 * are not followed by the client: each hop is checked like the first, at most {@link RegistrySettings#maxRedirects()}.
 * The connection and the whole answer have time limits, and at most {@link RegistrySettings#maxBytes()} are read.
 * <p>
 * Never throws for a bad URL or a bad registry: the {@link RegistryResponse} says what happened. The address check
 * resolves the name before the client resolves it again; a name that changes its answer in between (DNS rebinding)
 * is not caught here, which is why the check runs again on every redirect and the registries are fixed hosts.
 */
public class RegistryHttp {

    private final RegistrySettings settings;
    private final HttpClient client;
    private final Resolver resolver;

    /** Resolves a host name to its addresses; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public RegistryHttp(RegistrySettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    public RegistryHttp(RegistrySettings settings, Resolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .proxy(HttpClient.Builder.NO_PROXY)
                .build();
    }

    public RegistrySettings settings() {
        return settings;
    }

    /** GETs the URL, following at most the configured number of redirects, each checked. */
    public RegistryResponse get(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return RegistryResponse.refused(RegistryResponse.REFUSED_URL, null);
        }
        for (int hop = 0; ; hop++) {
            Optional<String> refusal = refusal(uri);
            if (refusal.isPresent()) {
                return RegistryResponse.refused(refusal.get(), uri);
            }
            RegistryResponse response = send(uri);
            if (response.outcome() != RegistryResponse.Outcome.ANSWERED || !isRedirect(response.status())) {
                return response;
            }
            if (hop >= settings.maxRedirects()) {
                return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_REDIRECTS, uri);
            }
            Optional<String> location = response.location();
            if (location.isEmpty()) {
                return response;
            }
            try {
                uri = uri.resolve(new URI(location.get()));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                return RegistryResponse.refused(RegistryResponse.REFUSED_URL, uri);
            }
        }
    }

    /** Why the URL may not be fetched, empty when it may. */
    Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(RegistryResponse.REFUSED_SCHEME);
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of(RegistryResponse.REFUSED_CREDENTIALS);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of(RegistryResponse.REFUSED_URL);
        }
        if (settings.trustedOrigins().contains(RegistrySettings.origin(uri))) {
            return Optional.empty();
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of(RegistryResponse.UNREACHABLE_HOST);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of(RegistryResponse.REFUSED_ADDRESS);
            }
        }
        return addresses.length == 0 ? Optional.of(RegistryResponse.UNREACHABLE_HOST) : Optional.empty();
    }

    /** Whether an address is on the public internet (IPv4-mapped IPv6 addresses arrive here as IPv4). */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return false; // fec0::/10 deprecated site-local
            }
            boolean v4Compatible = true; // ::a.b.c.d and ::ffff:a.b.c.d spelled as IPv6
            for (int i = 0; i < 10; i++) {
                v4Compatible &= b[i] == 0;
            }
            if (v4Compatible && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                return isPublicV4(b[12], b[13], b[14], b[15]);
            }
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b; // 64:ff9b::/96 reaches the IPv4 address in its last 4 bytes
            if (nat64) {
                return isPublicV4(b[12], b[13], b[14], b[15]);
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4 2002:a.b.c.d::/48
                return isPublicV4(b[2], b[3], b[4], b[5]);
            }
            return true;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                && first < 240; // reserved and broadcast
    }

    private static boolean isPublicV4(byte a, byte b, byte c, byte d) {
        try {
            return isPublic(InetAddress.getByAddress(new byte[] {a, b, c, d}));
        } catch (UnknownHostException impossible) {
            return false;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private RegistryResponse send(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.readTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "OpenDividend-registry-check")
                .build();
        java.util.concurrent.atomic.AtomicBoolean tooLarge = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new LimitedBody(settings.maxBytes(), tooLarge));
        try {
            HttpResponse<byte[]> response = future.get(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return RegistryResponse.answered(response.statusCode(), response.body(), uri)
                    .withLocation(response.headers().firstValue("Location").orElse(null));
        } catch (TimeoutException e) {
            future.cancel(true);
            return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_TIMEOUT, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_TIMEOUT, uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (tooLarge.get()) {
                return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_TOO_LARGE, uri);
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_TIMEOUT, uri);
            }
            return RegistryResponse.unreachable(RegistryResponse.UNREACHABLE_HOST, uri);
        } catch (IllegalArgumentException e) {
            return RegistryResponse.refused(RegistryResponse.REFUSED_URL, uri);
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("answer larger than the limit");
        }
    }

    /** Collects the body up to the limit; beyond it cancels the transfer and fails. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long max;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final java.util.concurrent.atomic.AtomicBoolean tooLarge;
        private Flow.Subscription subscription;

        LimitedBody(long max, java.util.concurrent.atomic.AtomicBoolean tooLarge) {
            this.max = max;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    tooLarge.set(true);
                    result.completeExceptionally(new TooLarge());
                    subscription.cancel();
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                out.writeBytes(bytes);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
