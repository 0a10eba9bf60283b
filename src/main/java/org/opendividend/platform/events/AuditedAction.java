package org.opendividend.platform.events;

/**
 * What happened to an object, as the audit log records it: a constant of one of the components' enums
 * ({@code CallChange.CREATED}, {@code PersonChange.REGISTERED}, ...), never a bare string, so that every action
 * recorded is one the code names. The log stores the constant's name, the strings it stored before the actions were
 * typed; renaming a constant would split one action in two in the log, so a constant is never renamed.
 */
public interface AuditedAction {

    /** The stored value: the enum constant's name. */
    String name();
}
