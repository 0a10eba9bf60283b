package org.opendividend.calls.entity;

/** What a co-funding ministry's approver said to the share the call asks of their ministry. */
public enum ShareDecision {
    ACCEPTED, DECLINED
}
