package org.opendividend.platform.validation;

/** An argument of a message that is itself a message key, translated when the message is shown. */
public record Translatable(String key) {
}
