-- Public registry demo (issue #13, items 8 and 9): call 1009 of moc, co-funded by moda and nstc, with two accepted
-- awards across ministries and languages, so that /registry/ shows projects in Amis, Hakka and Atayal besides award
-- 1008-1 (Hakka, moc), one of them with payments, and one declined award that the registry must never show.
-- 1009-1 (id 9001): 1,500,000 TWD (moc 1,000,000, moda 500,000) to 2401 阿美語開放語音協會 for Amis speech; its first
--   tranche paid by both ministries twenty days before the demo day.
-- 1009-2 (id 9002): 800,000 TWD (moc 500,000, nstc 300,000) to 2402 客語評測實驗室 for a Hakka and Atayal benchmark.
-- 1009-3 (id 9003): offered to 2403 and declined (with a reason that stays private).
-- Made-up organisations and people; no demo login owns them. Repeatable and idempotent (insert-only MERGEs), named
-- "demo zzzzzzz" to run after the other demo scripts. Ids: call 1009, organisations 2401-2403, applications
-- 3401-3403, awards 9001-9003.

merge into funding_call c
using (values
    (1009, 'tw-public-ai', 'moc', 'DECIDED',
     '原住民族語言與客語語音及評測',
     'Speech and evaluation for Indigenous languages and Hakka',
     '補助原住民族語言與客語的開放語音資料、模型與評測。',
     'Grants for open speech data, models and evaluation in Indigenous languages and Hakka.',
     '本徵件已作成補助決定，受補助計畫執行中。',
     'The funding decision of this call is taken; the funded projects are under way.',
     3500000, 500000, 1500000, 18,
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '220' day,
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '150' day,
     3, false, 6.00, 6, 10, 'NONE',
     '00000000-0000-4000-8000-000000000004', '張家豪',
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '250' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '230' day,
     '00000000-0000-4000-8000-000000000007', '吳美玲', timestamp with time zone '${demo_day} 10:00:00+08' - interval '230' day)
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
       from (values (1009, 'moc', 2000000), (1009, 'moda', 1000000), (1009, 'nstc', 500000))
           as v (call_id, ministry_code, amount)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, amount) values (s.call_id, s.ministry_code, s.amount);

merge into call_organisation_type t
using (select v.call_id, v.organisation_type
       from (values (1009, 'UNIVERSITY'), (1009, 'NON_PROFIT'), (1009, 'COMMUNITY_ORGANISATION'))
           as v (call_id, organisation_type)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.organisation_type = s.organisation_type
when not matched then insert (call_id, organisation_type) values (s.call_id, s.organisation_type);

merge into call_focus_area t
using (select v.call_id, v.focus_area
       from (values (1009, 'SPEECH_TECHNOLOGY'), (1009, 'EVALUATION_AND_BENCHMARKS')) as v (call_id, focus_area)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.focus_area = s.focus_area
when not matched then insert (call_id, focus_area) values (s.call_id, s.focus_area);

merge into call_target_language t
using (select v.call_id, v.language_code
       from (values (1009, 'ami'), (1009, 'tay'), (1009, 'hak')) as v (call_id, language_code)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.language_code = s.language_code
when not matched then insert (call_id, language_code) values (s.call_id, s.language_code);

merge into call_criterion t
using (select v.id, v.call_id, v.position, v.name_zh_tw, v.name_en, v.description_zh_tw, v.description_en,
              v.weight_percent, v.scale, v.threshold
       from (values
           (100901, 1009, 0, '語言社群參與', 'Partnership with the language community',
            '語言社群如何參與資料蒐集與成果的使用。', 'How the language community takes part in collecting and using the results.',
            50, 'ONE_TO_NINE', 5.0),
           (100902, 1009, 1, '開放與再利用', 'Openness and reuse',
            '資料、模型與評測的授權與文件是否便於他人再利用。', 'Whether licences and documentation make reuse by others easy.',
            50, 'ONE_TO_NINE', 5.0)
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
           (1009, 'CODE', 'Apache-2.0'), (1009, 'CODE', 'MIT'),
           (1009, 'MODEL_WEIGHTS', 'Apache-2.0'), (1009, 'MODEL_WEIGHTS', 'CC-BY-4.0'),
           (1009, 'DATASET', 'CC-BY-4.0'), (1009, 'DATASET', 'CC0-1.0'),
           (1009, 'DOCUMENTATION', 'CC-BY-4.0'),
           (1009, 'EVALUATION', 'Apache-2.0'), (1009, 'EVALUATION', 'CC-BY-4.0')
       ) as v (call_id, output_type, licence_id)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.output_type = s.output_type and t.licence_id = s.licence_id
when not matched then insert (call_id, output_type, licence_id) values (s.call_id, s.output_type, s.licence_id);

merge into call_editor t
using (select c.id as call_id, c.author_subject as subject
       from funding_call c
       where c.id = 1009 and c.version = 0) as s
on t.call_id = s.call_id and t.subject = s.subject
when not matched then insert (call_id, subject) values (s.call_id, s.subject);

merge into organisation t
using (select * from (values
    (2401, '阿美語開放語音協會', 'Amis Open Speech Association', 'COMMUNITY_ORGANISATION', '花蓮縣吉安鄉中山路 1 號'),
    (2402, '客語評測實驗室', 'Hakka Evaluation Lab', 'UNIVERSITY', '苗栗縣苗栗市恭敬里 1 號'),
    (2403, '泰雅語數位典藏社', 'Atayal Digital Archive Society', 'NON_PROFIT', '新竹縣尖石鄉 1 號')
) as v (id, name_zh_tw, name_en, organisation_type, address)) as s
on t.id = s.id
when not matched then insert (id, name_zh_tw, name_en, organisation_type, business_number, address, ror_id, created_at,
        updated_at, version)
    values (s.id, s.name_zh_tw, s.name_en, s.organisation_type, null, s.address, null,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '260' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '260' day, 0);

merge into application t
using (select * from (values
    (3401, 2401, '00000000-0000-4000-8000-0000000094a1', '阿美語開放語音語料與辨識模型', 'Open Amis speech corpus and recogniser', '錄製阿美語朗讀與對話語音一百小時，釋出語料與語音辨識模型。', 'OD-1009-3401-1'),
    (3402, 2402, '00000000-0000-4000-8000-0000000094a2', '客語與泰雅語語音辨識評測基準', 'Hakka and Atayal speech recognition benchmark', '建立客語與泰雅語語音辨識的公開評測集與評測工具。', 'OD-1009-3402-1'),
    (3403, 2403, '00000000-0000-4000-8000-0000000094a3', '泰雅語口述歷史數位化', 'Digitising Atayal oral histories', '將泰雅語口述歷史錄音數位化並轉寫。', 'OD-1009-3403-1')
) as v (id, organisation_id, owner_subject, title_zh_tw, title_en, abstract_text, receipt)) as s
on t.id = s.id
when not matched then insert (id, call_id, organisation_id, owner_subject, status, title_zh_tw, title_en, abstract_text,
        start_date, duration_months, personal_data, personal_data_measures, community_consent, training_data_rights,
        submitted_versions, last_receipt_number, last_submitted_at, created_at, updated_at, version, screening_outcome,
        screening_reason, more_info_sections, more_info_until, screened_by_name, screened_at)
    values (s.id, 1009, s.organisation_id, s.owner_subject, 'ELIGIBLE', s.title_zh_tw, s.title_en, s.abstract_text,
        DATE '2027-01-01', 18, false, '不涉及個人資料。No personal data.', '已取得社群同意文件。The community''s consent is on file.',
        '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
        1, s.receipt, timestamp with time zone '${demo_day} 15:00:00+08' - interval '160' day,
        timestamp with time zone '${demo_day} 15:00:00+08' - interval '170' day,
        timestamp with time zone '${demo_day} 11:00:00+08' - interval '140' day,
        0, 'ELIGIBLE', null, null, null, '張家豪', timestamp with time zone '${demo_day} 11:00:00+08' - interval '140' day);

merge into award t
using (select * from (values
    (9001, '1009-1', 1, 3401, 2401, '阿美語開放語音語料與辨識模型', 'Open Amis speech corpus and recogniser', 1500000, 'ACCEPTED', cast(null as varchar(1000))),
    (9002, '1009-2', 2, 3402, 2402, '客語與泰雅語語音辨識評測基準', 'Hakka and Atayal speech recognition benchmark', 800000, 'ACCEPTED', cast(null as varchar(1000))),
    (9003, '1009-3', 3, 3403, 2403, '泰雅語口述歷史數位化', 'Digitising Atayal oral histories', 600000, 'DECLINED', '內部原因：示範用的婉拒理由，不得公開。Internal: a demo reason that must never be public.')
) as v (id, number, seq, application_id, organisation_id, title_zh_tw, title_en, amount, status, decline_reason)) as s
on t.id = s.id
when not matched then insert (id, number, call_id, seq, application_id, organisation_id, lead_ministry, title_zh_tw,
        title_en, from_reserve, amount, start_date, end_date, offer_deadline, required_mof_class,
        release_deadline_months, retention_percent, status, offered_by, offered_at, answered_by, answered_at,
        decline_reason, version)
    values (s.id, s.number, 1009, s.seq, s.application_id, s.organisation_id, 'moc', s.title_zh_tw,
        s.title_en, false, s.amount, cast(timestamp '${demo_day} 00:00:00' - interval '60' day as date),
        cast(timestamp '${demo_day} 00:00:00' + interval '480' day as date),
        timestamp with time zone '${demo_day} 23:59:59+08' - interval '70' day, 'NONE', 6, 10, s.status,
        '00000000-0000-4000-8000-000000000004', timestamp with time zone '${demo_day} 10:00:00+08' - interval '100' day,
        '00000000-0000-4000-8000-0000000094a' || cast(s.seq as varchar(1)),
        timestamp with time zone '${demo_day} 10:00:00+08' - interval '90' day, s.decline_reason, 0);

merge into award_part t
using (select v.* from (values
    (9001, 0, 'moc', 1000000), (9001, 1, 'moda', 500000),
    (9002, 0, 'moc', 500000), (9002, 1, 'nstc', 300000),
    (9003, 0, 'moc', 600000)
) as v (award_id, position, ministry_code, amount)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, ministry_code, amount)
    values (s.award_id, s.position, s.ministry_code, s.amount);

merge into award_tranche t
using (select v.* from (values
    (9001, 0, 40.00, 600000, cast(timestamp '${demo_day} 00:00:00' - interval '60' day as date), cast(null as date), 'AGREEMENT', false),
    (9001, 1, 30.00, 450000, cast(timestamp '${demo_day} 00:00:00' + interval '4' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '3' month as date), 'PROGRESS_REPORT', false),
    (9001, 2, 20.00, 300000, cast(timestamp '${demo_day} 00:00:00' + interval '10' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '9' month as date), 'PROGRESS_REPORT', false),
    (9001, 3, 10.00, 150000, cast(timestamp '${demo_day} 00:00:00' + interval '17' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '16' month as date), 'FINAL_REPORT_AND_OUTPUTS', true),
    (9002, 0, 40.00, 320000, cast(timestamp '${demo_day} 00:00:00' - interval '60' day as date), cast(null as date), 'AGREEMENT', false),
    (9002, 1, 30.00, 240000, cast(timestamp '${demo_day} 00:00:00' + interval '4' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '3' month as date), 'PROGRESS_REPORT', false),
    (9002, 2, 20.00, 160000, cast(timestamp '${demo_day} 00:00:00' + interval '10' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '9' month as date), 'PROGRESS_REPORT', false),
    (9002, 3, 10.00, 80000, cast(timestamp '${demo_day} 00:00:00' + interval '17' month as date), cast(timestamp '${demo_day} 00:00:00' + interval '16' month as date), 'FINAL_REPORT_AND_OUTPUTS', true)
) as v (award_id, position, share_percent, amount, due_date, report_due, release_condition, retained)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, share_percent, amount, due_date, report_due, release_condition,
        retained)
    values (s.award_id, s.position, s.share_percent, s.amount, s.due_date, s.report_due, s.release_condition,
        s.retained);

merge into award_obligation t
using (select v.* from (values
    (9001, 0, 'DATASET', 'Amis read and conversational speech, 100 hours', 'CC-BY-4.0', 'CC-BY-4.0, CC0-1.0', DATE '2028-03-31',
     'https://huggingface.co/datasets/demo/od-3401-speech', 'ami'),
    (9001, 1, 'MODEL_WEIGHTS', 'Amis speech recogniser', 'Apache-2.0', 'Apache-2.0, CC-BY-4.0', DATE '2028-06-30',
     'https://huggingface.co/demo/od-3401-asr', 'ami'),
    (9001, 2, 'CODE', 'Training and recording tools', 'MIT', 'Apache-2.0, MIT', DATE '2028-06-30',
     'https://github.com/demo/od-3401-tools', 'ami'),
    (9002, 0, 'EVALUATION', 'Hakka and Atayal speech recognition benchmark', 'CC-BY-4.0', 'Apache-2.0, CC-BY-4.0', DATE '2028-04-30',
     'https://zenodo.org/records/demo-3402', 'hak tay'),
    (9002, 1, 'DOCUMENTATION', 'Benchmark guide for communities', 'CC-BY-4.0', 'CC-BY-4.0', DATE '2028-04-30',
     'https://github.com/demo/od-3402-guide', 'hak tay'),
    (9003, 0, 'DATASET', 'Atayal oral histories', 'CC-BY-4.0', 'CC-BY-4.0, CC0-1.0', DATE '2028-06-30',
     'https://huggingface.co/datasets/demo/od-3403', 'tay')
) as v (award_id, position, output_type, title, licence_id, allowed_licences, release_by, registry, languages)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, output_type, title, licence_id, allowed_licences, release_by,
        registry, languages)
    values (s.award_id, s.position, s.output_type, s.title, s.licence_id, s.allowed_licences, s.release_by,
        s.registry, s.languages);

-- The first tranche of 1009-1, paid by moc (400,000) and moda (200,000) twenty days before the demo day.
merge into disbursement t
using (select v.* from (values
    (9001, 0, 'moc', 400000), (9001, 0, 'moda', 200000)
) as v (award_id, tranche_position, ministry_code, amount)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.tranche_position = s.tranche_position and t.ministry_code = s.ministry_code
when not matched then insert (award_id, tranche_position, ministry_code, amount, status, progress_report,
        spent_so_far, requested_by, requested_at, return_reason, version)
    values (s.award_id, s.tranche_position, s.ministry_code, s.amount, 'PAID', '', 0,
        '00000000-0000-4000-8000-0000000094a1', timestamp with time zone '${demo_day} 10:00:00+08' - interval '40' day,
        null, 0);

merge into disbursement_payment t
using (select d.id as disbursement_id, v.reference, v.amount
       from (values ('moc', 'DEMO-MOC-1009-1-T1', 400000), ('moda', 'DEMO-MODA-1009-1-T1', 200000))
           as v (ministry_code, reference, amount)
       join disbursement d on d.award_id = 9001 and d.tranche_position = 0 and d.ministry_code = v.ministry_code) as s
on t.payment_reference = s.reference
when not matched then insert (disbursement_id, payment_reference, idempotency_key, amount, value_date, paid_by, paid_at)
    values (s.disbursement_id, s.reference, s.reference, s.amount,
        cast(timestamp '${demo_day} 00:00:00' - interval '20' day as date), 'demo-finance',
        timestamp with time zone '${demo_day} 15:00:00+08' - interval '20' day);
