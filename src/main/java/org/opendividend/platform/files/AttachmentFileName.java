package org.opendividend.platform.files;

/**
 * The name a person's computer gave an uploaded file, made safe to keep and show: only the last path segment (both
 * separators, since browsers on Windows send full paths), without control or format characters (bidi overrides),
 * whitespace trimmed, at most {@link #MAX_LENGTH} UTF-16 units without splitting a surrogate pair, CJK kept. It is
 * only ever stored in the database and shown as text; files on disk get generated names.
 */
public final class AttachmentFileName {

    /** The column's length, counted in UTF-16 units as H2 does. */
    public static final int MAX_LENGTH = 200;
    static final String FALLBACK = "attachment.pdf";

    private AttachmentFileName() {
    }

    public static String sanitise(String original) {
        if (original == null) {
            return FALLBACK;
        }
        String name = original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(AttachmentFileName::keeps).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        if (name.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end).strip();
        }
        return name.isEmpty() ? FALLBACK : name;
    }

    private static boolean keeps(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && codePoint != '/' && codePoint != '\\' && codePoint != ':';
    }
}
