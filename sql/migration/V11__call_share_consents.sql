-- No ministry's money is committed without that ministry: the approver of each co-funding ministry accepts (or
-- declines, with a reason) the share a call asks of it, and the call is published only when every co-funder accepted.
-- One answer per ministry and call, for the amount the approver saw; a change of the amount deletes it (void).
-- The lead ministry's share needs none: its own approver publishes the call.
-- V11 after V10 (call editors); V9 is taken by another change in flight.

create table call_share_consent (
    call_id             bigint         not null references funding_call (id),
    ministry_code       varchar(32)    not null references ministry (code),
    decision            varchar(16)    not null,
    amount              numeric(15, 0) not null,
    reason              varchar(1000),
    decided_by_subject  varchar(64)    not null,
    decided_by_name     varchar(255)   not null,
    decided_at          timestamp(6) with time zone not null,
    primary key (call_id, ministry_code)
);

-- Calls published before this rule get no answer made up for them: their pages say that none was recorded.
