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
import org.opendividend.platform.export.AtomWriter;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Atom feed of the public calls, newest published first ({@code GET /api/v1/calls/feed}), so that universities,
 * language communities and journalists learn of new calls without visiting. Written by the platform's
 * {@link AtomWriter}, which escapes every text a person typed.
 */
@Path("calls/feed")
@RequestScoped
@Tag(name = "Calls")
public class CallFeed {

    public static final String ATOM = AtomWriter.MEDIA_TYPE;
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
        AtomWriter atom = new AtomWriter();
        String self = appRoot.resolve("api/v1/calls/feed").toString();
        Instant updated = calls.stream().map(CallFeed::updated).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(now);
        atom.element("id", self).element("title", both("feed.title")).element("subtitle", both("feed.subtitle"))
                .date("updated", updated)
                .link("self", "application/atom+xml", self)
                .link("alternate", "text/html", appRoot.resolve("calls/").toString())
                .element("generator", Texts.text(Languages.EN, "app.name"));
        for (FundingCall call : calls) {
            entry(atom, call, ministries, appRoot);
        }
        return atom.finish();
    }

    private static void entry(AtomWriter atom, FundingCall call, CallJson.MinistryLookup ministries, URI appRoot) {
        String page = CallJson.pageUrl(appRoot, call.id()).toString();
        var texts = call.texts();
        atom.start("entry").element("id", page)
                .element("title", BilingualText.both(texts.titleZhTw(), texts.titleEn()))
                .date("updated", Optional.ofNullable(updated(call)).orElse(call.authorship().createdAt()));
        if (call.authorship().publishedAt() != null) {
            atom.date("published", call.authorship().publishedAt());
        }
        atom.link("alternate", "text/html", page).author(ministryName(call.leadMinistry(), ministries));
        for (String code : Stream.concat(Stream.of(call.leadMinistry()), call.coFunders().stream()).toList()) {
            atom.category(code, ministryName(code, ministries));
        }
        String closes = new Formats().dateTime(call.closesAt());
        String summary = texts.summaryZhTw() + "\n" + Texts.text(Languages.ZH_TW, "feed.entry.closes", closes)
                + "\n\n" + texts.summaryEn() + "\n" + Texts.text(Languages.EN, "feed.entry.closes", closes);
        atom.text("summary", summary).end();
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
}
