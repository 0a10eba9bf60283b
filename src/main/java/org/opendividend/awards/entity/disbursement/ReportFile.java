package org.opendividend.awards.entity.disbursement;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The PDF of a tranche's report: its content's SHA-256 (which finds it in the file store), the name the grantee's
 * computer gave it (already made safe to keep and show) and its size in bytes.
 */
public record ReportFile(String sha256, String fileName, long sizeBytes) implements java.io.Serializable {

    /** The column's length. */
    public static final int NAME_MAX = 200;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ReportFile {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a lower-case hex SHA-256: " + sha256);
        }
        Objects.requireNonNull(fileName);
        if (fileName.isBlank() || fileName.length() > NAME_MAX) {
            throw new IllegalArgumentException("a file name of 1 to " + NAME_MAX + " characters");
        }
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("a file is not empty");
        }
    }
}
