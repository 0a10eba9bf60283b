package org.opendividend.platform.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.stack.Pages;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What anyone sees without logging in: the landing page in both languages, error pages, health. */
@ExtendWith(RunningStack.class)
class PublicPagesIT {

    @Test
    void theLandingPageSaysWhatTheFundIsAndListsTheMinistriesFromTheDatabase() throws Exception {
        HttpResponse<String> zh = new WebClient("zh-TW").get(RunningStack.appUrl() + "/");
        assertEquals(200, zh.statusCode());
        Document page = Jsoup.parse(zh.body());
        assertEquals("zh-TW", page.selectFirst("html").attr("lang"));
        assertEquals("台灣公共AI發展基金", page.getElementById("landing-title").text());
        assertEquals(java.util.List.of("moc", "moda", "nstc"), page.select("#ministry-list li").eachAttr("data-code"));
        assertTrue(page.select("#ministry-list li").eachText().contains("文化部"));
        assertTrue(page.getElementById("login") != null, "anonymous visitors are offered a login");
    }

    /** The test stack runs in demo mode, as the Run command does: every page says so, in the reader's language. */
    @Test
    void everyPageOfTheDemoCarriesTheDemoBannerInBothLanguages() throws Exception {
        for (String path : new String[] {"/", "/calls/", "/calls/call.xhtml?id=1001", "/no-such-page"}) {
            Document zh = Jsoup.parse(new WebClient("zh-TW").get(RunningStack.appUrl() + path).body());
            assertTrue(zh.getElementById("demo-banner") != null, "banner on " + path);
            assertTrue(zh.getElementById("demo-banner").text().startsWith("示範版：本系統僅供展示"), zh.getElementById("demo-banner").text());
            Document en = Jsoup.parse(new WebClient("en").get(RunningStack.appUrl() + path).body());
            assertTrue(en.getElementById("demo-banner").text().startsWith("Demo: a demonstration with made-up calls"),
                    en.getElementById("demo-banner").text());
        }
    }

    @Test
    void theBrowsersLanguageDecidesWithoutAnExplicitChoice() throws Exception {
        Document en = Jsoup.parse(new WebClient("en-GB,en;q=0.9").get(RunningStack.appUrl() + "/").body());
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Taiwan Public AI Development Fund", en.getElementById("landing-title").text());
        assertTrue(en.select("#ministry-list li").eachText().contains("Ministry of Culture"));

        Document other = Jsoup.parse(new WebClient("fr-FR").get(RunningStack.appUrl() + "/").body());
        assertEquals("zh-TW", other.selectFirst("html").attr("lang"), "unsupported languages fall back to zh-TW");
    }

    @Test
    void theLanguageSwitchOverridesTheBrowserAndIsRemembered() throws Exception {
        WebClient client = new WebClient("zh-TW");
        HttpResponse<String> switched = client.get(RunningStack.appUrl() + "/?lang=en");
        assertEquals(RunningStack.appUrl() + "/", switched.uri().toString(), "redirected to the clean address");
        assertEquals("en", Jsoup.parse(switched.body()).selectFirst("html").attr("lang"));
        assertEquals("en", Jsoup.parse(client.get(RunningStack.appUrl() + "/").body()).selectFirst("html").attr("lang"));
    }

    /** The benchmark's bare storing endpoint exists only when the benchmark asks for it: anyone could fill the disk. */
    @Test
    void theBenchmarksCeilingIsAbsentFromANormalStart() throws Exception {
        HttpResponse<String> response = new WebClient("en").putBytes(RunningStack.appUrl() + "/benchmark/ceiling",
                "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // the container's refusal of a PUT to a path nothing serves (403 from its read-only default servlet), not a 201
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, response.statusCode() + " " + response.body());
        assertFalse(response.body().contains("sha256"), response.body());
    }

    @Test
    void unknownPagesGetTheTranslatedNotFoundPage() throws Exception {
        for (String path : new String[] {"/no-such-page", "/no-such-page.xhtml", "/resources/none.css"}) {
            HttpResponse<String> response = new WebClient("en").get(RunningStack.appUrl() + path);
            assertEquals(404, response.statusCode(), path);
            Document page = Jsoup.parse(response.body());
            assertEquals("Page not found", page.getElementById("error-title").text(), path);
            Pages.assertNoStackTrace(response.body());
        }
        HttpResponse<String> zh = new WebClient("zh-TW").get(RunningStack.appUrl() + "/no-such-page");
        assertEquals("找不到頁面", Jsoup.parse(zh.body()).getElementById("error-title").text());
    }

    @Test
    void readinessReportsTheDatabaseAndTheIdentityProvider() throws Exception {
        HttpResponse<String> health = new WebClient().get(RunningStack.appUrl() + "/health/ready");
        assertEquals(200, health.statusCode());
        String body = health.body();
        assertTrue(body.contains("\"status\":\"UP\""), body);
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"identity-provider\""), body);
    }

    @Test
    void metricsAreServed() throws Exception {
        HttpResponse<String> metrics = new WebClient().get(RunningStack.appUrl() + "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("base_") || metrics.body().contains("jvm"), "JVM metrics present");
    }

    @Test
    void templatesAreNeverServed() throws Exception {
        HttpResponse<String> response = new WebClient().get(RunningStack.appUrl() + "/WEB-INF/templates/layout.xhtml");
        assertTrue(response.statusCode() == 404 || response.statusCode() == 403, "status " + response.statusCode());
        assertFalse(response.body().contains("ui:insert"));
    }
}
