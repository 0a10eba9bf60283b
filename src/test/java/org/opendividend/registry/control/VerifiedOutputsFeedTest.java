package org.opendividend.registry.control;

import org.junit.jupiter.api.Test;
import org.opendividend.outputs.boundary.PublicOutput;
import org.opendividend.outputs.entity.ObligationState;
import org.opendividend.outputs.entity.OutputType;
import org.opendividend.platform.export.AtomWriter;
import org.opendividend.registry.RegistryFixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Atom feed of newly verified outputs: only verified ones, newest first, stable ids, UTC times. */
class VerifiedOutputsFeedTest {

    private static final URI ROOT = URI.create("https://fund.example.tw/od/");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-25T01:02:03Z");

    private static List<RegistryProject> projects() {
        RegistryProject hakka = RegistryProject.of(RegistryFixtures.hakkaAward(), ObligationOutputs.of(
                RegistryFixtures.hakkaAward(), List.of(
                        new PublicOutput(9002, 0, OutputType.EVALUATION, "Benchmark", "https://zenodo.org/records/2",
                                "CC-BY-4.0", ObligationState.VERIFIED, LATER, null, 0),
                        new PublicOutput(9002, 1, OutputType.DOCUMENTATION, "Guide <b>&</b>", "javascript:x()",
                                "CC-BY-4.0", ObligationState.NON_COMPLIANT, null, null, 0)),
                (licence, type) -> true));
        return List.of(RegistryFixtures.amis(), hakka);
    }

    @Test
    void onlyVerifiedOutputsNewestFirstWithUtcTimesAndLinks() throws Exception {
        Element feed = parse(VerifiedOutputsFeed.atom(projects(), ROOT, NOW)).getDocumentElement();
        assertEquals("feed", feed.getLocalName());
        assertEquals("https://fund.example.tw/od/api/v1/registry/outputs.atom", text(feed, "id"));
        assertEquals("2026-11-25T01:02:03Z", text(feed, "updated"), "the newest verification");
        List<Element> entries = entries(feed);
        assertEquals(2, entries.size(), "the verified dataset and benchmark; not the checked model nor the guide");
        assertEquals("tag:fund.example.tw,2026:registry/outputs/1009-2/0/" + LATER.getEpochSecond(),
                text(entries.get(0), "id"));
        assertEquals("tag:fund.example.tw,2026:registry/outputs/1009-1/0/"
                + RegistryFixtures.AMIS_VERIFIED.getEpochSecond(), text(entries.get(1), "id"));
        assertEquals("2026-11-20T07:30:00Z", text(entries.get(1), "updated"), "UTC, to the second");
        String summary = text(entries.get(1), "summary");
        assertTrue(summary.contains("1009-1") && summary.contains("CC-BY-4.0")
                && summary.contains("https://huggingface.co/datasets/demo/od-3401")
                && summary.contains("2026-11-20T07:30:00Z") && summary.contains("Dataset")
                && summary.contains("資料集"), summary);
        assertEquals("DATASET", ((Element) entries.get(1).getElementsByTagNameNS(AtomWriter.NS, "category").item(0))
                .getAttribute("term"));
        assertEquals(List.of("https://fund.example.tw/od/registry/project.xhtml?id=1009-1",
                "https://huggingface.co/datasets/demo/od-3401"), links(entries.get(1)));
    }

    @Test
    void idsStayTheSameAcrossFetchesAndAnEmptyFeedIsValid() throws Exception {
        List<String> first = entries(parse(VerifiedOutputsFeed.atom(projects(), ROOT, NOW)).getDocumentElement())
                .stream().map(e -> text(e, "id")).toList();
        List<String> second = entries(parse(VerifiedOutputsFeed.atom(projects(), ROOT, NOW.plusSeconds(60)))
                .getDocumentElement()).stream().map(e -> text(e, "id")).toList();
        assertEquals(first, second);
        Element empty = parse(VerifiedOutputsFeed.atom(List.of(), ROOT, NOW)).getDocumentElement();
        assertEquals("2026-12-01T00:00:00Z", text(empty, "updated"));
        assertTrue(entries(empty).isEmpty());
    }

    @Test
    void atMostTheLimitAreKept() {
        List<RegistryProject> many = new ArrayList<>();
        for (int i = 0; i < VerifiedOutputsFeed.LIMIT + 5; i++) {
            many.add(RegistryFixtures.amis());
        }
        List<VerifiedOutputsFeed.Verified> kept = VerifiedOutputsFeed.newestFirst(many);
        assertEquals(VerifiedOutputsFeed.LIMIT, kept.size());
        assertFalse(kept.stream().anyMatch(v -> v.output().state() != OutputState.VERIFIED));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<Element> entries(Element feed) {
        NodeList found = feed.getElementsByTagNameNS(AtomWriter.NS, "entry");
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            all.add((Element) found.item(i));
        }
        return all;
    }

    private static List<String> links(Element entry) {
        NodeList found = entry.getElementsByTagNameNS(AtomWriter.NS, "link");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            all.add(((Element) found.item(i)).getAttribute("href"));
        }
        return all;
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(AtomWriter.NS, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }
}
