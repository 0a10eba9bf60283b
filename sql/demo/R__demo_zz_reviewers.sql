-- Demo reviewers with profiles, in the pools of the demo ministries and of call 1001 (issue #10, item 1), enough for
-- the six eligible applications of the closed call 1005 (led by moc, co-funded by moda) at three reviews each, and for
-- the 29 reviews they submitted to the ten of call 1006 ("demo zzzz reviewed call"): their most applications per call
-- add up to 30, and each target language of call 1005's applications (hak, nan, ami, tay) has a reader in the pools of
-- moc and moda. Repeatable
-- and idempotent, for H2 2.x and PostgreSQL 15 alike: insert-only MERGEs, as for the demo calls ("demo zz" runs after
-- "demo z calls", whose call 1001 a pool refers to). A profile's rows are only inserted while the profile is untouched
-- (version 0), so that a re-run never brings back what a reviewer removed.
--
-- The reviewers are the demo realm's (realm-config/opendividend-realm.json): reviewer …0003 黃淑芬 (language
-- technology, Mandarin and Taiwanese), reviewer2 …0013 劉承恩 (Hakka speech), reviewer3 …0014 Lahok Kacaw (Amis and
-- Sakizaya), reviewer4 …0015 彭玉琴 (Hakka and Taiwanese speech synthesis), reviewer5 …0016 Yuraw Watan (Atayal
-- and Truku language revitalisation). They were invited by the demo officers officer.moc …0004 張家豪, officer.nstc …0005 李雅婷 and
-- officer.moda …0006. Pool member ids are fixed (9001–9008) and inserted explicitly into the identity column.
-- The reviewers also have profiles in person (ids 9101–9105, as their first login would record them, which then
-- updates them), so that they can be assigned before they ever logged in.

merge into reviewer_pool_member t
using (select * from (values
    (9001, 'moc', cast(null as bigint), '00000000-0000-4000-8000-000000000003', 'reviewer@demo.opendividend.tw', '黃淑芬', '00000000-0000-4000-8000-000000000004', '張家豪'),
    (9002, 'nstc', cast(null as bigint), '00000000-0000-4000-8000-000000000003', 'reviewer@demo.opendividend.tw', '黃淑芬', '00000000-0000-4000-8000-000000000005', '李雅婷'),
    (9003, 'moc', cast(null as bigint), '00000000-0000-4000-8000-000000000013', 'reviewer2@demo.opendividend.tw', '劉承恩', '00000000-0000-4000-8000-000000000004', '張家豪'),
    (9004, 'moc', cast(1001 as bigint), '00000000-0000-4000-8000-000000000013', 'reviewer2@demo.opendividend.tw', '劉承恩', '00000000-0000-4000-8000-000000000004', '張家豪'),
    (9005, 'moda', cast(null as bigint), '00000000-0000-4000-8000-000000000014', 'reviewer3@demo.opendividend.tw', 'Lahok Kacaw', '00000000-0000-4000-8000-000000000006', '數位發展部承辦人'),
    (9006, 'moda', cast(1001 as bigint), '00000000-0000-4000-8000-000000000014', 'reviewer3@demo.opendividend.tw', 'Lahok Kacaw', '00000000-0000-4000-8000-000000000006', '數位發展部承辦人'),
    (9007, 'moc', cast(null as bigint), '00000000-0000-4000-8000-000000000015', 'reviewer4@demo.opendividend.tw', '彭玉琴', '00000000-0000-4000-8000-000000000004', '張家豪'),
    (9008, 'moda', cast(null as bigint), '00000000-0000-4000-8000-000000000016', 'reviewer5@demo.opendividend.tw', 'Yuraw Watan', '00000000-0000-4000-8000-000000000006', '數位發展部承辦人')
) as v (id, ministry_code, call_id, subject, email, display_name, invited_by_subject, invited_by_name)) as s
on t.id = s.id
when not matched then insert (id, ministry_code, call_id, subject, email, display_name, status, invited_by_subject,
        invited_by_name, invited_at, version)
    values (s.id, s.ministry_code, s.call_id, s.subject, s.email, s.display_name, 'INVITED', s.invited_by_subject,
        s.invited_by_name, timestamp with time zone '${demo_day} 10:00:00+08' - interval '14' day, 0);

merge into reviewer_profile t
using (select * from (values
    ('00000000-0000-4000-8000-000000000003', '黃淑芬', 7),
    ('00000000-0000-4000-8000-000000000013', '劉承恩', 6),
    ('00000000-0000-4000-8000-000000000014', 'Lahok Kacaw', 5),
    ('00000000-0000-4000-8000-000000000015', '彭玉琴', 6),
    ('00000000-0000-4000-8000-000000000016', 'Yuraw Watan', 6)
) as v (subject, display_name, max_load_per_call)) as s
on t.subject = s.subject
when not matched then insert (subject, display_name, available, max_load_per_call, updated_at, version)
    values (s.subject, s.display_name, true, s.max_load_per_call,
        timestamp with time zone '${demo_day} 10:00:00+08' - interval '13' day, 0);

merge into reviewer_focus_area t
using (select v.subject, v.focus_area from (values
    ('00000000-0000-4000-8000-000000000003', 'OPEN_MODELS'),
    ('00000000-0000-4000-8000-000000000003', 'EVALUATION_AND_BENCHMARKS'),
    ('00000000-0000-4000-8000-000000000013', 'SPEECH_TECHNOLOGY'),
    ('00000000-0000-4000-8000-000000000013', 'DATASETS_AND_CORPORA'),
    ('00000000-0000-4000-8000-000000000014', 'LANGUAGE_REVITALISATION'),
    ('00000000-0000-4000-8000-000000000014', 'DATASETS_AND_CORPORA'),
    ('00000000-0000-4000-8000-000000000015', 'SPEECH_TECHNOLOGY'),
    ('00000000-0000-4000-8000-000000000015', 'OPEN_MODELS'),
    ('00000000-0000-4000-8000-000000000016', 'LANGUAGE_REVITALISATION'),
    ('00000000-0000-4000-8000-000000000016', 'SPEECH_TECHNOLOGY')
) as v (subject, focus_area) join reviewer_profile p on p.subject = v.subject where p.version = 0) as s
on t.subject = s.subject and t.focus_area = s.focus_area
when not matched then insert (subject, focus_area) values (s.subject, s.focus_area);

merge into reviewer_keyword t
using (select v.subject, v.position, v.language, v.keyword from (values
    ('00000000-0000-4000-8000-000000000003', 0, 'zh-TW', '大型語言模型'),
    ('00000000-0000-4000-8000-000000000003', 1, 'zh-TW', '台語文字處理'),
    ('00000000-0000-4000-8000-000000000003', 2, 'en', 'language models'),
    ('00000000-0000-4000-8000-000000000003', 3, 'en', 'evaluation'),
    ('00000000-0000-4000-8000-000000000013', 0, 'zh-TW', '客語語音辨識'),
    ('00000000-0000-4000-8000-000000000013', 1, 'zh-TW', '語音合成'),
    ('00000000-0000-4000-8000-000000000013', 2, 'en', 'Hakka speech recognition'),
    ('00000000-0000-4000-8000-000000000013', 3, 'en', 'speech synthesis'),
    ('00000000-0000-4000-8000-000000000014', 0, 'zh-TW', '阿美語語料'),
    ('00000000-0000-4000-8000-000000000014', 1, 'zh-TW', '族語復振'),
    ('00000000-0000-4000-8000-000000000014', 2, 'en', 'Amis corpora'),
    ('00000000-0000-4000-8000-000000000014', 3, 'en', 'language revitalisation'),
    ('00000000-0000-4000-8000-000000000015', 0, 'zh-TW', '客語語音合成'),
    ('00000000-0000-4000-8000-000000000015', 1, 'zh-TW', '台語語音合成'),
    ('00000000-0000-4000-8000-000000000015', 2, 'en', 'speech synthesis'),
    ('00000000-0000-4000-8000-000000000015', 3, 'en', 'Hakka and Hokkien voices'),
    ('00000000-0000-4000-8000-000000000016', 0, 'zh-TW', '泰雅語教材'),
    ('00000000-0000-4000-8000-000000000016', 1, 'zh-TW', '族語語音'),
    ('00000000-0000-4000-8000-000000000016', 2, 'en', 'Atayal speech'),
    ('00000000-0000-4000-8000-000000000016', 3, 'en', 'language teaching')
) as v (subject, position, language, keyword) join reviewer_profile p on p.subject = v.subject where p.version = 0) as s
on t.subject = s.subject and t.position = s.position
when not matched then insert (subject, position, language, keyword) values (s.subject, s.position, s.language, s.keyword);

merge into reviewer_language t
using (select v.subject, v.code from (values
    ('00000000-0000-4000-8000-000000000003', 'zho'), ('00000000-0000-4000-8000-000000000003', 'cmn'),
    ('00000000-0000-4000-8000-000000000003', 'nan'), ('00000000-0000-4000-8000-000000000003', 'eng'),
    ('00000000-0000-4000-8000-000000000013', 'hak'), ('00000000-0000-4000-8000-000000000013', 'zho'),
    ('00000000-0000-4000-8000-000000000013', 'cmn'), ('00000000-0000-4000-8000-000000000013', 'eng'),
    ('00000000-0000-4000-8000-000000000014', 'ami'), ('00000000-0000-4000-8000-000000000014', 'szy'),
    ('00000000-0000-4000-8000-000000000014', 'zho'), ('00000000-0000-4000-8000-000000000014', 'eng'),
    ('00000000-0000-4000-8000-000000000015', 'hak'), ('00000000-0000-4000-8000-000000000015', 'nan'),
    ('00000000-0000-4000-8000-000000000015', 'zho'), ('00000000-0000-4000-8000-000000000015', 'eng'),
    ('00000000-0000-4000-8000-000000000016', 'tay'), ('00000000-0000-4000-8000-000000000016', 'trv'),
    ('00000000-0000-4000-8000-000000000016', 'ami'), ('00000000-0000-4000-8000-000000000016', 'zho'),
    ('00000000-0000-4000-8000-000000000016', 'eng')
) as v (subject, code) join reviewer_profile p on p.subject = v.subject where p.version = 0) as s
on t.subject = s.subject and t.code = s.code
when not matched then insert (subject, code) values (s.subject, s.code);

merge into reviewer_affiliation t
using (select v.subject, v.position, v.organisation, v.from_year, v.to_year from (values
    ('00000000-0000-4000-8000-000000000003', 0, '國立臺灣大學資訊工程學系', 2012, cast(null as integer)),
    ('00000000-0000-4000-8000-000000000013', 0, '國立中央大學客家學院', 2015, cast(2021 as integer)),
    ('00000000-0000-4000-8000-000000000013', 1, '國立陽明交通大學電機工程學系', 2021, cast(null as integer)),
    ('00000000-0000-4000-8000-000000000014', 0, '國立東華大學原住民民族學院', 2018, cast(null as integer)),
    ('00000000-0000-4000-8000-000000000015', 0, '國立聯合大學客家研究學院', 2014, cast(null as integer)),
    ('00000000-0000-4000-8000-000000000016', 0, '國立政治大學原住民族研究中心', 2016, cast(null as integer))
) as v (subject, position, organisation, from_year, to_year) join reviewer_profile p on p.subject = v.subject
  where p.version = 0) as s
on t.subject = s.subject and t.position = s.position
when not matched then insert (subject, position, organisation, from_year, to_year)
    values (s.subject, s.position, s.organisation, s.from_year, s.to_year);

merge into reviewer_email_domain t
using (select v.subject, v.domain from (values
    ('00000000-0000-4000-8000-000000000003', 'ntu.edu.tw'),
    ('00000000-0000-4000-8000-000000000013', 'nycu.edu.tw'),
    ('00000000-0000-4000-8000-000000000014', 'ndhu.edu.tw'),
    ('00000000-0000-4000-8000-000000000015', 'nuu.edu.tw'),
    ('00000000-0000-4000-8000-000000000016', 'nccu.edu.tw')
) as v (subject, domain) join reviewer_profile p on p.subject = v.subject where p.version = 0) as s
on t.subject = s.subject and t.domain = s.domain
when not matched then insert (subject, domain) values (s.subject, s.domain);

merge into reviewer_collaborator t
using (select v.subject, v.orcid from (values
    ('00000000-0000-4000-8000-000000000003', '0000-0002-1825-0097'),
    ('00000000-0000-4000-8000-000000000013', '0000-0001-5109-3700')
) as v (subject, orcid) join reviewer_profile p on p.subject = v.subject where p.version = 0) as s
on t.subject = s.subject and t.orcid = s.orcid
when not matched then insert (subject, orcid) values (s.subject, s.orcid);

merge into person t
using (select * from (values
    (9101, '00000000-0000-4000-8000-000000000003', 'reviewer', '黃淑芬', 'reviewer@demo.opendividend.tw'),
    (9102, '00000000-0000-4000-8000-000000000013', 'reviewer2', '劉承恩', 'reviewer2@demo.opendividend.tw'),
    (9103, '00000000-0000-4000-8000-000000000014', 'reviewer3', 'Lahok Kacaw', 'reviewer3@demo.opendividend.tw'),
    (9104, '00000000-0000-4000-8000-000000000015', 'reviewer4', '彭玉琴', 'reviewer4@demo.opendividend.tw'),
    (9105, '00000000-0000-4000-8000-000000000016', 'reviewer5', 'Yuraw Watan', 'reviewer5@demo.opendividend.tw')
) as v (id, subject, username, display_name, email)) as s
on t.subject = s.subject
when not matched then insert (id, subject, username, display_name, email, first_login_at, last_login_at, version,
        email_verified)
    values (s.id, s.subject, s.username, s.display_name, s.email,
        timestamp with time zone '${demo_day} 10:00:00+08' - interval '13' day,
        timestamp with time zone '${demo_day} 10:00:00+08' - interval '13' day, 0, true);

merge into person_role t
using (select p.id as person_id, 'reviewer' as role_name from person p where p.id between 9101 and 9105) as s
on t.person_id = s.person_id and t.role_name = s.role_name
when not matched then insert (person_id, role_name) values (s.person_id, s.role_name);
