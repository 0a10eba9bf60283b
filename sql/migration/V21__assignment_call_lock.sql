-- One row per call whose reviewers were ever assigned (issue #10): the assignment's actions that read the call's gaps
-- and fill them (a solver run, an assignment by hand, the mail of new assignments) take this row's write lock first,
-- so that two officers at once never fill the same gap twice or mail one assignment twice. A row of its own, as the
-- call belongs to another component and the review component locks only what it owns; in the database, so that it
-- holds across servers too.
create table assignment_call_lock (
    call_id  bigint primary key
);

-- The row of no call (ids start at 1): whoever creates a call's row holds this one's lock meanwhile, so that two
-- officers acting on a call for the first time at once never insert its row twice.
insert into assignment_call_lock (call_id) values (0);
