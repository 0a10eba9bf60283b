package org.opendividend.stack;

import org.opendividend.devstack.DemoLogins;
import org.opendividend.devstack.Totp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one-time codes the login helpers ({@link Browser#loginOnKeycloakPage}, {@link WebClient#login}) type when
 * Keycloak asks a demo approver or finance user for one, from that user's demo secret in the realm file.
 * <p>
 * Keycloak takes each code once (the realms' OTP policy: codes not reusable), so a second login of the same user
 * within one 30 s step would be refused: {@link #next} hands out a code of a step not handed out for that user yet,
 * waiting for the next step when needed; {@link #afterRefusal} is for a code another test process took meanwhile.
 */
public final class OneTimeCodes {

    private static final Map<String, Long> LAST_STEP = new HashMap<>();
    private static Map<String, String> secrets;

    private OneTimeCodes() {
    }

    /** The demo secret of a login, if the demo realm gives it one. */
    public static synchronized Optional<String> secretOf(String username) {
        if (secrets == null) {
            try {
                Map<String, String> read = new HashMap<>();
                for (DemoLogins.DemoUser user : DemoLogins.read(Path.of(System.getProperty("opendividend.basedir", "."),
                        "realm-config/opendividend-realm.json"))) {
                    if (!user.otpSecret().isEmpty()) {
                        read.put(user.username(), user.otpSecret());
                    }
                }
                secrets = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.ofNullable(secrets.get(username));
    }

    /** The current code of a demo login; waits for the next step if this step's code was already handed out. */
    public static synchronized String next(String username) {
        String secret = secretOf(username).orElseThrow(() -> new AssertionError(
                "Keycloak asks " + username + " for a one-time code, but the demo realm gives them no OTP secret"));
        long step = Totp.step(Instant.now().getEpochSecond());
        Long last = LAST_STEP.get(username);
        if (last != null && step <= last) {
            sleepUntil(last + 1);
            step = last + 1;
        }
        LAST_STEP.put(username, step);
        return Totp.code(secret, step);
    }

    /** After Keycloak refused a fresh code (taken by another login of the same user): the next step's code. */
    public static synchronized String afterRefusal(String username) {
        LAST_STEP.merge(username, Totp.step(Instant.now().getEpochSecond()), Math::max);
        return next(username);
    }

    private static void sleepUntil(long step) {
        long millis = step * Totp.PERIOD_SECONDS * 1000 - System.currentTimeMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the next one-time code", e);
            }
        }
    }
}
