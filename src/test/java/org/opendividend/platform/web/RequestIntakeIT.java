package org.opendividend.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server refuses before it reads a body: an anonymous write to the API, a JSON body announced larger than
 * the API takes, and an upload to the wizard announced larger than an attachment may hold. Sent over a bare socket that announces a large body and sends none of it: an answer that arrives anyway
 * was given without reading the body. A body sent without a length is cut off at the limit.
 */
@ExtendWith(RunningStack.class)
class RequestIntakeIT {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    @Test
    void anAnonymousWriteIsRefusedBeforeItsBodyIsRead() throws Exception {
        String answer = announceWithoutSending("POST", "/api/v1/organisations", "application/json", null, HUNDRED_MB);
        assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
        assertTrue(answer.contains("\"code\":\"login_required\""), answer);
    }

    @Test
    void aJsonBodyAnnouncedLargerThanTheApiTakesIsRefusedUnread() throws Exception {
        String session = sessionOfTheDemoApplicant();
        String answer = announceWithoutSending("POST", "/api/v1/organisations", "application/json", session, HUNDRED_MB);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("\"code\":\"too_large\"") && answer.contains("larger than the API accepts"), answer);
    }

    @Test
    void aJsonBodySentWithoutALengthIsCutOffAtTheLimit() throws Exception {
        WebClient applicant = new WebClient("en");
        applicant.login("applicant", "demo", "/applicant/");
        byte[] huge = new byte[JsonBodyLimit.MAX_BYTES + 1024];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        HttpResponse<byte[]> answer = applicant.exchange(HttpRequest.newBuilder(
                        URI.create(RunningStack.appUrl() + "/api/v1/organisations"))
                .header("Content-Type", "application/json")
                // from a stream of unknown length: sent chunked, with no Content-Length to refuse it by
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertEquals(400, answer.statusCode(), body);
        assertTrue(body.contains("\"code\":\"api.problem.tooLarge\""), body);
    }

    @Test
    void anUploadToTheWizardAnnouncedLargerThanAnAttachmentIsRefusedUnreadWithATranslatedPage() throws Exception {
        String session = sessionOfTheDemoApplicant();
        String answer = announceWithoutSending("POST", "/applicant/application.xhtml",
                "multipart/form-data; boundary=----od", session, HUNDRED_MB);
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("This file is too large: at most 20 MB") && answer.contains("The file was not accepted"), answer);
    }

    private static String sessionOfTheDemoApplicant() throws Exception {
        WebClient applicant = new WebClient("en");
        applicant.login("applicant", "demo", "/applicant/");
        return applicant.cookie("JSESSIONID").orElseThrow();
    }

    /** Sends a request's head announcing {@code length} bytes, none of them, and returns the answer's head and body. */
    private static String announceWithoutSending(String method, String path, String contentType, String session, long length)
            throws Exception {
        URI app = URI.create(RunningStack.appUrl());
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(20_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + app.getAuthority() + "\r\n"
                    + "Accept-Language: en\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n"
                    + (session == null ? "" : "Cookie: JSESSIONID=" + session + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            StringBuilder answer = new StringBuilder();
            // read until the answer is complete: the server must answer without the body it was promised
            while (!answer.toString().contains("}") && !answer.toString().contains("</html>")) {
                int read = in.read(buffer);
                if (read < 0) {
                    break;
                }
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
