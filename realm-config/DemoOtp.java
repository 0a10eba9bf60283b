import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The current one-time code of a demo approver or finance user, for the demo realm's second factor: needs only a JDK
 * (17 runs a single source file). From the repository's root:
 *
 * <pre>java realm-config/DemoOtp.java approver.moc</pre>
 *
 * prints the 6-digit TOTP (RFC 6238: HmacSHA1, 30 s steps, as the realm's OTP policy says) computed from the demo
 * secret that {@code opendividend-realm.json} gives that user (also printed, for an authenticator app). Keycloak takes
 * each code once: a second login of the same user within the same 30 s needs the next code.
 * {@code --at <epoch seconds>} computes the code of another instant.
 */
public class DemoOtp {

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--at"))) {
            System.err.println("usage: java realm-config/DemoOtp.java <demo login, e.g. approver.moc> [--at <epoch seconds>]");
            System.exit(2);
        }
        String login = args[0];
        long now = args.length == 3 ? Long.parseLong(args[2]) : Instant.now().getEpochSecond();
        Path realm = Path.of(System.getProperty("demo.realm", "realm-config/opendividend-realm.json"));
        String secret = secretOf(Files.readString(realm, StandardCharsets.UTF_8), login);
        if (secret == null) {
            System.err.println(login + " has no demo OTP secret in " + realm + " (only the demo approvers and finance users have one)");
            System.exit(1);
        }
        System.out.println(code(base32(secret), now / 30));
        System.err.println("valid for " + (30 - now % 30) + " s more; " + login + "'s demo secret (base32): " + secret);
    }

    /** The base32 secret of the user's OTP credential in the realm file's text, or null. */
    static String secretOf(String realm, String login) {
        int start = realm.indexOf("\"username\": \"" + login + "\"");
        if (start < 0) {
            return null;
        }
        int end = realm.indexOf("\"username\":", start + 1);
        String user = realm.substring(start, end < 0 ? realm.length() : end);
        Matcher secret = Pattern.compile("\\\\\"value\\\\\":\\\\\"([A-Z2-7]+)\\\\\"").matcher(user);
        return user.contains("\"type\": \"otp\"") && secret.find() ? secret.group(1) : null;
    }

    static String code(byte[] key, long step) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0xf;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    static byte[] base32(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
