-- When the reviewer was mailed an assignment ("Mail the reviewers" on the assignment page), so that mailing again
-- tells each reviewer only of what is new to them. Empty until mailed; reset when an officer assigns a withdrawn
-- assignment again.
alter table review_assignment add column mailed_at timestamp(6) with time zone;
