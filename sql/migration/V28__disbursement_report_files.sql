-- A tranche's report is its form fields plus a PDF (issue #12, item 2): the request names the PDF the grantee attached,
-- by its content (SHA-256; the file itself is in the file store, opendividend.files.dir, area disbursement-reports),
-- with the name the grantee's computer gave it and its size. Each paying ministry's share of the tranche names the
-- same file. Requests made before this migration have none (the pages say "no PDF"); all three or none are set.
alter table disbursement add column report_sha256 varchar(64);
alter table disbursement add column report_file_name varchar(200);
alter table disbursement add column report_size_bytes bigint;
alter table disbursement add constraint disbursement_report_file_whole check (
    (report_sha256 is null and report_file_name is null and report_size_bytes is null)
    or (report_sha256 is not null and report_file_name is not null and report_size_bytes > 0));
create index disbursement_report_sha256 on disbursement (report_sha256);
