package org.opendividend.platform.files;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} header of a download: an ASCII {@code filename} for old clients and the real name
 * as {@code filename*} (RFC 5987/6266, UTF-8, percent-encoded), so that CJK names survive and no quote, separator or
 * line break from a name can break the header.
 */
public final class AttachmentDisposition {

    private AttachmentDisposition() {
    }

    public static String header(String disposition, String fileName) {
        String name = AttachmentFileName.sanitise(fileName);
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != ';' && c != '%' ? c : '_');
        }
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(name);
    }

    /** RFC 5987 attr-char stays; everything else is percent-encoded from UTF-8. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
