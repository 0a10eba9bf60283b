package org.opendividend.outputs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One check of the latest run as stored: its name and verdict ({@code CheckResult}'s enums, by name), the message key
 * with its arguments and the reasons (each joined by a line feed, which no argument contains), and the evidence: the
 * registry's field and the value seen there.
 */
@Embeddable
public record StoredCheck(
        @Column(name = "check_name") String check,
        @Column(name = "verdict") String verdict,
        @Column(name = "message_key") String messageKey,
        @Column(name = "arguments") String arguments,
        @Column(name = "reason_keys") String reasonKeys,
        @Column(name = "evidence_field") String evidenceField,
        @Column(name = "evidence_value") String evidenceValue) {
}
