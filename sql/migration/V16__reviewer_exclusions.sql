-- Up to three reviewers the applicant asks to exclude from reviewing the application (the wizard's optional step):
-- a name, an e-mail address or organisation, and the reason; part of the working copy like the team.
create table application_reviewer_exclusion (
    application_id         bigint        not null references application (id),
    position               integer       not null,
    full_name              varchar(200)  not null,
    email_or_organisation  varchar(300)  not null,
    reason                 varchar(1000) not null,
    primary key (application_id, position)
);
