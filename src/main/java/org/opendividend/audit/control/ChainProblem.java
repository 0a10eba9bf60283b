package org.opendividend.audit.control;

/** One place where the audit chain is broken. */
public record ChainProblem(long seq, Kind kind, String detail) {

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
        END_MISMATCH;

        public String labelKey() {
            return "audit.problem." + name();
        }
    }
}
