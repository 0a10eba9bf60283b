-- Four eyes on publication: everyone who wrote or changed a call (its author, whoever saved the draft, changed a
-- share, corrected the texts or extended the deadline). None of them may publish the call nor complete its decision.
-- V10, not V9: another change in flight takes V9.

create table call_editor (
    call_id  bigint      not null references funding_call (id),
    subject  varchar(64) not null,
    primary key (call_id, subject)
);

-- Calls written before: their authors, and everyone the audit trail shows changing them.
insert into call_editor (call_id, subject)
select id, author_subject from funding_call;

insert into call_editor (call_id, subject)
select distinct cast(a.object_id as bigint), a.actor_subject
from audit_entry a
join funding_call c on cast(c.id as varchar(128)) = a.object_id
where a.object_type = 'Call'
  and a.action in ('REVISED', 'SHARE_CHANGED', 'TEXTS_CORRECTED', 'DEADLINE_EXTENDED')
  and a.actor_subject is not null
  and a.actor_subject <> c.author_subject;
