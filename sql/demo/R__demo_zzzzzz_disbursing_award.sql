-- A demo award being paid (issue #12, "a demo award with a due tranche"): call 1008 of moc alone, decided and its one
-- award accepted, so that a new user can request its first tranche as the demo user "applicant" (陳怡君) on
-- /applicant/award.xhtml, check it as officer.moc, approve it as approver.moc and record its payment as finance.moc.
-- The award 1008-1 (id 8001) of 1,000,000 TWD to application 3301 of organisation 2301 (客語開放資料工作室, owned
-- by the demo applicant): its project started ten days before the demo day, so its first
-- tranche (400,000 TWD, on the signed agreement) is due; the next ones follow their progress reports, the retained
-- 10 % waits for the output obligation verified. Repeatable and idempotent like the other demo scripts (insert-only
-- MERGEs), named "demo zzzzzz" to run after call 1007's (whose applications 3201 and 3202 the offer journey uses).
-- Ids: call 1008, criteria 100801–100803, organisation 2301, application and version 3301, award 8001.

merge into funding_call c
using (values
    (1008, 'tw-public-ai', 'moc', 'DECIDED',
     '客語開放詞彙資源補助',
     'Open Hakka lexical resources',
     '補助客語開放詞彙、辭典與拼寫資源。',
     'Grants for open Hakka lexicons, dictionaries and spelling resources.',
     '本徵件已作成補助決定並發出補助核定，受補助計畫執行中。',
     'The funding decision of this call is taken and its award accepted; the funded project is under way.',
     1000000, 500000, 1000000, 12,
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '200' day,
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '120' day,
     3, false, 6.00, 6, 10, 'NONE',
     '00000000-0000-4000-8000-000000000004', '張家豪',
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '230' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '210' day,
     '00000000-0000-4000-8000-000000000007', '吳美玲', timestamp with time zone '${demo_day} 10:00:00+08' - interval '210' day)
) as s (id, programme_code, lead_ministry, status, title_zh_tw, title_en, summary_zh_tw, summary_en,
        description_zh_tw, description_en, budget, min_grant, max_grant, max_duration_months, opens_at, closes_at,
        reviews_per_application, blind_review, overall_threshold, release_deadline_months, retention_percent,
        required_mof_class, author_subject, author_name, created_at, updated_at,
        published_by_subject, published_by_name, published_at)
on c.id = s.id
when not matched then insert (id, programme_code, lead_ministry, status, title_zh_tw, title_en, summary_zh_tw,
        summary_en, description_zh_tw, description_en, budget, min_grant, max_grant, max_duration_months, opens_at,
        closes_at, reviews_per_application, blind_review, overall_threshold, release_deadline_months,
        retention_percent, required_mof_class, author_subject, author_name, created_at, updated_at,
        published_by_subject, published_by_name, published_at, version)
    values (s.id, s.programme_code, s.lead_ministry, s.status, s.title_zh_tw, s.title_en, s.summary_zh_tw,
        s.summary_en, s.description_zh_tw, s.description_en, s.budget, s.min_grant, s.max_grant,
        s.max_duration_months, s.opens_at, s.closes_at, s.reviews_per_application, s.blind_review,
        s.overall_threshold, s.release_deadline_months, s.retention_percent, s.required_mof_class,
        s.author_subject, s.author_name, s.created_at, s.updated_at, s.published_by_subject, s.published_by_name,
        s.published_at, 0);

merge into call_funding_share t
using (select v.call_id, v.ministry_code, v.amount
       from (values (1008, 'moc', 1000000)) as v (call_id, ministry_code, amount)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, amount) values (s.call_id, s.ministry_code, s.amount);

merge into call_organisation_type t
using (select v.call_id, v.organisation_type
       from (values (1008, 'UNIVERSITY'), (1008, 'RESEARCH_INSTITUTE'), (1008, 'NON_PROFIT'),
           (1008, 'COMMUNITY_ORGANISATION'), (1008, 'HAKKA_COMMUNITY_ORGANISATION')) as v (call_id, organisation_type)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.organisation_type = s.organisation_type
when not matched then insert (call_id, organisation_type) values (s.call_id, s.organisation_type);

merge into call_focus_area t
using (select v.call_id, v.focus_area
       from (values (1008, 'OPEN_MODELS')) as v (call_id, focus_area)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.focus_area = s.focus_area
when not matched then insert (call_id, focus_area) values (s.call_id, s.focus_area);

merge into call_target_language t
using (select v.call_id, v.language_code
       from (values (1008, 'hak')) as v (call_id, language_code)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.language_code = s.language_code
when not matched then insert (call_id, language_code) values (s.call_id, s.language_code);

merge into call_criterion t
using (select v.id, v.call_id, v.position, v.name_zh_tw, v.name_en, v.description_zh_tw, v.description_en,
              v.weight_percent, v.scale, v.threshold
       from (values
           (100801, 1008, 0, '語言社群參與', 'Partnership with the language community',
            '語言社群如何參與錄音、校對與成果的使用。',
            'How the language community takes part in recording and proofreading and in using the results.',
            30, 'ONE_TO_NINE', 5.0),
           (100802, 1008, 1, '語音品質', 'Quality of the voices',
            '錄音品質、說話者多樣性與預計的規模是否合理。',
            'Quality of recordings, variety of speakers and whether the planned size is realistic.',
            40, 'ONE_TO_NINE', 5.0),
           (100803, 1008, 2, '開放與再利用', 'Openness and reuse',
            '資料與模型的授權與文件是否便於他人再利用。',
            'Whether the licences and documentation of data and models make reuse by others easy.',
            30, 'ONE_TO_NINE', 5.0)
       ) as v (id, call_id, position, name_zh_tw, name_en, description_zh_tw, description_en, weight_percent, scale,
               threshold)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.id = s.id
when not matched then insert (id, call_id, position, name_zh_tw, name_en, description_zh_tw, description_en,
        weight_percent, scale, threshold)
    values (s.id, s.call_id, s.position, s.name_zh_tw, s.name_en, s.description_zh_tw, s.description_en,
        s.weight_percent, s.scale, s.threshold);

merge into call_allowed_licence t
using (select v.call_id, v.output_type, v.licence_id
       from (values
           (1008, 'CODE', 'Apache-2.0'), (1008, 'CODE', 'MIT'),
           (1008, 'MODEL_WEIGHTS', 'Apache-2.0'), (1008, 'MODEL_WEIGHTS', 'CC-BY-4.0'),
           (1008, 'DATASET', 'CC-BY-4.0'), (1008, 'DATASET', 'CC0-1.0'),
           (1008, 'DOCUMENTATION', 'CC-BY-4.0'),
           (1008, 'EVALUATION', 'Apache-2.0'), (1008, 'EVALUATION', 'CC-BY-4.0')
       ) as v (call_id, output_type, licence_id)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.output_type = s.output_type and t.licence_id = s.licence_id
when not matched then insert (call_id, output_type, licence_id) values (s.call_id, s.output_type, s.licence_id);

merge into call_editor t
using (select c.id as call_id, c.author_subject as subject
       from funding_call c
       where c.id = 1008 and c.version = 0) as s
on t.call_id = s.call_id and t.subject = s.subject
when not matched then insert (call_id, subject) values (s.call_id, s.subject);

merge into organisation t
using (select * from (values
    (2301, '客語開放資料工作室', 'Hakka Open Data Studio', 'NON_PROFIT', '新竹縣竹東鎮東林路 50 號')
) as v (id, name_zh_tw, name_en, organisation_type, address)) as s
on t.id = s.id
when not matched then insert (id, name_zh_tw, name_en, organisation_type, business_number, address, ror_id, created_at,
        updated_at, version)
    values (s.id, s.name_zh_tw, s.name_en, s.organisation_type, null, s.address, null,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '240' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '240' day, 0);

-- The demo user "applicant" (陳怡君) owns 2301: she requests its tranches.
merge into organisation_member t
using (select * from (values
    (2301, '00000000-0000-4000-8000-000000000001', '陳怡君')
) as v (organisation_id, subject, display_name)) as s
on t.organisation_id = s.organisation_id and t.subject = s.subject
when not matched then insert (organisation_id, subject, display_name, role, joined_at, version)
    values (s.organisation_id, s.subject, s.display_name, 'OWNER',
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '240' day, 0);

merge into application t
using (select * from (values
    (3301, 2301, '00000000-0000-4000-8000-000000000001', '客語開放詞彙與拼寫資源', 'Open Hakka lexicon and spelling resources', '整理四縣腔與海陸腔常用詞彙一萬條，附標準拼音與例句，以開放授權釋出，供輸入法、教材與語音系統使用。',
     'OD-1008-3301-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '140' day)
) as v (id, organisation_id, owner_subject, title_zh_tw, title_en, abstract_text, receipt, submitted_at)) as s
on t.id = s.id
when not matched then insert (id, call_id, organisation_id, owner_subject, status, title_zh_tw, title_en, abstract_text,
        start_date, duration_months, personal_data, personal_data_measures, community_consent, training_data_rights,
        submitted_versions, last_receipt_number, last_submitted_at, created_at, updated_at, version, screening_outcome,
        screening_reason, more_info_sections, more_info_until, screened_by_name, screened_at)
    values (s.id, 1008, s.organisation_id, s.owner_subject, 'ELIGIBLE', s.title_zh_tw, s.title_en, s.abstract_text,
        DATE '2027-01-01', 12, true, '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.',
        '已取得社群同意文件。The community''s consent is on file.',
        '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
        1, s.receipt, s.submitted_at, s.submitted_at - interval '10' day, timestamp with time zone '${demo_day} 11:00:00+08' - interval '130' day,
        0, 'ELIGIBLE', null, null, null, '張家豪', timestamp with time zone '${demo_day} 11:00:00+08' - interval '130' day);

merge into application_team_member t
using (select v.* from (values
    (3301, 0, '陳怡君', '客語開放資料工作室', true)
) as v (application_id, position, full_name, affiliation, principal) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1008) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, full_name, orcid, affiliation, principal)
    values (s.application_id, s.position, s.full_name, null, s.affiliation, s.principal);

merge into application_budget_line t
using (select v.* from (values
    (3301, 0, 'PERSONNEL', 1, '詞彙整理與校對人員 Lexicographers and proofreaders', 700000),
    (3301, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '例句錄製與標注 Example sentences and annotation', 300000)
) as v (application_id, position, category, project_year, description, amount) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1008) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, category, project_year, description, amount)
    values (s.application_id, s.position, s.category, s.project_year, s.description, s.amount);

merge into application_planned_output t
using (select v.* from (values
    (3301, 0, 'DATASET', 'Open Hakka lexicon (Sixian and Hailu)', '詞彙、拼音與例句 Entries, romanisation and examples', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3301', 'hak')
) as v (application_id, position, output_type, title, description, licence_id, registry, languages) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1008) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, output_type, title, description, licence_id, planned_release,
        registry, languages)
    values (s.application_id, s.position, s.output_type, s.title, s.description, s.licence_id, DATE '2028-06-30',
        s.registry, s.languages);

merge into application_version t
using (select * from (values
    (3301, 3301, 'OD-1008-3301-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '140' day, '陳怡君',
     '{"application":3301,"call":1008,"organisation":2301,"version":1,"receipt":"OD-1008-3301-1","submittedAt":"2026-01-05T07:00:00Z","titles":{"zh-TW":"客語開放詞彙與拼寫資源","en":"Open Hakka lexicon and spelling resources"},"abstract":"整理四縣腔與海陸腔常用詞彙一萬條，附標準拼音與例句，以開放授權釋出，供輸入法、教材與語音系統使用。","startDate":"2027-01-01","durationMonths":12,"team":[{"name":"陳怡君","orcid":"","affiliation":"客語開放資料工作室","principal":true}],"answers":{},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"詞彙整理與校對人員 Lexicographers and proofreaders","amount":700000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"例句錄製與標注 Example sentences and annotation","amount":300000}],"outputs":[{"type":"DATASET","title":"Open Hakka lexicon (Sixian and Hailu)","description":"詞彙、拼音與例句 Entries, romanisation and examples","licence":"CC-BY-4.0","plannedRelease":"2028-06-30","registry":"https://huggingface.co/datasets/demo/od-3301","languages":"hak"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '4910ce07f9a06abf427f74001273eeefc48bb54303e3d63bf06a99b93bbec449')
) as v (id, application_id, receipt_number, submitted_at, submitted_by, snapshot, snapshot_sha256)) as s
on t.id = s.id
when not matched then insert (id, application_id, number, receipt_number, submitted_at, submitted_by, snapshot,
        snapshot_sha256)
    values (s.id, s.application_id, 1, s.receipt_number, s.submitted_at, s.submitted_by, s.snapshot, s.snapshot_sha256);

-- The decision, taken with four eyes 40 days before the demo day: 3301 funded in full by moc.
merge into funding_decision t
using (select * from (values
    (1008, 'moc', 'DECIDED', '00000000-0000-4000-8000-000000000004',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '42' day,
     '00000000-0000-4000-8000-000000000007', timestamp with time zone '${demo_day} 10:00:00+08' - interval '41' day,
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '40' day)
) as v (call_id, lead_ministry, status, proposed_by, proposed_at, approved_by, approved_at, decided_at)) as s
on t.call_id = s.call_id
when not matched then insert (call_id, lead_ministry, status, proposed_by, proposed_at, approved_by, approved_at,
        decided_at, sent_back_by, sent_back_reason, version)
    values (s.call_id, s.lead_ministry, s.status, s.proposed_by, s.proposed_at, s.approved_by, s.approved_at,
        s.decided_at, null, null, 0);

merge into funding_decision_line t
using (select d.id as decision_id, v.position, v.application_id, v.outcome, v.amount
       from (values (0, 3301, 'FUND', 1000000)) as v (position, application_id, outcome, amount)
       join funding_decision d on d.call_id = 1008
       where d.version = 0) as s
on t.decision_id = s.decision_id and t.position = s.position
when not matched then insert (decision_id, position, application_id, outcome, amount, justification)
    values (s.decision_id, s.position, s.application_id, s.outcome, s.amount, null);

merge into funding_decision_part t
using (select d.id as decision_id, v.position, v.application_id, v.ministry_code, v.amount
       from (values (0, 3301, 'moc', 1000000)) as v (position, application_id, ministry_code, amount)
       join funding_decision d on d.call_id = 1008
       where d.version = 0) as s
on t.decision_id = s.decision_id and t.position = s.position
when not matched then insert (decision_id, position, application_id, ministry_code, amount)
    values (s.decision_id, s.position, s.application_id, s.ministry_code, s.amount);

-- The award: offered by officer.moc 35 days before the demo day, accepted by the demo applicant 30 days before; the
-- project started ten days before the demo day, so its first tranche is due.
merge into award t
using (select * from (values
    (8001, '1008-1', 1008, 1, 3301, 2301, 'moc', '客語開放詞彙與拼寫資源', 'Open Hakka lexicon and spelling resources', 1000000,
     cast(timestamp '${demo_day} 00:00:00' - interval '10' day as date), cast(timestamp '${demo_day} 00:00:00' + interval '354' day as date),
     timestamp with time zone '${demo_day} 23:59:59+08' - interval '5' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '35' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '30' day)
) as v (id, number, call_id, seq, application_id, organisation_id, lead_ministry, title_zh_tw, title_en, amount,
        start_date, end_date, offer_deadline, offered_at, answered_at)) as s
on t.id = s.id
when not matched then insert (id, number, call_id, seq, application_id, organisation_id, lead_ministry, title_zh_tw,
        title_en, from_reserve, amount, start_date, end_date, offer_deadline, required_mof_class,
        release_deadline_months, retention_percent, status, offered_by, offered_at, answered_by, answered_at,
        decline_reason, version)
    values (s.id, s.number, s.call_id, s.seq, s.application_id, s.organisation_id, s.lead_ministry, s.title_zh_tw,
        s.title_en, false, s.amount, s.start_date, s.end_date, s.offer_deadline, 'NONE', 6, 10, 'ACCEPTED',
        '00000000-0000-4000-8000-000000000004', s.offered_at, '00000000-0000-4000-8000-000000000001', s.answered_at,
        null, 0);

merge into award_part t
using (select v.* from (values (8001, 0, 'moc', 1000000)) as v (award_id, position, ministry_code, amount)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, ministry_code, amount)
    values (s.award_id, s.position, s.ministry_code, s.amount);

-- 40 / 30 / 20 % during the project (the first on the signed agreement, each further one after a progress report),
-- the retained 10 % after the final report and the output verified open.
merge into award_tranche t
using (select v.* from (values
    (8001, 0, 40.00, 400000, cast(timestamp '${demo_day} 00:00:00' - interval '10' day as date), cast(null as date), 'AGREEMENT', false),
    (8001, 1, 30.00, 300000, cast(timestamp '${demo_day} 00:00:00' + interval '4' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '3' month as date), 'PROGRESS_REPORT', false),
    (8001, 2, 20.00, 200000, cast(timestamp '${demo_day} 00:00:00' + interval '8' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '7' month as date), 'PROGRESS_REPORT', false),
    (8001, 3, 10.00, 100000, cast(timestamp '${demo_day} 00:00:00' + interval '14' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '13' month as date), 'FINAL_REPORT_AND_OUTPUTS', true)
) as v (award_id, position, share_percent, amount, due_date, report_due, release_condition, retained)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, share_percent, amount, due_date, report_due, release_condition,
        retained)
    values (s.award_id, s.position, s.share_percent, s.amount, s.due_date, s.report_due, s.release_condition,
        s.retained);

merge into award_obligation t
using (select v.* from (values
    (8001, 0, 'DATASET', 'Open Hakka lexicon (Sixian and Hailu)', 'CC-BY-4.0', 'CC-BY-4.0, CC0-1.0', DATE '2028-06-30',
     'https://huggingface.co/datasets/demo/od-3301', 'hak')
) as v (award_id, position, output_type, title, licence_id, allowed_licences, release_by, registry, languages)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, output_type, title, licence_id, allowed_licences, release_by,
        registry, languages)
    values (s.award_id, s.position, s.output_type, s.title, s.licence_id, s.allowed_licences, s.release_by,
        s.registry, s.languages);
