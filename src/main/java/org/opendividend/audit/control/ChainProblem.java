package org.opendividend.audit.control;

/**
 * One place where the audit chain is broken.
 *
 * @param checkpoint the number of the checkpoint the problem is about, 0 when it is about the chain alone
 */
public record ChainProblem(long seq, Kind kind, String detail, int checkpoint) {

    public ChainProblem(long seq, Kind kind, String detail) {
        this(seq, kind, detail, 0);
    }

    public enum Kind {
        /** The entry's content was changed after it was written. */
        ALTERED,
        /** Entries were deleted: the numbering has a gap. */
        MISSING,
        /** The entry does not link to its predecessor: inserted, reordered or re-hashed. */
        RELINKED,
        /** Entries at the end were deleted. */
        TRUNCATED,
        /** The last entry is not the one recorded as the end: appended around the log, or re-hashed. */
        END_MISMATCH,
        /**
         * The entry a signed checkpoint names no longer has the checkpoint's hash, or is gone: the chain was rewritten
         * before that checkpoint (and its hashes possibly recomputed, which the chain alone cannot show).
         */
        REWRITTEN_BEFORE_CHECKPOINT,
        /** A line of the checkpoint file is not a checkpoint signed by the key, or not numbered as its line. */
        CHECKPOINT_NOT_AUTHENTIC;

        public String labelKey() {
            return "audit.problem." + name();
        }
    }
}
