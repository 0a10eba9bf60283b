package org.opendividend.outputs.control;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.control.RegistryResponse.Outcome.ANSWERED;
import static org.opendividend.outputs.control.RegistryResponse.Outcome.REFUSED;
import static org.opendividend.outputs.control.RegistryResponse.Outcome.UNREACHABLE;

/** What the fetcher refuses to fetch, and that it fetches the configured fake on loopback within its limits. */
class RegistryHttpTest {

    @RegisterExtension
    static WireMockExtension fake = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private RegistryHttp http(long maxBytes, Duration readTimeout) {
        return new RegistryHttp(new RegistrySettings(Map.of(Registry.GITHUB, URI.create(fake.baseUrl())),
                Duration.ofSeconds(2), readTimeout, maxBytes, RegistrySettings.MAX_REDIRECTS));
    }

    private RegistryHttp http() {
        return http(1024, Duration.ofSeconds(5));
    }

    @Test
    void fetchesTheConfiguredFakeOnLoopback() {
        fake.stubFor(get(urlEqualTo("/repos/o/r")).willReturn(okJson("{\"private\":false}")));
        RegistryResponse response = http().get(fake.baseUrl() + "/repos/o/r");
        assertEquals(ANSWERED, response.outcome());
        assertTrue(response.ok());
        assertEquals("{\"private\":false}", response.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/x", "gopher://example.org/",
            "data:text/plain,hi", "//example.org/no-scheme"})
    void refusesSchemesOtherThanHttp(String url) {
        RegistryResponse response = http().get(url);
        assertEquals(REFUSED, response.outcome());
        assertEquals(RegistryResponse.REFUSED_SCHEME, response.reasonKey());
    }

    @Test
    void refusesCredentialsInTheUrl() {
        RegistryResponse response = http().get("https://user:secret@huggingface.co/api/models/x");
        assertEquals(REFUSED, response.outcome());
        assertEquals(RegistryResponse.REFUSED_CREDENTIALS, response.reasonKey());
    }

    @Test
    void refusesMalformedUrls() {
        assertEquals(RegistryResponse.REFUSED_URL, http().get("http://exa mple.org/").reasonKey());
        assertEquals(RegistryResponse.REFUSED_URL, http().get(null).reasonKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.1.2.3:8080/", "http://localhost/", "http://[::1]/", // loopback
            "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/", // private IPv4
            "http://100.64.0.1/", // carrier-grade NAT
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", // link-local, cloud metadata
            "http://224.0.0.1/", "http://[ff02::1]/", // multicast
            "http://[fd00::1]/", "http://[fc00::abcd]/", // IPv6 unique local
            "http://0.0.0.0/", "http://[::]/", // unspecified
            "http://[::ffff:10.0.0.1]/", "http://[::ffff:127.0.0.1]/", // IPv4-mapped
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a00:1::1]/", // NAT64 and 6to4 to private IPv4
            "http://255.255.255.255/"})
    void refusesAddressesInsideTheNetwork(String url) {
        RegistryResponse response = http().get(url);
        assertEquals(REFUSED, response.outcome(), url);
        assertEquals(RegistryResponse.REFUSED_ADDRESS, response.reasonKey(), url);
    }

    @Test
    void refusesANameThatResolvesToAPrivateAddressAmongPublicOnes() {
        RegistryHttp http = new RegistryHttp(RegistrySettings.defaults(), host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        assertEquals(RegistryResponse.REFUSED_ADDRESS, http.get("https://registry.example/x").reasonKey());
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertTrue(RegistryHttp.isPublic(InetAddress.getByName("93.184.216.34")));
        assertTrue(RegistryHttp.isPublic(InetAddress.getByName("2606:4700::1111")));
        assertFalse(RegistryHttp.isPublic(InetAddress.getByName("::ffff:192.168.0.1")));
        assertTrue(RegistryHttp.isPublic(InetAddress.getByName("64:ff9b::5db8:d822")), "NAT64 of a public address");
    }

    @Test
    void aLoopbackPortOtherThanTheConfiguredOneIsRefused() {
        URI base = URI.create(fake.baseUrl());
        String other = "http://127.0.0.1:" + (base.getPort() == 1 ? 2 : base.getPort() - 1) + "/";
        assertEquals(RegistryResponse.REFUSED_ADDRESS, http().get(other).reasonKey());
    }

    @Test
    void followsRedirectsWithinTheAllowedOrigins() {
        fake.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
        fake.stubFor(get(urlEqualTo("/b")).willReturn(okJson("{}")));
        RegistryResponse response = http().get(fake.baseUrl() + "/a");
        assertEquals(200, response.status());
        assertEquals("/b", response.uri().getPath());
    }

    @Test
    void refusesARedirectToAPrivateAddress() {
        fake.stubFor(get(urlEqualTo("/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://169.254.169.254/latest/meta-data/")));
        RegistryResponse response = http().get(fake.baseUrl() + "/moved");
        assertEquals(REFUSED, response.outcome());
        assertEquals(RegistryResponse.REFUSED_ADDRESS, response.reasonKey());
        assertEquals("169.254.169.254", response.uri().getHost());
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        fake.stubFor(get(urlEqualTo("/file")).willReturn(aResponse().withStatus(307)
                .withHeader("Location", "file:///etc/passwd")));
        assertEquals(RegistryResponse.REFUSED_SCHEME, http().get(fake.baseUrl() + "/file").reasonKey());
    }

    @Test
    void stopsAfterFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            fake.stubFor(get(urlEqualTo("/hop" + i)).willReturn(aResponse().withStatus(302)
                    .withHeader("Location", "/hop" + (i + 1))));
        }
        RegistryResponse response = http().get(fake.baseUrl() + "/hop0");
        assertEquals(UNREACHABLE, response.outcome());
        assertEquals(RegistryResponse.UNREACHABLE_REDIRECTS, response.reasonKey());
        assertEquals("/hop5", response.uri().getPath());
    }

    @Test
    void refusesAnswersLargerThanTheLimit() {
        fake.stubFor(get(urlEqualTo("/huge")).willReturn(okJson("[" + "1,".repeat(5000) + "1]")));
        RegistryResponse response = http(1024, Duration.ofSeconds(5)).get(fake.baseUrl() + "/huge");
        assertEquals(UNREACHABLE, response.outcome());
        assertEquals(RegistryResponse.UNREACHABLE_TOO_LARGE, response.reasonKey());
    }

    @Test
    void anAnswerAtTheLimitIsRead() {
        fake.stubFor(get(urlEqualTo("/fits")).willReturn(okJson("x".repeat(1024))));
        assertEquals(1024, http(1024, Duration.ofSeconds(5)).get(fake.baseUrl() + "/fits").body().length);
    }

    @Test
    void givesUpOnSlowAnswers() {
        fake.stubFor(get(urlEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(3000)));
        long start = System.nanoTime();
        RegistryResponse response = http(1024, Duration.ofMillis(300)).get(fake.baseUrl() + "/slow");
        assertEquals(UNREACHABLE, response.outcome());
        assertEquals(RegistryResponse.UNREACHABLE_TIMEOUT, response.reasonKey());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2500, "did not wait for the answer");
    }

    @Test
    void givesUpOnAnswersWhoseBodyTrickles() {
        fake.stubFor(get(urlEqualTo("/trickle")).willReturn(okJson("x".repeat(200))
                .withChunkedDribbleDelay(20, 3000)));
        RegistryResponse response = http(1024, Duration.ofMillis(400)).get(fake.baseUrl() + "/trickle");
        assertEquals(RegistryResponse.UNREACHABLE_TIMEOUT, response.reasonKey());
    }

    @Test
    void anUnknownHostIsUnreachableNotAnError() {
        RegistryHttp http = new RegistryHttp(RegistrySettings.defaults(), host -> {
            throw new java.net.UnknownHostException(host);
        });
        RegistryResponse response = http.get("https://no-such-registry.invalid/x");
        assertEquals(REFUSED, response.outcome());
        assertEquals(RegistryResponse.UNREACHABLE_HOST, response.reasonKey());
    }

    @Test
    void settingsDefaultToTheRealRegistries() {
        RegistrySettings settings = RegistrySettings.fromConfig();
        assertEquals(URI.create("https://huggingface.co"), settings.baseUrl(Registry.HUGGING_FACE));
        assertEquals(URI.create("https://api.github.com"), settings.baseUrl(Registry.GITHUB));
        assertEquals(RegistrySettings.DEFAULT_MAX_BYTES, settings.maxBytes());
        assertEquals(5, settings.maxRedirects());
    }
}
