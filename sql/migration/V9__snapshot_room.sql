-- The submitted snapshot holds the whole application as JSON: every question answered up to its 20,000 characters,
-- a team, budget lines and outputs without a fixed number, the ethics answers. varchar(200000) refused a valid
-- application at the moment it was submitted. Without a length, character varying is unbounded on PostgreSQL (as
-- text) and as long as H2 allows; still not null, still never updated.
alter table application_version alter column snapshot set data type character varying;
