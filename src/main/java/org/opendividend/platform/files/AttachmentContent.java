package org.opendividend.platform.files;

import java.nio.charset.StandardCharsets;

/**
 * Whether uploaded bytes are a PDF, decided by their content and never by the name or the type the browser sent:
 * a PDF starts with {@code %PDF-} and ends (give or take trailing whitespace and junk some writers append) with
 * {@code %%EOF}.
 */
public final class AttachmentContent {

    static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** How far from the end the trailer may be: the last kilobyte, as PDF readers look for it. */
    public static final int TAIL_BYTES = 1024;

    private AttachmentContent() {
    }

    /**
     * @param head the first bytes of the file (at least five for a PDF)
     * @param tail the last up to {@link #TAIL_BYTES} bytes of the file
     */
    public static boolean isPdf(byte[] head, byte[] tail) {
        return startsWith(head, HEADER) && contains(tail, TRAILER);
    }

    public static boolean isPdf(byte[] whole) {
        int from = Math.max(0, whole.length - TAIL_BYTES);
        return isPdf(whole, java.util.Arrays.copyOfRange(whole, from, whole.length));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        if (bytes == null) {
            return false;
        }
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
