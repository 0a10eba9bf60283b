package org.opendividend.audit.entity;

import org.opendividend.platform.security.Sha256;

/**
 * SHA-256 over an entry's position, content and predecessor's hash. Fields are length-prefixed so that moving
 * text from one field to the next cannot produce the same input.
 */
public final class ChainHash {

    /** The hash the first entry follows. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(long seq, AuditRecord r, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), r.occurredAt().toString(), r.actorSubject(),
                r.actorName(), r.objectType(), r.objectId(), r.action(), r.summary(), previousHash}) {
            String value = field == null ? "\u0000" : field;
            canonical.append(value.length()).append(':').append(value).append(';');
        }
        return Sha256.hex(canonical.toString());
    }
}
