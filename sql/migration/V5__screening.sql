-- Screening of submitted applications by an officer of a funding ministry: the outcome (eligible, ineligible with
-- a reason the applicant reads, or more information requested on named sections until an instant), who screened
-- and when. The columns stay null until the first screening.

alter table application add column screening_outcome varchar(24);
alter table application add column screening_reason varchar(2000);
alter table application add column more_info_sections varchar(200);
alter table application add column more_info_until timestamp(6) with time zone;
alter table application add column screened_by_name varchar(255);
alter table application add column screened_at timestamp(6) with time zone;

create index application_status on application (status);
