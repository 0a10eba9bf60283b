-- Invitation links are stored as the SHA-256 of their token, never the token itself: someone who reads the database
-- (a backup, a report, an operator) cannot join an organisation with what they read. The links issued before this
-- version were stored as they are and cannot be turned into hashes in SQL that every database accepts: those still
-- pending are withdrawn, and their owners invite again.
alter table organisation_invitation rename column token to token_hash;
update organisation_invitation set revoked_at = current_timestamp where accepted_at is null and revoked_at is null;
