-- Mail goes to verified addresses only (issue #8, item 16). A person's profile records whether the identity provider
-- verified their address (the ID token's email_verified, taken at each login); profiles from before count as not
-- verified until their next login tells. A mail to a person whose address is not verified waits in the outbox, held
-- with its reason, and goes out once that person logs in with the same address verified (to_subject names them).

alter table person add column email_verified boolean default false not null;

alter table mail_outbox add column to_subject varchar(64);
alter table mail_outbox add column held_reason varchar(64);

create index mail_outbox_held on mail_outbox (to_subject, held_reason);
