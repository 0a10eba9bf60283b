package org.opendividend.stack;

import jakarta.json.Json;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The demo calls as the running stack seeded them. Their dates count from the day the demo started ({@code sql/demo}),
 * so tests read them from the public calls API instead of writing them down.
 */
public final class DemoCalls {

    /** How pages and exports show an instant: Taipei time, to the second. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Taipei"));

    private DemoCalls() {
    }

    /** When a published demo call closes, from {@code /api/v1/calls/<id>}. */
    public static Instant closesAt(long callId) throws IOException, InterruptedException {
        HttpResponse<String> answer = new WebClient("en").get(RunningStack.appUrl() + "/api/v1/calls/" + callId);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("demo call " + callId + ": " + answer.statusCode() + " " + answer.body());
        }
        return Instant.parse(Json.createReader(new StringReader(answer.body())).readObject().getString("closesAt"));
    }

    /** When a published demo call closes, as pages show it ("2027-03-31 17:00:00", Taipei time). */
    public static String closesAtShown(long callId) throws IOException, InterruptedException {
        return SHOWN.format(closesAt(callId));
    }
}
