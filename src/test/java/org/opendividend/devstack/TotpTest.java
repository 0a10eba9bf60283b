package org.opendividend.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tests' one-time codes, and the README's DemoOtp program, against RFC 6238 and the demo realm. */
class TotpTest {

    private static final byte[] RFC_SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: the SHA-1 column (8 digits, 30 s steps from the epoch). */
    @ParameterizedTest(name = "T = {0} s gives {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfcsTestVectors(long epochSecond, String expected) {
        assertEquals(expected, Totp.code(RFC_SHA1_SEED, Totp.step(epochSecond), 8, "HmacSHA1"));
    }

    @Test
    void sixDigitsAreTheLastSixOfTheSameTruncation() {
        assertEquals("287082", Totp.code(RFC_SHA1_SEED, Totp.step(59), 6, "HmacSHA1"));
        assertEquals("005924", Totp.code(RFC_SHA1_SEED, Totp.step(1234567890), 6, "HmacSHA1"), "leading zeros kept");
    }

    @Test
    void stepsAreThirtySeconds() {
        assertEquals(0, Totp.step(29));
        assertEquals(1, Totp.step(30));
        assertEquals(37037036, Totp.step(1111111109));
    }

    /** RFC 4648's base32 of the same seed, as an authenticator app (and Keycloak's BASE32 encoding) takes it. */
    @Test
    void decodesBase32() {
        assertArrayEquals(RFC_SHA1_SEED, Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        assertEquals("94287082", Totp.code(Totp.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"), Totp.step(59), 8, "HmacSHA1"));
        assertThrows(IllegalArgumentException.class, () -> Totp.base32("GEZDGNBV1"), "1 is no base32 digit");
    }

    @Test
    void theDemoMoneyUsersHaveSecretsAndOthersNone() throws Exception {
        for (DemoLogins.DemoUser user : DemoLogins.read(Path.of(DevStack.DEMO_REALM_FILE))) {
            boolean money = user.roles().contains("approver") || user.roles().contains("finance");
            assertEquals(money, !user.otpSecret().isEmpty(), user.username());
            if (money) {
                assertEquals(20, Totp.base32(user.otpSecret()).length, "160 bits, as RFC 4226 recommends");
            }
        }
    }

    /** What the README tells a new user to run gives the code the tests type, at the same instant. */
    @Test
    void theReadmesDemoOtpProgramPrintsTheSameCode() throws Exception {
        String secret = DemoLogins.read(Path.of(DevStack.DEMO_REALM_FILE)).stream()
                .filter(u -> u.username().equals("approver.moc")).findFirst().orElseThrow().otpSecret();
        for (long instant : new long[] {59, 1_764_570_000L}) {
            Process program = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "realm-config/DemoOtp.java", "approver.moc", "--at", Long.toString(instant))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String printed = new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(program.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, program.exitValue());
            assertEquals(Totp.code(secret, Totp.step(instant)), printed, "at " + instant);
        }
        Process refused = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "realm-config/DemoOtp.java", "officer.moc").redirectErrorStream(true).start();
        String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, refused.exitValue(), said);
        assertFalse(said.matches("(?s).*\\b[0-9]{6}\\b.*"), "no code for a user without a second factor: " + said);
    }
}
