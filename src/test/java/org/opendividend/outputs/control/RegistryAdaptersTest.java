package org.opendividend.outputs.control;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendividend.outputs.control.RegistryLookup.Status.FOUND;
import static org.opendividend.outputs.control.RegistryLookup.Status.NOT_FOUND;
import static org.opendividend.outputs.control.RegistryLookup.Status.REFUSED;
import static org.opendividend.outputs.control.RegistryLookup.Status.UNREACHABLE;

/**
 * Each adapter against a loopback fake answering with recorded answers in the registries' real formats
 * (src/test/resources/registries/): public, gated, disabled, missing licence, NOASSERTION, embargoed, not found,
 * malformed.
 */
class RegistryAdaptersTest {

    @RegisterExtension
    static WireMockExtension fake = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private RegistryHttp http() {
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, URI.create(fake.baseUrl()));
        }
        return new RegistryHttp(new RegistrySettings(bases, Duration.ofSeconds(2), Duration.ofSeconds(5),
                RegistrySettings.DEFAULT_MAX_BYTES, RegistrySettings.MAX_REDIRECTS));
    }

    private static void answer(String path, int status, String file) {
        fake.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(recorded(file))));
    }

    static String recorded(String file) {
        try (InputStream in = RegistryAdaptersTest.class.getResourceAsStream("/registries/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Hugging Face

    @Test
    void aPublicHuggingFaceModel() {
        answer("/api/models/taide-community/hakka-llm-7b", 200, "huggingface/model-public.json");
        RegistryLookup lookup = new HuggingFaceAdapter(http()).lookup(HuggingFaceAdapter.Kind.MODEL,
                "taide-community/hakka-llm-7b");
        assertEquals(FOUND, lookup.status());
        RegistryFacts facts = lookup.facts();
        assertEquals("taide-community/hakka-llm-7b", facts.id());
        assertFalse(facts.privateRepo());
        assertNull(facts.gated());
        assertFalse(facts.disabled());
        assertEquals("apache-2.0", facts.licence());
        assertEquals("cardData.license", facts.licenceField());
        assertEquals("LICENSE", facts.licenceFile());
        assertEquals("3f5a1c0e9b8d7a6f5e4d3c2b1a09f8e7d6c5b4a3", facts.revision());
        assertEquals(List.of("hak", "zh", "en"), facts.languages());
    }

    @Test
    void aGatedModelUnderOtherTermsNamesThem() {
        answer("/api/models/example-lab/formosa-chat-8b", 200, "huggingface/model-gated-other.json");
        RegistryFacts facts = new HuggingFaceAdapter(http()).lookup(HuggingFaceAdapter.Kind.MODEL,
                "example-lab/formosa-chat-8b").facts();
        assertEquals("manual", facts.gated());
        assertEquals("other", facts.licence());
        assertEquals("llama3", facts.licenceName());
        assertEquals("https://llama.meta.com/llama3/license", facts.licenceLink());
        assertNull(facts.licenceFile());
    }

    @Test
    void aDisabledModelWithoutLicence() {
        answer("/api/models/someone/untitled-model", 200, "huggingface/model-no-licence.json");
        RegistryFacts facts = new HuggingFaceAdapter(http()).lookup(HuggingFaceAdapter.Kind.MODEL,
                "someone/untitled-model").facts();
        assertTrue(facts.disabled());
        assertNull(facts.licence());
        assertNull(facts.licenceField());
        assertEquals(List.of(), facts.languages());
    }

    @Test
    void aGatedDatasetWithLanguageTags() {
        answer("/api/datasets/taide-community/hakka-corpus", 200, "huggingface/dataset-public.json");
        RegistryFacts facts = new HuggingFaceAdapter(http()).lookup(HuggingFaceAdapter.Kind.DATASET,
                "taide-community/hakka-corpus").facts();
        assertEquals("auto", facts.gated());
        assertEquals("cc-by-4.0", facts.licence());
        assertEquals("LICENSE.md", facts.licenceFile());
        assertEquals(List.of("hak", "zh"), facts.languages());
        assertEquals("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d", facts.revision());
    }

    @Test
    void aPrivateOrMissingRepositoryIsNotFound() {
        answer("/api/models/someone/private-model", 401, "huggingface/not-found.json");
        answer("/api/datasets/someone/gone", 404, "huggingface/not-found.json");
        HuggingFaceAdapter adapter = new HuggingFaceAdapter(http());
        assertEquals(NOT_FOUND, adapter.lookup(HuggingFaceAdapter.Kind.MODEL, "someone/private-model").status());
        assertEquals(NOT_FOUND, adapter.lookup(HuggingFaceAdapter.Kind.DATASET, "someone/gone").status());
    }

    @Test
    void malformedJsonIsReportedNotThrown() {
        fake.stubFor(get(urlEqualTo("/api/models/a/b")).willReturn(aResponse().withStatus(200).withBody("{\"id\":")));
        fake.stubFor(get(urlEqualTo("/api/models/a/c")).willReturn(aResponse().withStatus(200).withBody("[1,2]")));
        fake.stubFor(get(urlEqualTo("/api/models/a/d")).willReturn(aResponse().withStatus(500).withBody("oops")));
        HuggingFaceAdapter adapter = new HuggingFaceAdapter(http());
        assertEquals(RegistryLookup.MALFORMED, adapter.lookup(HuggingFaceAdapter.Kind.MODEL, "a/b").reasonKey());
        assertEquals(RegistryLookup.MALFORMED, adapter.lookup(HuggingFaceAdapter.Kind.MODEL, "a/c").reasonKey());
        RegistryLookup error = adapter.lookup(HuggingFaceAdapter.Kind.MODEL, "a/d");
        assertEquals(UNREACHABLE, error.status());
        assertEquals(RegistryLookup.UNEXPECTED_STATUS, error.reasonKey());
    }

    @Test
    void identifiersThatWouldLeaveThePathAreRefused() {
        HuggingFaceAdapter adapter = new HuggingFaceAdapter(http());
        for (String id : new String[] {"../../admin", "a/b/../../c", "a?x=1", "a b", "", "a/b#c"}) {
            assertEquals(REFUSED, adapter.lookup(HuggingFaceAdapter.Kind.MODEL, id).status(), id);
        }
        fake.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    }

    // GitHub

    @Test
    void aGitHubRepositoryItsLicenceAndTheCommitOfAnAnnotatedTag() {
        answer("/repos/taide-community/hakka-asr", 200, "github/repo-public.json");
        answer("/repos/taide-community/hakka-asr/license", 200, "github/license-apache.json");
        answer("/repos/taide-community/hakka-asr/git/ref/tags/v1.0.0", 200, "github/ref-tag-annotated.json");
        answer("/repos/taide-community/hakka-asr/git/tags/940bd336248efae0f9ee5bc7b2d5c985887b16ac", 200,
                "github/tag-object.json");
        RegistryLookup lookup = new GitHubAdapter(http()).lookup("taide-community/hakka-asr", "v1.0.0");
        assertEquals(FOUND, lookup.status());
        RegistryFacts facts = lookup.facts();
        assertEquals("Apache-2.0", facts.licence());
        assertEquals("license.spdx_id", facts.licenceField());
        assertEquals("LICENSE", facts.licenceFile());
        assertEquals("c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", facts.revision());
        assertFalse(facts.privateRepo());
    }

    @Test
    void aLightweightTagPointsAtItsCommit() {
        answer("/repos/taide-community/hakka-asr", 200, "github/repo-public.json");
        answer("/repos/taide-community/hakka-asr/license", 200, "github/license-apache.json");
        answer("/repos/taide-community/hakka-asr/git/ref/tags/v0.9", 200, "github/ref-tag-lightweight.json");
        assertEquals("aa218f56b14c9653891f9e74264a383fa43fefbd",
                new GitHubAdapter(http()).lookup("taide-community/hakka-asr", "v0.9").facts().revision());
    }

    @Test
    void noAssertionIsKeptAsGitHubWritesIt() {
        answer("/repos/example-lab/custom-terms", 200, "github/repo-public.json");
        answer("/repos/example-lab/custom-terms/license", 200, "github/license-noassertion.json");
        RegistryFacts facts = new GitHubAdapter(http()).lookup("example-lab/custom-terms", null).facts();
        assertEquals("NOASSERTION", facts.licence());
        assertEquals("LICENSE.txt", facts.licenceFile());
        assertNull(facts.revision());
    }

    @Test
    void aRepositoryWithoutLicenceFileIsFoundWithoutLicence() {
        answer("/repos/example-lab/no-licence", 200, "github/repo-public.json");
        answer("/repos/example-lab/no-licence/license", 404, "github/not-found.json");
        answer("/repos/example-lab/no-licence/git/ref/tags/v2", 404, "github/not-found.json");
        RegistryLookup lookup = new GitHubAdapter(http()).lookup("example-lab/no-licence", "v2");
        assertEquals(FOUND, lookup.status());
        assertNull(lookup.facts().licence());
        assertNull(lookup.facts().revision());
    }

    @Test
    void aPrivateOrDeletedRepositoryIsNotFound() {
        answer("/repos/example-lab/secret", 404, "github/not-found.json");
        assertEquals(NOT_FOUND, new GitHubAdapter(http()).lookup("example-lab/secret", null).status());
        assertEquals(REFUSED, new GitHubAdapter(http()).lookup("no-owner", null).status());
    }

    // Zenodo

    @Test
    void anOpenZenodoRecordWithItsVersionDoiAndGrant() {
        answer("/api/records/15234567", 200, "zenodo/record-open.json");
        RegistryFacts facts = new ZenodoAdapter(http()).lookup("15234567").facts();
        assertEquals("open", facts.accessRight());
        assertNull(facts.embargoDate());
        assertEquals("cc-by-4.0", facts.licence());
        assertEquals("10.5281/zenodo.15234567", facts.revision());
        assertEquals("10.5281/zenodo.15234566", facts.conceptDoi());
        assertEquals(List.of("hak"), facts.languages());
        assertTrue(facts.grantCodes().contains("OD-2026-0042"));
    }

    @Test
    void anEmbargoedZenodoRecord() {
        answer("/api/records/15111112", 200, "zenodo/record-embargoed.json");
        RegistryFacts facts = new ZenodoAdapter(http()).lookup("15111112").facts();
        assertEquals("embargoed", facts.accessRight());
        assertEquals(LocalDate.of(2027, 6, 30), facts.embargoDate());
        assertEquals("cc-by-sa-4.0", facts.licence());
        assertEquals(List.of(), facts.grantCodes());
    }

    @Test
    void aDeletedZenodoRecordIsNotFound() {
        answer("/api/records/999", 410, "zenodo/not-found.json");
        answer("/api/records/998", 404, "zenodo/not-found.json");
        assertEquals(NOT_FOUND, new ZenodoAdapter(http()).lookup("999").status());
        assertEquals(NOT_FOUND, new ZenodoAdapter(http()).lookup("998").status());
        assertEquals(REFUSED, new ZenodoAdapter(http()).lookup("10.5281/zenodo.1").status());
    }

    // Software Heritage

    @Test
    void anArchivedRevisionResolves() {
        String swhid = "swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c";
        answer("/api/1/resolve/" + swhid + "/", 200, "swh/resolve-revision.json");
        RegistryLookup lookup = new SoftwareHeritageAdapter(http())
                .lookup(swhid + ";origin=https://github.com/taide-community/hakka-asr");
        assertEquals(FOUND, lookup.status());
        assertEquals("revision", lookup.facts().objectType());
        assertEquals("c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c", lookup.facts().revision());
    }

    @Test
    void anUnarchivedOrUnreadableSwhid() {
        String missing = "swh:1:rev:0000000000000000000000000000000000000000";
        answer("/api/1/resolve/" + missing + "/", 404, "swh/not-found.json");
        SoftwareHeritageAdapter adapter = new SoftwareHeritageAdapter(http());
        assertEquals(NOT_FOUND, adapter.lookup(missing).status());
        assertEquals(REFUSED, adapter.lookup("swh:1:rev:nothex").status());
        assertEquals(REFUSED, adapter.lookup("swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c/../x").status());
    }

    @Test
    void anUnreachableRegistryIsReportedNotThrown() {
        Map<Registry, URI> bases = new EnumMap<>(Registry.class);
        for (Registry registry : Registry.values()) {
            bases.put(registry, URI.create("http://127.0.0.1:1"));
        }
        RegistryHttp closed = new RegistryHttp(new RegistrySettings(bases, Duration.ofSeconds(1), Duration.ofSeconds(2),
                1024, 5));
        assertEquals(UNREACHABLE, new ZenodoAdapter(closed).lookup("1").status());
    }
}
