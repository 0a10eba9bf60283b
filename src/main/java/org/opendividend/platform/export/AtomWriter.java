package org.opendividend.platform.export;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes an Atom 1.0 feed (RFC 4287) for the public feeds (calls, verified outputs): an XML stream writer, so every
 * text a person typed is escaped; characters XML cannot carry at all are left out. Open the feed, write its head and
 * entries with the small methods below, then {@link #finish()} for the UTF-8 bytes.
 */
public final class AtomWriter {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    public static final String NS = "http://www.w3.org/2005/Atom";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;

    /** Starts the document and its {@code feed} element. */
    public AtomWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not start an Atom feed", e);
        }
    }

    /** An element with text: {@code <name>text</name>}. */
    public AtomWriter element(String name, String text) {
        return write(() -> {
            xml.writeStartElement(name);
            xml.writeCharacters(xmlText(text));
            xml.writeEndElement();
        });
    }

    /** A date construct ({@code updated}, {@code published}) in UTC, to the second. */
    public AtomWriter date(String name, Instant instant) {
        return element(name, rfc3339(instant));
    }

    /** A plain-text construct, e.g. a {@code summary} with line breaks. */
    public AtomWriter text(String name, String text) {
        return write(() -> {
            xml.writeStartElement(name);
            xml.writeAttribute("type", "text");
            xml.writeCharacters(xmlText(text));
            xml.writeEndElement();
        });
    }

    public AtomWriter link(String rel, String type, String href) {
        return write(() -> {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", rel);
            xml.writeAttribute("type", type);
            xml.writeAttribute("href", xmlText(href));
        });
    }

    public AtomWriter category(String term, String label) {
        return write(() -> {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlText(term));
            xml.writeAttribute("label", xmlText(label));
        });
    }

    /** An {@code author} with its name. */
    public AtomWriter author(String name) {
        start("author");
        element("name", name);
        return end();
    }

    /** Opens an element with children ({@code entry}); close it with {@link #end()}. */
    public AtomWriter start(String name) {
        return write(() -> xml.writeStartElement(name));
    }

    public AtomWriter end() {
        return write(xml::writeEndElement);
    }

    /** Closes the feed; the document in UTF-8. */
    public byte[] finish() {
        write(() -> {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        });
        return out.toByteArray();
    }

    /** RFC 3339 date-time in UTC, to the second. */
    public static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The text without the characters XML 1.0 cannot carry even escaped (most control characters, unpaired
     * surrogates, U+FFFE and U+FFFF): the writer would pass them through and the feed would not parse.
     */
    public static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(AtomWriter::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private AtomWriter write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write an Atom feed", e);
        }
        return this;
    }
}
