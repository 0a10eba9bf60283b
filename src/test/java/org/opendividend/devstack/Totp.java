package org.opendividend.devstack;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/**
 * Time-based one-time codes (RFC 6238) as Keycloak's OTP Form checks them under the realms' OTP policy (HmacSHA1,
 * 6 digits, 30 s): what the tests type for the demo approvers and finance users, from the demo secrets of the realm
 * file. {@code realm-config/DemoOtp.java} computes the same for people (TotpTest holds both to the RFC's vectors).
 */
public final class Totp {

    /** The realms' OTP policy: seconds per code. */
    public static final int PERIOD_SECONDS = 30;
    /** The realms' OTP policy: digits per code. */
    public static final int DIGITS = 6;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The time step (RFC 6238's T) of an instant, in seconds since the epoch. */
    public static long step(long epochSecond) {
        return Math.floorDiv(epochSecond, PERIOD_SECONDS);
    }

    /** The realm policy's code (6 digits, HmacSHA1) of a base32 secret at a time step. */
    public static String code(String base32Secret, long step) {
        return code(base32(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /** RFC 6238's TOTP (RFC 4226's truncation of the HMAC of the step as 8 bytes, big-endian). */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + digits + "d", binary % (int) Math.pow(10, digits));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(algorithm + " is part of every JDK", impossible);
        }
    }

    /** The bytes of a base32 text (RFC 4648, upper case, without padding), as Keycloak decodes a BASE32 secret. */
    public static byte[] base32(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
