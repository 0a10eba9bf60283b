package org.opendividend.calls.boundary;

import org.junit.jupiter.api.Test;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.platform.export.AtomWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallFeedTest {

    private static final String ATOM = AtomWriter.NS;
    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    @Test
    void markupInTitlesAndSummariesIsEscapedAndTheFeedParses() throws Exception {
        String hostile = "<script>alert(1)</script> & \"quotes\" ]]> 'apostrophes'";
        FundingCall call = CallJsonTest.publishedCall(1001, hostile, hostile + " en",
                Instant.parse("2026-10-15T02:00:00Z"));
        byte[] atom = CallFeed.atom(List.of(call), CallJsonTest.MINISTRIES, CallJsonTest.ROOT, NOW);
        String xml = new String(atom, StandardCharsets.UTF_8);

        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"), xml);
        assertFalse(xml.contains("]]>"), "a CDATA end in text must be escaped too");

        Document feed = parse(atom);
        Element entry = only(feed.getDocumentElement(), "entry");
        assertEquals(hostile + " / " + hostile + " en", text(entry, "title"), "the title reads back unchanged");
    }

    @Test
    void charactersXmlCannotCarryAreLeftOut() throws Exception {
        FundingCall call = CallJsonTest.publishedCall(5, "標題\u0001\u0008\uFFFE", "Title\u000B\uD800",
                Instant.parse("2026-10-15T02:00:00Z"));
        Document feed = parse(CallFeed.atom(List.of(call), CallJsonTest.MINISTRIES, CallJsonTest.ROOT, NOW));
        assertEquals("標題 / Title", text(only(feed.getDocumentElement(), "entry"), "title"));
        assertEquals("a\tb\nc", AtomWriter.xmlText("a\tb\nc"), "tabs and line breaks stay");
        assertEquals("😀", AtomWriter.xmlText("😀"), "characters beyond the BMP stay");
    }

    @Test
    void theFeedIsAtomWithLinksIdsAndAuthors() throws Exception {
        FundingCall call = CallJsonTest.publishedCall(1001, "客語語料", "Hakka corpora", Instant.parse("2026-10-15T02:00:00Z"));
        Document feed = parse(CallFeed.atom(List.of(call), CallJsonTest.MINISTRIES, CallJsonTest.ROOT, NOW));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("https://fund.example.tw/od/api/v1/calls/feed", text(root, "id"));
        assertTrue(text(root, "title").contains("開放紅利") && text(root, "title").contains("Open Dividend"));
        assertEquals("https://fund.example.tw/od/api/v1/calls/feed", link(root, "self"));
        assertEquals("https://fund.example.tw/od/calls/", link(root, "alternate"));

        Element entry = only(root, "entry");
        assertEquals("https://fund.example.tw/od/calls/call.xhtml?id=1001", text(entry, "id"));
        assertEquals("https://fund.example.tw/od/calls/call.xhtml?id=1001", link(entry, "alternate"));
        assertEquals("客語語料 / Hakka corpora", text(entry, "title"));
        assertEquals("2026-10-15T02:00:00Z", text(entry, "published"));
        assertEquals("2026-10-15T02:00:00Z", text(entry, "updated"));
        assertEquals("2026-10-15T02:00:00Z", text(root, "updated"), "the feed was updated with its newest entry");
        assertEquals("文化部 / Ministry of Culture", text(only(entry, "author"), "name"));
        String summary = text(entry, "summary");
        assertTrue(summary.contains("語料建置摘要") && summary.contains("Corpus summary"), summary);
        assertTrue(summary.contains("2027-03-31 17:00:00"), "the deadline in Taipei time: " + summary);
        NodeList categories = entry.getElementsByTagNameNS(ATOM, "category");
        assertEquals(2, categories.getLength(), "lead and co-funder");
        assertEquals("moc", ((Element) categories.item(0)).getAttribute("term"));
    }

    @Test
    void anEmptyFeedIsStillValidAtom() throws Exception {
        Document feed = parse(CallFeed.atom(List.of(), CallJsonTest.MINISTRIES, CallJsonTest.ROOT, NOW));
        assertEquals("2026-11-28T00:00:00Z", text(feed.getDocumentElement(), "updated"));
        assertEquals(0, feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").getLength());
    }

    @Test
    void newestPublishedFirstAndAtMostFifty() {
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        List<FundingCall> calls = new ArrayList<>();
        IntStream.rangeClosed(1, 60).forEach(i ->
                calls.add(CallJsonTest.publishedCall(i, "標題" + i, "Title " + i, first.plus(Duration.ofDays(i)))));
        List<FundingCall> newest = CallFeed.newestFirst(calls);
        assertEquals(CallFeed.LIMIT, newest.size());
        assertEquals(60L, newest.get(0).id());
        assertEquals(11L, newest.get(49).id());
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static Element only(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(ATOM, name);
        assertEquals(1, found.getLength(), name);
        return (Element) found.item(0);
    }

    /** The text of the first direct child of that name. */
    private static String text(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in " + parent.getLocalName());
    }

    private static String link(Element parent, String rel) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && "link".equals(e.getLocalName()) && rel.equals(e.getAttribute("rel"))) {
                return e.getAttribute("href");
            }
        }
        throw new AssertionError("no link " + rel);
    }
}
