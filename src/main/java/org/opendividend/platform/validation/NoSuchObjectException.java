package org.opendividend.platform.validation;

/**
 * The object asked for does not exist, or the person may not know that it does (a draft seen from outside):
 * pages answer 404, REST answers 404.
 */
public class NoSuchObjectException extends RuntimeException {

    public NoSuchObjectException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
    }
}
