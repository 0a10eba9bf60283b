package org.opendividend.outputs.control;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registered addresses as grantees paste them, to the registry and identifier the adapters read. */
class RegistryReaderTest {

    @RegisterExtension
    static WireMockExtension fake = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "https://huggingface.co/taide-community/hakka-llm-7b, -, HUGGING_FACE, MODEL, taide-community/hakka-llm-7b, -",
            "https://huggingface.co/taide-community/hakka-llm-7b/tree/main, -, HUGGING_FACE, MODEL, taide-community/hakka-llm-7b, -",
            "https://huggingface.co/datasets/taide-community/hakka-corpus, -, HUGGING_FACE, DATASET, taide-community/hakka-corpus, -",
            "https://github.com/taide-community/hakka-asr, v1.0.0, GITHUB, -, taide-community/hakka-asr, v1.0.0",
            "https://github.com/taide-community/hakka-asr.git, -, GITHUB, -, taide-community/hakka-asr, -",
            "https://github.com/taide-community/hakka-asr/releases/tag/v0.9, -, GITHUB, -, taide-community/hakka-asr, v0.9",
            "https://zenodo.org/records/15234567, -, ZENODO, -, 15234567, -",
            "https://zenodo.org/record/15234567, -, ZENODO, -, 15234567, -",
            "https://doi.org/10.5281/zenodo.15234567, -, ZENODO, -, 15234567, -",
            "swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c, -, SOFTWARE_HERITAGE, -, swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c, -",
            "https://archive.softwareheritage.org/swh:1:dir:d198bc9d7a6bcf6db04f476d29314f157507d505/, -, SOFTWARE_HERITAGE, -, swh:1:dir:d198bc9d7a6bcf6db04f476d29314f157507d505, -"})
    void locatesTheRegistriesPublicAddresses(String address, String revision, Registry registry,
            HuggingFaceAdapter.Kind kind, String id, String tag) {
        assertEquals(new RegistryReader.Target(registry, kind, id, tag),
                RegistryReader.locate(address, revision).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/model", "http://10.0.0.1/api/models/a/b", "javascript:alert(1)",
            "https://huggingface.co/", "not a url", "https://github.com/only-owner"})
    void otherAddressesAreNotLocated(String address) {
        assertTrue(RegistryReader.locate(address, null).isEmpty(), address);
    }

    @Test
    void readsThroughTheRightAdapter() {
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, URI.create(fake.baseUrl()));
        }
        RegistryReader reader = new RegistryReader(new RegistryHttp(new RegistrySettings(bases, Duration.ofSeconds(2),
                Duration.ofSeconds(5), RegistrySettings.DEFAULT_MAX_BYTES, 5)));
        fake.stubFor(get(urlEqualTo("/api/records/15234567")).willReturn(aResponse().withStatus(200)
                .withBody(RegistryAdaptersTest.recorded("zenodo/record-open.json"))));
        RegistryLookup lookup = reader.read("https://doi.org/10.5281/zenodo.15234567", null);
        assertEquals(RegistryLookup.Status.FOUND, lookup.status());
        assertEquals("cc-by-4.0", lookup.facts().licence());
        assertEquals(RegistryReader.UNSUPPORTED, reader.read("https://example.org/x", null).reasonKey());
    }
}
