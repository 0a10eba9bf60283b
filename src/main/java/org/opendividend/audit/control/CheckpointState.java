package org.opendividend.audit.control;

/**
 * The last checkpoint and what holds for it now: authentic and still matched by the chain, or not.
 *
 * @param checkpoint null when none was written yet
 */
public record CheckpointState(CheckedCheckpoint checkpoint, Verdict verdict) {

    public static final CheckpointState NONE = new CheckpointState(null, Verdict.NONE);

    public enum Verdict {
        /** No checkpoint written yet. */
        NONE,
        /** Signed by the key, and the chain still has the entry with the signed hash. */
        MATCHES,
        /** Signed by the key, but the chain no longer has that entry with that hash. */
        REWRITTEN,
        /** Not signed by the key (or not a checkpoint at all). */
        NOT_AUTHENTIC;

        public String labelKey() {
            return "audit.checkpoint.verdict." + name();
        }
    }
}
