package org.opendividend.stack;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A browser-less client for HTTP-level tests: keeps cookies, follows redirects, and logs in through the real
 * Keycloak login form exactly as a browser posts it.
 */
public class WebClient {

    private final HttpClient http;
    private final String acceptLanguage;
    private final String appUrl;
    private final String keycloakUrl;
    private final LocalhostCookies cookies = new LocalhostCookies();
    private HttpClient direct;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private int busyRetries;
    private final java.util.concurrent.atomic.AtomicInteger busyAnswers = new java.util.concurrent.atomic.AtomicInteger();

    public WebClient() {
        this("zh-TW");
    }

    /** A client of the test stack ({@link RunningStack}). */
    public WebClient(String acceptLanguage) {
        this(acceptLanguage, RunningStack.appUrl(), RunningStack.keycloakUrl());
    }

    /** A client of the stack at these addresses (e.g. the benchmark's). */
    public WebClient(String acceptLanguage, String appUrl, String keycloakUrl) {
        this.acceptLanguage = acceptLanguage;
        this.appUrl = appUrl;
        this.keycloakUrl = keycloakUrl;
        // HTTP/1.1 as browsers speak it over plain http: Java's default would upgrade to cleartext HTTP/2 (h2c),
        // whose flow control made 1 MB uploads crawl in the deadline-rush benchmark
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Keycloak marks its cookies Secure. Browsers treat http://localhost as a secure context and send them; Java's
     * cookie manager does not, so for this loopback-only test client cookies are kept as if the scheme were https.
     */
    static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(asHttps(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(asHttps(uri), headers);
        }

        /** The value of this server's cookie of that name, if the client holds one. */
        java.util.Optional<String> valueOf(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst();
        }

        private static URI asHttps(URI uri) {
            return URI.create(uri.toString().replaceFirst("^http://", "https://"));
        }
    }

    /** The value of a cookie the client holds (e.g. the session's id). */
    public java.util.Optional<String> cookie(String name) {
        return cookies.valueOf(name);
    }

    /**
     * Retries, up to {@code times} times, a request answered 503 with {@code Retry-After} (the server is overloaded
     * and did nothing with it), after the time it asks for, as the applicants' API documentation tells clients to.
     * Off by default, so that tests see the server's own answers.
     */
    public WebClient retryingWhenBusy(int times) {
        this.busyRetries = times;
        return this;
    }

    /** How many 503 answers with {@code Retry-After} this client has seen (retried or not). */
    public int busyAnswers() {
        return busyAnswers.get();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = within(http, request, HttpResponse.BodyHandlers.ofString());
            java.util.Optional<String> retryAfter = answer.headers().firstValue("Retry-After");
            if (answer.statusCode() != 503 || retryAfter.isEmpty()) {
                return answer;
            }
            busyAnswers.incrementAndGet();
            if (attempt >= busyRetries) {
                return answer;
            }
            Thread.sleep(Duration.ofSeconds(Math.min(60, Math.max(1, Long.parseLong(retryAfter.get().trim())))).toMillis());
        }
    }

    /** A client that does not follow redirects, to see them. */
    public static HttpClient noRedirects() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(request(url).GET().build());
    }

    public HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        return send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    public HttpResponse<String> postJson(String url, String json) throws IOException, InterruptedException {
        return sendJson("POST", url, json);
    }

    /** A JSON body sent with {@code method} (POST, PUT, …). */
    public HttpResponse<String> sendJson(String method, String url, String json) throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Bytes sent with PUT as {@code contentType}, e.g. a PDF to the applications API. */
    public HttpResponse<String> putBytes(String url, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(request(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Bytes sent with PUT in chunks spread over {@code spread}, as a slow connection uploads: the server works on the
     * request (and holds whatever it took for it) until the last chunk arrived.
     */
    public java.util.concurrent.CompletableFuture<HttpResponse<String>> putSlowly(String url, String contentType, byte[] body,
                                                                                Duration spread) {
        return http.sendAsync(request(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.fromPublisher(new Trickle(body, spread), body.length)).build(),
                HttpResponse.BodyHandlers.ofString()).orTimeout(spread.plus(PATIENCE).toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Sends a request as it is built, with this client's cookies and language but without following redirects, so
     * that the answer seen is the server's own (e.g. for the API fuzz test).
     */
    public HttpResponse<byte[]> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (direct == null) {
            direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }
        return within(direct, request.header("Accept-Language", acceptLanguage).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", acceptLanguage);
    }

    /**
     * Sends and waits at most {@link #PATIENCE} for the answer, then gives up on the request. Not with the request's
     * own {@code timeout}: in this JDK's client that timer outlived answered requests and closed their connection
     * about that long after it was opened, under whatever request used it by then ("header parser received no
     * bytes"). The deadline-rush benchmark's "unanswered" requests were these: closed by the client while the server
     * worked on them, 60 s after the connection opened, 45 s with a timeout of 45 s (captured on the loopback,
     * BENCHMARKS.md). The GET-only clients (the launcher's readiness polls, the registry benchmark) keep request
     * timeouts: none of their requests was seen closed so.
     */
    private static <T> HttpResponse<T> within(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        java.util.concurrent.CompletableFuture<HttpResponse<T>> answer = client.sendAsync(request, body);
        try {
            return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            throw new java.net.http.HttpTimeoutException("no answer within " + PATIENCE + ": " + request.method() + " "
                    + request.uri());
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }

    /**
     * The status the application answers {@code page} with to a demo login (password {@code demo}) that logged in
     * through {@code landing}: how the tests prove that the server refuses a person a page.
     */
    public static int statusOf(String page, String username, String landing) throws Exception {
        WebClient client = new WebClient();
        client.login(username, "demo", landing);
        return client.get(RunningStack.appUrl() + page).statusCode();
    }

    /**
     * Opens {@code path} of the application, which sends an anonymous visitor to Keycloak's login page, and
     * submits that page's form; when Keycloak then asks for a one-time code (the demo approvers and finance users),
     * submits the current one ({@link OneTimeCodes}).
     *
     * @return the response after login and all redirects
     */
    public HttpResponse<String> login(String username, String password, String path) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(appUrl + path);
        if (!loginPage.uri().toString().startsWith(keycloakUrl)) {
            throw new AssertionError("expected Keycloak's login page but got " + loginPage.uri());
        }
        Document page = Jsoup.parse(loginPage.body(), loginPage.uri().toString());
        Element form = page.getElementById("kc-form-login");
        if (form == null) {
            throw new AssertionError("no login form at " + loginPage.uri());
        }
        HttpResponse<String> answer = post(form.absUrl("action"), Map.of("username", username, "password", password, "credentialId", ""));
        if (oneTimeCodeForm(answer) == null) {
            return answer;
        }
        HttpResponse<String> afterCode = submitOneTimeCode(answer, OneTimeCodes.next(username));
        if (oneTimeCodeForm(afterCode) != null) {
            // the code was taken by another login of the same user in this step (Keycloak takes each once)
            afterCode = submitOneTimeCode(afterCode, OneTimeCodes.afterRefusal(username));
        }
        return afterCode;
    }

    /** Keycloak's form asking for a one-time code (OTP Form) in an answer, or null when it asks for none. */
    public Element oneTimeCodeForm(HttpResponse<String> answer) {
        if (!answer.uri().toString().startsWith(keycloakUrl)) {
            return null;
        }
        return Jsoup.parse(answer.body(), answer.uri().toString()).getElementById("kc-otp-login-form");
    }

    /** Submits {@code code} on Keycloak's one-time code page that {@code otpPage} answered. */
    public HttpResponse<String> submitOneTimeCode(HttpResponse<String> otpPage, String code) throws IOException, InterruptedException {
        Element form = oneTimeCodeForm(otpPage);
        if (form == null) {
            throw new AssertionError("not on Keycloak's one-time code page: " + otpPage.uri());
        }
        Element selected = form.getElementById("selectedCredentialId");
        return post(form.absUrl("action"), Map.of("otp", code, "login", "",
                "selectedCredentialId", selected == null ? "" : selected.val()));
    }

    /**
     * Registers a new person on Keycloak's registration page (reached from the login page's "Register" link), as a
     * browser posts it; Keycloak then logs them in and sends them back to the application.
     *
     * @return the response after registration and all redirects (the applicant area when it worked)
     */
    public HttpResponse<String> register(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get(appUrl + "/session/signin");
        Element registerLink = Jsoup.parse(loginPage.body(), loginPage.uri().toString()).selectFirst("#kc-registration a");
        if (registerLink == null) {
            throw new AssertionError("the login page at " + loginPage.uri() + " offers no registration");
        }
        HttpResponse<String> registrationPage = get(registerLink.absUrl("href"));
        Element form = Jsoup.parse(registrationPage.body(), registrationPage.uri().toString()).getElementById("kc-register-form");
        if (form == null) {
            throw new AssertionError("no registration form at " + registrationPage.uri());
        }
        return post(form.absUrl("action"), Map.of(
                "firstName", "雅琪", "lastName", "林", "email", username + "@example.org",
                "username", username, "password", password, "password-confirm", password));
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
