package org.opendividend.platform.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.devstack.Totp;
import org.opendividend.stack.Browser;
import org.opendividend.stack.OneTimeCodes;
import org.opendividend.stack.RunningStack;
import org.opendividend.stack.WebClient;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Money roles need a second factor: the realm asks approvers and finance users for a one-time code (Keycloak's OTP
 * Form, TOTP) after their password, lets them in only with the right one, and asks the other roles for none.
 */
@ExtendWith(RunningStack.class)
class SecondFactorJourneyIT {

    private static final String APPROVER = "approver.moc";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-TW", "en"})
    void anApproverIsLetInOnlyWithTheRightOneTimeCode(String language) throws Exception {
        boolean english = language.equals("en");
        try (Browser browser = new Browser(language)) {
            browser.open("/approver/");
            browser.submitPasswordOnKeycloakPage(APPROVER, "demo");
            browser.waiting().until(d -> browser.onOneTimeCodePage() || d.getCurrentUrl().startsWith(RunningStack.appUrl()));
            assertTrue(browser.onOneTimeCodePage(), "a password alone does not let an approver in: " + browser.driver().getCurrentUrl());

            browser.enterOneTimeCode(wrongCode(APPROVER));
            browser.waiting().until(d -> browser.hasOneTimeCodeError() || d.getCurrentUrl().startsWith(RunningStack.appUrl()));
            assertTrue(browser.hasOneTimeCodeError(), "a wrong code is refused with Keycloak's error");
            assertTrue(browser.driver().getCurrentUrl().startsWith(RunningStack.keycloakUrl()), "still at Keycloak");
            String error = browser.text("input-error-otp");
            assertFalse(error.isBlank());
            if (english) {
                assertTrue(error.contains("Invalid authenticator code"), error);
            }

            browser.enterOneTimeCode(OneTimeCodes.next(APPROVER));
            browser.waiting().until(d -> d.getCurrentUrl().startsWith(RunningStack.appUrl()));
            assertEquals(RunningStack.appUrl() + "/approver/", browser.driver().getCurrentUrl(), "in with the right code");
            assertEquals(english ? "Approver area" : "核定主管專區", browser.text("area-title"));

            browser.open("/finance/");
            assertEquals(english ? "Access denied" : "沒有存取權限", browser.text("error-title"),
                    "the second factor lets an approver into their area, not into finance's");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-TW", "en"})
    void anApplicantAndAnOfficerAreAskedForNoCode(String language) throws Exception {
        for (String[] login : new String[][] {{"applicant", "/applicant/"}, {"officer.moc", "/officer/"}}) {
            try (Browser browser = new Browser(language)) {
                browser.open(login[1]);
                browser.submitPasswordOnKeycloakPage(login[0], "demo");
                browser.waiting().until(d -> browser.onOneTimeCodePage() || d.getCurrentUrl().startsWith(RunningStack.appUrl()));
                assertFalse(browser.onOneTimeCodePage(), login[0] + " is asked for no one-time code");
                assertEquals(RunningStack.appUrl() + login[1], browser.driver().getCurrentUrl());
            }
        }
    }

    /**
     * Keycloak takes each code once: a second login with the code just used stays on the code page, which is why the
     * login helpers wait for the next code ({@link OneTimeCodes}). Finance users are asked like approvers.
     */
    @Test
    void aCodeIsTakenOnceAndFinanceIsAskedToo() throws Exception {
        String user = "finance.nstc";
        WebClient first = new WebClient("en");
        HttpResponse<String> codePage = passwordOnly(first, user, "/finance/");
        assertNotNull(first.oneTimeCodeForm(codePage), "finance gives a one-time code too");
        String code = OneTimeCodes.next(user);
        HttpResponse<String> in = first.submitOneTimeCode(codePage, code);
        assertEquals(RunningStack.appUrl() + "/finance/", in.uri().toString());
        assertEquals(200, in.statusCode());

        WebClient second = new WebClient("en");
        HttpResponse<String> again = second.submitOneTimeCode(passwordOnly(second, user, "/finance/"), code);
        assertNotNull(second.oneTimeCodeForm(again), "the same code a second time is refused: " + again.uri());
        assertTrue(again.body().contains("Invalid authenticator code"), "Keycloak says so");

        HttpResponse<String> next = second.submitOneTimeCode(again, OneTimeCodes.afterRefusal(user));
        assertNull(second.oneTimeCodeForm(next));
        assertEquals(RunningStack.appUrl() + "/finance/", next.uri().toString(), "the next code lets them in");
    }

    /**
     * A password grant (no client of the application allows one; Keycloak's own admin-cli does) asks the same: an
     * approver's password alone gets no token, with the code it does, and an applicant needs none.
     */
    @Test
    void aPasswordGrantAsksTheSameCode() throws Exception {
        assertEquals(401, passwordGrant(APPROVER, null).statusCode(), "no token for an approver's password alone");
        HttpResponse<String> withCode = passwordGrant(APPROVER, OneTimeCodes.next(APPROVER));
        assertEquals(200, withCode.statusCode(), withCode.body());
        assertTrue(withCode.body().contains("\"access_token\""));
        assertEquals(200, passwordGrant("applicant", null).statusCode(), "an applicant sends no code");
    }

    private static HttpResponse<String> passwordGrant(String user, String code) throws Exception {
        java.util.Map<String, String> form = new java.util.HashMap<>(java.util.Map.of("client_id", "admin-cli",
                "grant_type", "password", "username", user, "password", "demo"));
        if (code != null) {
            form.put("totp", code);
        }
        return new WebClient().post(RunningStack.keycloakUrl() + "/realms/opendividend/protocol/openid-connect/token", form);
    }

    /** Logs in with the password only, stopping at whatever Keycloak answers (the code page for money roles). */
    private static HttpResponse<String> passwordOnly(WebClient client, String user, String path) throws Exception {
        HttpResponse<String> loginPage = client.get(RunningStack.appUrl() + path);
        var form = org.jsoup.Jsoup.parse(loginPage.body(), loginPage.uri().toString()).getElementById("kc-form-login");
        assertNotNull(form, "Keycloak's login page at " + loginPage.uri());
        return client.post(form.absUrl("action"), java.util.Map.of("username", user, "password", "demo", "credentialId", ""));
    }

    /** A code Keycloak cannot take now: none of the codes of the steps it accepts (one before and after). */
    private static String wrongCode(String user) {
        String secret = OneTimeCodes.secretOf(user).orElseThrow();
        long now = Totp.step(Instant.now().getEpochSecond());
        Set<String> accepted = Set.copyOf(LongStream.rangeClosed(now - 2, now + 2).mapToObj(s -> Totp.code(secret, s)).toList());
        return LongStream.range(0, 10).mapToObj(i -> String.format("%06d", i * 111_111)).filter(c -> !accepted.contains(c))
                .findFirst().orElseThrow();
    }
}
