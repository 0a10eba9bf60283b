-- A demo call whose funding decision is taken (issue #11, item 6: "the applicant accepts the offer in the browser"):
-- call 1007, led by moc and co-funded by moda, closed 45 days before the demo day and decided with four eyes a week
-- before it, so that a new user can offer its award as officer.moc (/officer/offers.xhtml?call=1007) and accept it as
-- the demo user "applicant" (陳怡君), the owner of the organisation the funded application belongs to. Repeatable and
-- idempotent like the other demo scripts (insert-only MERGEs; read "demo z calls"), named "demo zzzzz" to run after
-- them. Ids: organisations 2201–2202, applications and versions 3201–3202, the reserve applicant's profile 9401
-- (subject …0401, made up, never logging in), criteria 100701–100703. No award is seeded: offering it is the demo.
--
-- The call's budget is 3,000,000 TWD (moc 2,000,000, moda 1,000,000); application 3201 (the demo applicant's "開放語言
-- 實驗室") asks for 1,200,000 and is funded in full, split 2 : 1 (moc 800,000, moda 400,000); application 3202 asks for
-- 900,000 and is on the reserve list: should 3201 decline, the money freed covers it. Nobody reviewed this call in the
-- demo (its panel is empty): the decision's rows are seeded as taken, proposed by officer.moc, approved by approver.moc
-- and moda's share confirmed by the made-up approver of moda, as for the share consents of 1001, 1005 and 1006.

merge into funding_call c
using (values
    (1007, 'tw-public-ai', 'moc', 'DECIDED',
     '客語與原住民族語言語音合成第三梯次',
     'Speech synthesis for Hakka and Indigenous languages, third round',
     '第三梯次補助客語與原住民族語言的開放語音合成資料與模型。',
     'The third round of grants for open speech synthesis data and models for Hakka and the Indigenous languages.',
     '本徵件已作成補助決定，補助核定即將發出。',
     'The funding decision of this call is taken; its award offers are about to be made.',
     3000000, 500000, 1500000, 12,
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '120' day,
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '45' day,
     3, false, 6.00, 6, 10, 'NONE',
     '00000000-0000-4000-8000-000000000004', '張家豪',
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '150' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '130' day,
     '00000000-0000-4000-8000-000000000007', '吳美玲', timestamp with time zone '${demo_day} 10:00:00+08' - interval '130' day)
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
       from (values (1007, 'moc', 2000000), (1007, 'moda', 1000000)) as v (call_id, ministry_code, amount)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, amount) values (s.call_id, s.ministry_code, s.amount);

merge into call_organisation_type t
using (select v.call_id, v.organisation_type
       from (values (1007, 'UNIVERSITY'), (1007, 'RESEARCH_INSTITUTE'), (1007, 'NON_PROFIT'),
           (1007, 'COMMUNITY_ORGANISATION'), (1007, 'HAKKA_COMMUNITY_ORGANISATION')) as v (call_id, organisation_type)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.organisation_type = s.organisation_type
when not matched then insert (call_id, organisation_type) values (s.call_id, s.organisation_type);

merge into call_focus_area t
using (select v.call_id, v.focus_area
       from (values (1007, 'SPEECH_TECHNOLOGY'), (1007, 'OPEN_MODELS')) as v (call_id, focus_area)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.focus_area = s.focus_area
when not matched then insert (call_id, focus_area) values (s.call_id, s.focus_area);

merge into call_target_language t
using (select v.call_id, v.language_code
       from (values (1007, 'hak'), (1007, 'bnn')) as v (call_id, language_code)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.language_code = s.language_code
when not matched then insert (call_id, language_code) values (s.call_id, s.language_code);

merge into call_criterion t
using (select v.id, v.call_id, v.position, v.name_zh_tw, v.name_en, v.description_zh_tw, v.description_en,
              v.weight_percent, v.scale, v.threshold
       from (values
           (100701, 1007, 0, '語言社群參與', 'Partnership with the language community',
            '語言社群如何參與錄音、校對與成果的使用。',
            'How the language community takes part in recording and proofreading and in using the results.',
            30, 'ONE_TO_NINE', 5.0),
           (100702, 1007, 1, '語音品質', 'Quality of the voices',
            '錄音品質、說話者多樣性與預計的規模是否合理。',
            'Quality of recordings, variety of speakers and whether the planned size is realistic.',
            40, 'ONE_TO_NINE', 5.0),
           (100703, 1007, 2, '開放與再利用', 'Openness and reuse',
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
           (1007, 'CODE', 'Apache-2.0'), (1007, 'CODE', 'MIT'),
           (1007, 'MODEL_WEIGHTS', 'Apache-2.0'), (1007, 'MODEL_WEIGHTS', 'CC-BY-4.0'),
           (1007, 'DATASET', 'CC-BY-4.0'), (1007, 'DATASET', 'CC0-1.0'),
           (1007, 'DOCUMENTATION', 'CC-BY-4.0'),
           (1007, 'EVALUATION', 'Apache-2.0'), (1007, 'EVALUATION', 'CC-BY-4.0')
       ) as v (call_id, output_type, licence_id)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.output_type = s.output_type and t.licence_id = s.licence_id
when not matched then insert (call_id, output_type, licence_id) values (s.call_id, s.output_type, s.licence_id);

merge into call_editor t
using (select c.id as call_id, c.author_subject as subject
       from funding_call c
       where c.id = 1007 and c.version = 0) as s
on t.call_id = s.call_id and t.subject = s.subject
when not matched then insert (call_id, subject) values (s.call_id, s.subject);

merge into call_share_consent t
using (select v.call_id, v.ministry_code, v.amount, v.decided_by_subject, v.decided_by_name, v.decided_at
       from (values
           (1007, 'moda', 1000000, '00000000-0000-4000-8000-000000000099', '數位發展部核定主管',
            timestamp with time zone '${demo_day} 10:00:00+08' - interval '132' day)
       ) as v (call_id, ministry_code, amount, decided_by_subject, decided_by_name, decided_at)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, decision, amount, reason, decided_by_subject, decided_by_name,
                              decided_at)
    values (s.call_id, s.ministry_code, 'ACCEPTED', s.amount, null, s.decided_by_subject, s.decided_by_name,
            s.decided_at);

-- The reserve applicant's profile; the demo applicant's is made when she logs in.
merge into person t
using (select * from (values
    (9401, '00000000-0000-4000-8000-000000000401', 'sakinu.tepiq@haiduan-bunun.org.tw', 'Sakinu Tepiq', 'sakinu.tepiq@haiduan-bunun.org.tw')
) as v (id, subject, username, display_name, email)) as s
on t.subject = s.subject
when not matched then insert (id, subject, username, display_name, email, first_login_at, last_login_at, version,
        email_verified)
    values (s.id, s.subject, s.username, s.display_name, s.email,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '100' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '58' day, 0, true);

merge into organisation t
using (select * from (values
    (2201, '開放語言實驗室', 'Open Language Lab', 'NON_PROFIT', '苗栗縣苗栗市中正路 100 號'),
    (2202, '臺東縣布農族文化協會', 'Taitung Bunun Cultural Association', 'COMMUNITY_ORGANISATION', '臺東縣海端鄉山平路 3 號')
) as v (id, name_zh_tw, name_en, organisation_type, address)) as s
on t.id = s.id
when not matched then insert (id, name_zh_tw, name_en, organisation_type, business_number, address, ror_id, created_at,
        updated_at, version)
    values (s.id, s.name_zh_tw, s.name_en, s.organisation_type, null, s.address, null,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '100' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '100' day, 0);

-- The demo user "applicant" (陳怡君) owns 2201: she answers its award offer.
merge into organisation_member t
using (select * from (values
    (2201, '00000000-0000-4000-8000-000000000001', '陳怡君'),
    (2202, '00000000-0000-4000-8000-000000000401', 'Sakinu Tepiq')
) as v (organisation_id, subject, display_name)) as s
on t.organisation_id = s.organisation_id and t.subject = s.subject
when not matched then insert (organisation_id, subject, display_name, role, joined_at, version)
    values (s.organisation_id, s.subject, s.display_name, 'OWNER',
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '100' day, 0);

-- Screened eligible by officer.moc 50 days before the demo day.
merge into application t
using (select * from (values
    (3201, 2201, '00000000-0000-4000-8000-000000000001', '客語與華語雙語語音合成開放模型',
     'Open bilingual Hakka and Mandarin speech synthesis',
     '與苗栗及屏東的客語老師合作錄製 40 小時四縣腔與南四縣腔朗讀語音，訓練可切換客語與華語的開放語音合成模型，供族語教材與公共服務使用。',
     'OD-1007-3201-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '60' day),
    (3202, 2202, '00000000-0000-4000-8000-000000000401', '布農語山林知識語音語料',
     'Bunun speech corpus of mountain knowledge',
     'Bunun elders of Haiduan share their knowledge of the mountains. We will record 50 hours with them, transcribe it with young speakers and release the corpus and a baseline recogniser openly.',
     'OD-1007-3202-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '58' day)
) as v (id, organisation_id, owner_subject, title_zh_tw, title_en, abstract_text, receipt, submitted_at)) as s
on t.id = s.id
when not matched then insert (id, call_id, organisation_id, owner_subject, status, title_zh_tw, title_en, abstract_text,
        start_date, duration_months, personal_data, personal_data_measures, community_consent, training_data_rights,
        submitted_versions, last_receipt_number, last_submitted_at, created_at, updated_at, version, screening_outcome,
        screening_reason, more_info_sections, more_info_until, screened_by_name, screened_at)
    values (s.id, 1007, s.organisation_id, s.owner_subject, 'ELIGIBLE', s.title_zh_tw, s.title_en, s.abstract_text,
        DATE '2027-01-01', 12, true, '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.',
        '已取得社群同意文件。The community''s consent is on file.',
        '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
        1, s.receipt, s.submitted_at, s.submitted_at - interval '10' day, timestamp with time zone '${demo_day} 11:00:00+08' - interval '50' day,
        0, 'ELIGIBLE', null, null, null, '張家豪', timestamp with time zone '${demo_day} 11:00:00+08' - interval '50' day);

merge into application_team_member t
using (select v.* from (values
    (3201, 0, '陳怡君', '開放語言實驗室', true),
    (3201, 1, '劉志明', '國立聯合大學客家語言與傳播研究所', false),
    (3202, 0, 'Sakinu Tepiq', 'Taitung Bunun Cultural Association', true),
    (3202, 1, 'Istanda Husungan', 'Taitung Bunun Cultural Association', false)
) as v (application_id, position, full_name, affiliation, principal) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1007) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, full_name, orcid, affiliation, principal)
    values (s.application_id, s.position, s.full_name, null, s.affiliation, s.principal);

-- 3201 asks for 1,200,000 TWD, 3202 for 900,000.
merge into application_budget_line t
using (select v.* from (values
    (3201, 0, 'PERSONNEL', 1, '研究助理與錄音人員 Research assistants and voice talent', 700000),
    (3201, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 350000),
    (3201, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 150000),
    (3202, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 600000),
    (3202, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 200000),
    (3202, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 100000)
) as v (application_id, position, category, project_year, description, amount) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1007) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, category, project_year, description, amount)
    values (s.application_id, s.position, s.category, s.project_year, s.description, s.amount);

merge into application_planned_output t
using (select v.* from (values
    (3201, 0, 'DATASET', 'Hakka read-speech corpus (Sixian and South Sixian)', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3201', 'hak'),
    (3201, 1, 'MODEL_WEIGHTS', 'Bilingual Hakka and Mandarin TTS model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3201', 'hak'),
    (3202, 0, 'DATASET', 'Bunun mountain knowledge speech corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3202', 'bnn')
) as v (application_id, position, output_type, title, description, licence_id, registry, languages) join application a on a.id = v.application_id
  where a.version = 0 and a.call_id = 1007) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, output_type, title, description, licence_id, planned_release,
        registry, languages)
    values (s.application_id, s.position, s.output_type, s.title, s.description, s.licence_id, DATE '2028-06-30',
        s.registry, s.languages);

-- The submitted versions: the snapshot a submission freezes (ApplicationSnapshot's JSON), and its SHA-256.
merge into application_version t
using (select * from (values
    (3201, 3201, 'OD-1007-3201-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '60' day, '陳怡君',
     '{"application":3201,"call":1007,"organisation":2201,"version":1,"receipt":"OD-1007-3201-1","submittedAt":"2026-03-02T07:00:00Z","titles":{"zh-TW":"客語與華語雙語語音合成開放模型","en":"Open bilingual Hakka and Mandarin speech synthesis"},"abstract":"與苗栗及屏東的客語老師合作錄製 40 小時四縣腔與南四縣腔朗讀語音，訓練可切換客語與華語的開放語音合成模型，供族語教材與公共服務使用。","startDate":"2027-01-01","durationMonths":12,"team":[{"name":"陳怡君","orcid":"","affiliation":"開放語言實驗室","principal":true},{"name":"劉志明","orcid":"","affiliation":"國立聯合大學客家語言與傳播研究所","principal":false}],"answers":{},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與錄音人員 Research assistants and voice talent","amount":700000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":350000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":150000}],"outputs":[{"type":"DATASET","title":"Hakka read-speech corpus (Sixian and South Sixian)","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2028-06-30","registry":"https://huggingface.co/datasets/demo/od-3201","languages":"hak"},{"type":"MODEL_WEIGHTS","title":"Bilingual Hakka and Mandarin TTS model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2028-06-30","registry":"https://huggingface.co/demo/od-3201","languages":"hak"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '6a42b0721eeb0778ee62303ac4c8b5d1b68092d2dc0adaf7b926d7b40de075ae'),
    (3202, 3202, 'OD-1007-3202-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '58' day, 'Sakinu Tepiq',
     '{"application":3202,"call":1007,"organisation":2202,"version":1,"receipt":"OD-1007-3202-1","submittedAt":"2026-03-04T07:00:00Z","titles":{"zh-TW":"布農語山林知識語音語料","en":"Bunun speech corpus of mountain knowledge"},"abstract":"Bunun elders of Haiduan share their knowledge of the mountains. We will record 50 hours with them, transcribe it with young speakers and release the corpus and a baseline recogniser openly.","startDate":"2027-01-01","durationMonths":12,"team":[{"name":"Sakinu Tepiq","orcid":"","affiliation":"Taitung Bunun Cultural Association","principal":true},{"name":"Istanda Husungan","orcid":"","affiliation":"Taitung Bunun Cultural Association","principal":false}],"answers":{},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":600000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":200000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":100000}],"outputs":[{"type":"DATASET","title":"Bunun mountain knowledge speech corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2028-06-30","registry":"https://huggingface.co/datasets/demo/od-3202","languages":"bnn"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'f74c2065dbb8d51e7050912f20ba243f3fcd2ffcf634617b088b8bcd56e805a9')
) as v (id, application_id, receipt_number, submitted_at, submitted_by, snapshot, snapshot_sha256)) as s
on t.id = s.id
when not matched then insert (id, application_id, number, receipt_number, submitted_at, submitted_by, snapshot,
        snapshot_sha256)
    values (s.id, s.application_id, 1, s.receipt_number, s.submitted_at, s.submitted_by, s.snapshot, s.snapshot_sha256);

-- The decision, taken a week before the demo day: 3201 funded in full (2 : 1), 3202 on the reserve list.
merge into funding_decision t
using (select * from (values
    (1007, 'moc', 'DECIDED', '00000000-0000-4000-8000-000000000004',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '9' day,
     '00000000-0000-4000-8000-000000000007', timestamp with time zone '${demo_day} 10:00:00+08' - interval '8' day,
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '7' day)
) as v (call_id, lead_ministry, status, proposed_by, proposed_at, approved_by, approved_at, decided_at)) as s
on t.call_id = s.call_id
when not matched then insert (call_id, lead_ministry, status, proposed_by, proposed_at, approved_by, approved_at,
        decided_at, sent_back_by, sent_back_reason, version)
    values (s.call_id, s.lead_ministry, s.status, s.proposed_by, s.proposed_at, s.approved_by, s.approved_at,
        s.decided_at, null, null, 0);

merge into funding_decision_line t
using (select d.id as decision_id, v.position, v.application_id, v.outcome, v.amount
       from (values (0, 3201, 'FUND', 1200000), (1, 3202, 'RESERVE', 0)) as v (position, application_id, outcome, amount)
       join funding_decision d on d.call_id = 1007
       where d.version = 0) as s
on t.decision_id = s.decision_id and t.position = s.position
when not matched then insert (decision_id, position, application_id, outcome, amount, justification)
    values (s.decision_id, s.position, s.application_id, s.outcome, s.amount, null);

merge into funding_decision_part t
using (select d.id as decision_id, v.position, v.application_id, v.ministry_code, v.amount
       from (values (0, 3201, 'moc', 800000), (1, 3201, 'moda', 400000)) as v (position, application_id, ministry_code, amount)
       join funding_decision d on d.call_id = 1007
       where d.version = 0) as s
on t.decision_id = s.decision_id and t.position = s.position
when not matched then insert (decision_id, position, application_id, ministry_code, amount)
    values (s.decision_id, s.position, s.application_id, s.ministry_code, s.amount);

merge into funding_decision_confirmation t
using (select d.id as decision_id, v.position, v.ministry_code, v.approver_subject, v.confirmed_at
       from (values (0, 'moda', '00000000-0000-4000-8000-000000000099',
                     timestamp with time zone '${demo_day} 10:00:00+08' - interval '7' day))
            as v (position, ministry_code, approver_subject, confirmed_at)
       join funding_decision d on d.call_id = 1007
       where d.version = 0) as s
on t.decision_id = s.decision_id and t.position = s.position
when not matched then insert (decision_id, position, ministry_code, approver_subject, confirmed_at)
    values (s.decision_id, s.position, s.ministry_code, s.approver_subject, s.confirmed_at);
