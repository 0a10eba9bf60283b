package org.opendividend.platform.security;

/**
 * The answer of a permission predicate: allowed or not, with the reason as a message key so that it can be
 * shown translated. The same decision drives what a page renders and what the server accepts.
 */
public record Decision(boolean allowed, String reasonKey) {

    private static final Decision ALLOWED = new Decision(true, null);

    public static Decision allow() {
        return ALLOWED;
    }

    public static Decision deny(String reasonKey) {
        return new Decision(false, reasonKey);
    }

    /** Refuses the operation unless allowed. */
    public void orThrow() {
        if (!allowed) {
            throw new AccessDeniedException(reasonKey);
        }
    }
}
