package org.opendividend.calls.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opendividend.platform.i18n.BilingualText;
import org.opendividend.calls.entity.FundingCall;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.platform.i18n.Formats;
import org.opendividend.platform.i18n.Languages;
import org.opendividend.platform.i18n.Texts;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Atom feed of the public calls, newest published first ({@code GET /api/v1/calls/feed}), so that universities,
 * language communities and journalists learn of new calls without visiting. Written with an XML stream writer, so
 * every text a person typed is escaped; characters XML cannot carry at all are left out.
 */
@Path("calls/feed")
@RequestScoped
@Tag(name = "Calls")
public class CallFeed {

    public static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    static final int LIMIT = 50;

    @Inject
    CallFacade calls;

    @Inject
    MinistryFacade ministries;

    @Context
    UriInfo uriInfo;

    @GET
    @Produces(ATOM)
    @Operation(summary = "Atom feed of new calls",
            description = "The latest " + LIMIT + " published calls, newest first; titles and summaries in Traditional "
                    + "Chinese and English, the lead ministry as author, a link to each call's public page.")
    @APIResponse(responseCode = "200", description = "An Atom 1.0 feed (RFC 4287).",
            content = @Content(mediaType = "application/atom+xml"))
    public Response feed() {
        Instant now = calls.now();
        List<FundingCall> newest = newestFirst(calls.publicCalls(PublicCallFilter.NONE));
        List<MinistryView> known = ministries.activeMinistries();
        CallJson.MinistryLookup lookup = code -> known.stream().filter(m -> m.code().equals(code)).findFirst()
                .or(() -> ministries.ministry(code));
        byte[] atom = atom(newest, lookup, CallJson.appRoot(uriInfo.getBaseUri()), now);
        return Response.ok(atom).type(ATOM).build();
    }

    /** The calls most recently published first (unpublished ones last), at most {@value #LIMIT}. */
    static List<FundingCall> newestFirst(List<FundingCall> calls) {
        return calls.stream()
                .sorted(Comparator.comparing((FundingCall c) -> c.authorship().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(FundingCall::id, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(LIMIT)
                .toList();
    }

    /** The feed document, UTF-8. */
    static byte[] atom(List<FundingCall> calls, CallJson.MinistryLookup ministries, URI appRoot, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            String self = appRoot.resolve("api/v1/calls/feed").toString();
            element(xml, "id", self);
            element(xml, "title", both("feed.title"));
            element(xml, "subtitle", both("feed.subtitle"));
            Instant updated = calls.stream().map(CallFeed::updated).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(now);
            element(xml, "updated", rfc3339(updated));
            link(xml, "self", "application/atom+xml", self);
            link(xml, "alternate", "text/html", appRoot.resolve("calls/").toString());
            element(xml, "generator", Texts.text(Languages.EN, "app.name"));
            for (FundingCall call : calls) {
                entry(xml, call, ministries, appRoot);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the calls feed", e);
        }
        return out.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, FundingCall call, CallJson.MinistryLookup ministries, URI appRoot)
            throws XMLStreamException {
        String page = CallJson.pageUrl(appRoot, call.id()).toString();
        var texts = call.texts();
        xml.writeStartElement("entry");
        element(xml, "id", page);
        element(xml, "title", BilingualText.both(texts.titleZhTw(), texts.titleEn()));
        element(xml, "updated", rfc3339(Optional.ofNullable(updated(call)).orElse(call.authorship().createdAt())));
        if (call.authorship().publishedAt() != null) {
            element(xml, "published", rfc3339(call.authorship().publishedAt()));
        }
        link(xml, "alternate", "text/html", page);
        xml.writeStartElement("author");
        element(xml, "name", ministryName(call.leadMinistry(), ministries));
        xml.writeEndElement();
        for (String code : Stream.concat(Stream.of(call.leadMinistry()), call.coFunders().stream()).toList()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", xmlText(code));
            xml.writeAttribute("label", xmlText(ministryName(code, ministries)));
        }
        String closes = new Formats().dateTime(call.closesAt());
        String summary = texts.summaryZhTw() + "\n" + Texts.text(Languages.ZH_TW, "feed.entry.closes", closes)
                + "\n\n" + texts.summaryEn() + "\n" + Texts.text(Languages.EN, "feed.entry.closes", closes);
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(xmlText(summary));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static Instant updated(FundingCall call) {
        return call.updatedAt() != null ? call.updatedAt() : call.authorship().publishedAt();
    }

    private static String ministryName(String code, CallJson.MinistryLookup ministries) {
        return ministries.apply(code).map(m -> BilingualText.both(m.nameZhTw(), m.nameEn())).orElse(code);
    }

    private static String both(String key) {
        return BilingualText.both(Texts.text(Languages.ZH_TW, key), Texts.text(Languages.EN, key));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", xmlText(href));
    }

    /** RFC 3339 date-time in UTC, to the second. */
    static String rfc3339(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * The text without the characters XML 1.0 cannot carry even escaped (most control characters, unpaired
     * surrogates, U+FFFE and U+FFFF): the writer would pass them through and the feed would not parse.
     */
    static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(CallFeed::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
