package org.opendividend.platform.validation;

/**
 * The object asked for does not exist, or the person may not know that it does (a draft seen from outside):
 * pages answer 404, REST answers 404. It names the object so that a refusal can be audited.
 */
public class NoSuchObjectException extends RuntimeException {

    private final String objectType;
    private final String objectId;

    public NoSuchObjectException(String objectType, Object id) {
        super(objectType + " " + id + " not found");
        this.objectType = objectType;
        this.objectId = String.valueOf(id);
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }
}
