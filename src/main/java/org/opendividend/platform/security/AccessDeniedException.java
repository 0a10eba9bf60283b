package org.opendividend.platform.security;

/**
 * Thrown by a facade when the person may not do what they asked. Pages show the translated reason; REST
 * endpoints answer 403.
 */
public class AccessDeniedException extends RuntimeException {

    private final String reasonKey;

    public AccessDeniedException(String reasonKey) {
        super("access denied: " + reasonKey);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
