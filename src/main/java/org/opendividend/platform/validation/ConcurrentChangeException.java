package org.opendividend.platform.validation;

/**
 * Someone else saved the object since this person loaded it (optimistic locking). Nothing was overwritten; the
 * person keeps what they typed and is told to reload and compare.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String objectType, Object id) {
        super(objectType + " " + id + " was changed by someone else");
    }

    /** Whether a failure was caused by a concurrent change, however deep the container wrapped it. */
    public static boolean isCause(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException || t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }
}
