-- Six eligible applications to the closed demo call 1005, ready for review (issue #10: an officer assigns them to the
-- demo reviewers, who score them). Repeatable and idempotent, for H2 2.x and PostgreSQL 15 alike: insert-only MERGEs,
-- as for the demo calls ("demo zzz" runs after "demo z calls" and "demo zz reviewers").
--
-- The applicants are made up and never log in (subjects …0201–…0206, their profiles in person): their organisations,
-- addresses, teams and e-mail domains share nothing with the demo reviewers, so that no conflict of interest keeps a
-- reviewer from them. Each application has one submitted version (its snapshot as a submission freezes it, written
-- by ApplicationSnapshot; the SHA-256 is that of the snapshot text) and was screened eligible by officer.moc (張家豪).
-- Their target languages (the planned outputs' languages) are Hakka, Taiwanese Hokkien, Amis and Atayal; three are
-- written in Chinese and three in English. Ids are fixed: organisations 2001–2006, applications and versions 3001–3006.
-- A snapshot's own "submittedAt" is a fixed instant (the hash covers the text, and SQL cannot compute a SHA-256 the same
-- way on both databases); the instants that pages and receipts show are the rows', counted from the demo day. Child
-- rows are inserted only while the application is untouched (version 0).

merge into person t
using (select * from (values
    (9201, '00000000-0000-4000-8000-000000000201', 'wenbin.chiu@miaoli-hakka.org.tw', '邱文彬', 'wenbin.chiu@miaoli-hakka.org.tw'),
    (9202, '00000000-0000-4000-8000-000000000202', 'jason.lee@openspeech.org.tw', 'Jason Lee', 'jason.lee@openspeech.org.tw'),
    (9203, '00000000-0000-4000-8000-000000000203', 'panay.mayaw@amis-language.org.tw', 'Panay Mayaw', 'panay.mayaw@amis-language.org.tw'),
    (9204, '00000000-0000-4000-8000-000000000204', 'watan.losin@atayal-research.org.tw', 'Watan Losin', 'watan.losin@atayal-research.org.tw'),
    (9205, '00000000-0000-4000-8000-000000000205', 'lihua.chen@gm2.nutn.edu.tw', '陳麗華', 'lihua.chen@gm2.nutn.edu.tw'),
    (9206, '00000000-0000-4000-8000-000000000206', 'sayun.temu@eastarchive.org.tw', 'Sayun Temu', 'sayun.temu@eastarchive.org.tw')
) as v (id, subject, username, display_name, email)) as s
on t.subject = s.subject
when not matched then insert (id, subject, username, display_name, email, first_login_at, last_login_at, version,
        email_verified)
    values (s.id, s.subject, s.username, s.display_name, s.email,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '60' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '8' day, 0, true);

merge into organisation t
using (select * from (values
    (2001, '苗栗縣客家語言文化協會', 'Miaoli Hakka Language and Culture Association', 'HAKKA_COMMUNITY_ORGANISATION', '苗栗縣苗栗市中正路 100 號'),
    (2002, '臺灣語音開源協會', 'Taiwan Open Speech Association', 'NON_PROFIT', '臺北市大安區復興南路一段 200 號'),
    (2003, '花蓮縣阿美族語言推展協會', 'Hualien Amis Language Promotion Association', 'COMMUNITY_ORGANISATION', '花蓮縣吉安鄉中山路三段 50 號'),
    (2004, '泰雅族語言文化研究中心', 'Atayal Language and Culture Research Centre', 'RESEARCH_INSTITUTE', '新竹縣尖石鄉嘉樂村 1 鄰 8 號'),
    (2005, '國立臺南大學臺灣文化研究所', 'Graduate Institute of Taiwan Culture, National University of Tainan', 'UNIVERSITY', '臺南市中西區樹林街二段 33 號'),
    (2006, '東部族語數位典藏協會', 'Eastern Taiwan Indigenous Languages Digital Archive', 'NON_PROFIT', '臺東縣臺東市中華路一段 300 號')
) as v (id, name_zh_tw, name_en, organisation_type, address)) as s
on t.id = s.id
when not matched then insert (id, name_zh_tw, name_en, organisation_type, business_number, address, ror_id, created_at,
        updated_at, version)
    values (s.id, s.name_zh_tw, s.name_en, s.organisation_type, null, s.address, null,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '60' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '60' day, 0);

merge into organisation_member t
using (select * from (values
    (2001, '00000000-0000-4000-8000-000000000201', '邱文彬'),
    (2002, '00000000-0000-4000-8000-000000000202', 'Jason Lee'),
    (2003, '00000000-0000-4000-8000-000000000203', 'Panay Mayaw'),
    (2004, '00000000-0000-4000-8000-000000000204', 'Watan Losin'),
    (2005, '00000000-0000-4000-8000-000000000205', '陳麗華'),
    (2006, '00000000-0000-4000-8000-000000000206', 'Sayun Temu')
) as v (organisation_id, subject, display_name)) as s
on t.organisation_id = s.organisation_id and t.subject = s.subject
when not matched then insert (organisation_id, subject, display_name, role, joined_at, version)
    values (s.organisation_id, s.subject, s.display_name, 'OWNER',
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '60' day, 0);

-- Screened eligible by officer.moc three days before the demo day; submitted between 20 and 8 days before it.
merge into application t
using (select * from (values
    (3001, 2001, '00000000-0000-4000-8000-000000000201', '四縣與海陸客語語音辨識開放模型',
     'Open speech recognition for Sixian and Hailu Hakka',
     '與苗栗、新竹的客語社群合作，錄製 300 小時四縣與海陸腔客語語音並完成轉寫，訓練開放的客語語音辨識模型，並建立分腔調的評測集。模型與語料以開放授權釋出，供客語教學與字幕使用。',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3001-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '20' day),
    (3002, 2002, '00000000-0000-4000-8000-000000000202', '客語與臺灣台語語音合成開放模型',
     'Open speech synthesis for Hakka and Taiwanese Hokkien',
     'We will train open text-to-speech models for Hakka (Sixian) and Taiwanese Hokkien from 120 hours of studio recordings by community speakers, publish the voices under an open licence and evaluate naturalness with native listeners in both languages.',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3002-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '18' day),
    (3003, 2003, '00000000-0000-4000-8000-000000000203', '阿美語語音辨識與語料建置',
     'Amis speech recognition and corpus',
     '與花蓮與臺東的阿美族部落合作，蒐集 150 小時阿美語語音（含海岸、馬蘭、恆春等方言），由族人轉寫校對，訓練阿美語語音辨識模型並開放釋出語料與評測集。',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3003-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '15' day),
    (3004, 2004, '00000000-0000-4000-8000-000000000204', '泰雅語語音合成與族語教材朗讀',
     'Atayal speech synthesis for language teaching',
     'We build an open Atayal text-to-speech model from recordings of elders and teachers in Hsinchu and Yilan, so that the Atayal teaching materials of the language revitalisation programme can be read aloud. Corpus, model and evaluation are released openly.',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3004-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '12' day),
    (3005, 2005, '00000000-0000-4000-8000-000000000205', '臺灣台語語音辨識開放評測集',
     'Open evaluation set for Taiwanese Hokkien speech recognition',
     '建立涵蓋臺灣南北腔調、年齡層與錄音情境的臺灣台語語音辨識評測集（50 小時，台羅與漢字雙軌轉寫），並以開放原始碼工具評測現有模型，公布可重現的結果。',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3005-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '10' day),
    (3006, 2006, '00000000-0000-4000-8000-000000000206', '客語與阿美語廣播節目的語音轉寫模型',
     'Transcribing Hakka and Amis radio programmes',
     'Radio archives in Hakka and Amis hold decades of speech that nobody can search. We will transcribe 80 hours of programmes with the communities, train open speech recognition models for both languages and release the transcripts and models under open licences.',
     '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.', '已取得社群同意文件。The community''s consent is on file.', '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
     'OD-1005-3006-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '8' day)
) as v (id, organisation_id, owner_subject, title_zh_tw, title_en, abstract_text, personal_data_measures,
        community_consent, training_data_rights, receipt, submitted_at)) as s
on t.id = s.id
when not matched then insert (id, call_id, organisation_id, owner_subject, status, title_zh_tw, title_en, abstract_text,
        start_date, duration_months, personal_data, personal_data_measures, community_consent, training_data_rights,
        submitted_versions, last_receipt_number, last_submitted_at, created_at, updated_at, version, screening_outcome,
        screening_reason, more_info_sections, more_info_until, screened_by_name, screened_at)
    values (s.id, 1005, s.organisation_id, s.owner_subject, 'ELIGIBLE', s.title_zh_tw, s.title_en, s.abstract_text,
        DATE '2027-01-01', 24, true, s.personal_data_measures, s.community_consent, s.training_data_rights,
        1, s.receipt, s.submitted_at, s.submitted_at - interval '10' day, timestamp with time zone '${demo_day} 11:00:00+08' - interval '3' day,
        0, 'ELIGIBLE', null, null, null, '張家豪', timestamp with time zone '${demo_day} 11:00:00+08' - interval '3' day);

merge into application_team_member t
using (select v.* from (values
    (3001, 0, '邱文彬', '苗栗縣客家語言文化協會', true),
    (3001, 1, '溫雅惠', '國立清華大學資訊工程學系', false),
    (3002, 0, 'Jason Lee', 'Taiwan Open Speech Association', true),
    (3002, 1, '蔡明哲', 'Taiwan Open Speech Association', false),
    (3003, 0, 'Panay Mayaw', '花蓮縣阿美族語言推展協會', true),
    (3003, 1, 'Kolas Foting', '國立臺東大學華語文學系', false),
    (3004, 0, 'Watan Losin', 'Atayal Language and Culture Research Centre', true),
    (3004, 1, 'Yaway Hayung', 'Atayal Language and Culture Research Centre', false),
    (3005, 0, '陳麗華', '國立臺南大學臺灣文化研究所', true),
    (3005, 1, '林志明', '國立臺南大學臺灣文化研究所', false),
    (3006, 0, 'Sayun Temu', 'Eastern Taiwan Indigenous Languages Digital Archive', true),
    (3006, 1, '古秀英', 'Eastern Taiwan Indigenous Languages Digital Archive', false)
) as v (application_id, position, full_name, affiliation, principal) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, full_name, orcid, affiliation, principal)
    values (s.application_id, s.position, s.full_name, null, s.affiliation, s.principal);

merge into application_answer t
using (select v.* from (values
    (3001, 100551, '涵蓋四縣腔與海陸腔客語，與苗栗縣及新竹縣的客家社團、社區大學客語班合作錄音與校對。'),
    (3002, 100551, 'Hakka (Sixian) and Taiwanese Hokkien; recordings with speakers from Hakka and Hokkien community radio stations.'),
    (3003, 100551, '阿美語各方言（北部、海岸、馬蘭、恆春），由部落會議同意後與族語老師共同錄音。'),
    (3004, 100551, 'Atayal (Squliq and Skikun varieties), with elders and language teachers of tribes in Jianshi and Datong.'),
    (3005, 100551, '臺灣台語（南部與北部腔），與臺南、高雄的社區大學台語班及廣播電台合作。'),
    (3006, 100551, 'Hakka (Sixian) and Amis; archives of community radio stations in Taitung and Hualien, transcribed with their speakers.')
) as v (application_id, question_id, answer) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.question_id = s.question_id
when not matched then insert (application_id, question_id, answer) values (s.application_id, s.question_id, s.answer);

merge into application_budget_line t
using (select v.* from (values
    (3001, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1600000),
    (3001, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 1300000),
    (3001, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3002, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1400000),
    (3002, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 1100000),
    (3002, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3003, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1250000),
    (3003, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 950000),
    (3003, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3004, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1100000),
    (3004, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 800000),
    (3004, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3005, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 900000),
    (3005, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 600000),
    (3005, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3006, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1300000),
    (3006, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 1000000),
    (3006, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000)
) as v (application_id, position, category, project_year, description, amount) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, category, project_year, description, amount)
    values (s.application_id, s.position, s.category, s.project_year, s.description, s.amount);

merge into application_planned_output t
using (select v.* from (values
    (3001, 0, 'DATASET', 'Open speech recognition for Sixian and Hailu Hakka — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3001', 'hak'),
    (3001, 1, 'MODEL_WEIGHTS', 'Open speech recognition for Sixian and Hailu Hakka — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3001', 'hak'),
    (3002, 0, 'DATASET', 'Open speech synthesis for Hakka and Taiwanese Hokkien — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3002', 'hak, nan'),
    (3002, 1, 'MODEL_WEIGHTS', 'Open speech synthesis for Hakka and Taiwanese Hokkien — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3002', 'hak, nan'),
    (3003, 0, 'DATASET', 'Amis speech recognition and corpus — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3003', 'ami'),
    (3003, 1, 'MODEL_WEIGHTS', 'Amis speech recognition and corpus — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3003', 'ami'),
    (3004, 0, 'DATASET', 'Atayal speech synthesis for language teaching — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3004', 'tay'),
    (3004, 1, 'MODEL_WEIGHTS', 'Atayal speech synthesis for language teaching — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3004', 'tay'),
    (3005, 0, 'DATASET', 'Open evaluation set for Taiwanese Hokkien speech recognition — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3005', 'nan'),
    (3005, 1, 'MODEL_WEIGHTS', 'Open evaluation set for Taiwanese Hokkien speech recognition — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3005', 'nan'),
    (3006, 0, 'DATASET', 'Transcribing Hakka and Amis radio programmes — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3006', 'hak, ami'),
    (3006, 1, 'MODEL_WEIGHTS', 'Transcribing Hakka and Amis radio programmes — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3006', 'hak, ami')
) as v (application_id, position, output_type, title, description, licence_id, registry, languages) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, output_type, title, description, licence_id, planned_release,
        registry, languages)
    values (s.application_id, s.position, s.output_type, s.title, s.description, s.licence_id, DATE '2029-06-30',
        s.registry, s.languages);

-- The submitted versions: the snapshot a submission freezes (ApplicationSnapshot's JSON), and its SHA-256.
merge into application_version t
using (select * from (values
    (3001, 3001, 'OD-1005-3001-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '20' day, '邱文彬',
     '{"application":3001,"call":1005,"organisation":2001,"version":1,"receipt":"OD-1005-3001-1","submittedAt":"2026-01-11T07:00:00Z","titles":{"zh-TW":"四縣與海陸客語語音辨識開放模型","en":"Open speech recognition for Sixian and Hailu Hakka"},"abstract":"與苗栗、新竹的客語社群合作，錄製 300 小時四縣與海陸腔客語語音並完成轉寫，訓練開放的客語語音辨識模型，並建立分腔調的評測集。模型與語料以開放授權釋出，供客語教學與字幕使用。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"邱文彬","orcid":"","affiliation":"苗栗縣客家語言文化協會","principal":true},{"name":"溫雅惠","orcid":"","affiliation":"國立清華大學資訊工程學系","principal":false}],"answers":{"100551":"涵蓋四縣腔與海陸腔客語，與苗栗縣及新竹縣的客家社團、社區大學客語班合作錄音與校對。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1600000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":1300000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Open speech recognition for Sixian and Hailu Hakka — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3001","languages":"hak"},{"type":"MODEL_WEIGHTS","title":"Open speech recognition for Sixian and Hailu Hakka — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3001","languages":"hak"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '4e16347a61f7465e53459c260ed858867125709a8fd2d213ec09251fd20b73b9'),
    (3002, 3002, 'OD-1005-3002-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '18' day, 'Jason Lee',
     '{"application":3002,"call":1005,"organisation":2002,"version":1,"receipt":"OD-1005-3002-1","submittedAt":"2026-01-12T07:00:00Z","titles":{"zh-TW":"客語與臺灣台語語音合成開放模型","en":"Open speech synthesis for Hakka and Taiwanese Hokkien"},"abstract":"We will train open text-to-speech models for Hakka (Sixian) and Taiwanese Hokkien from 120 hours of studio recordings by community speakers, publish the voices under an open licence and evaluate naturalness with native listeners in both languages.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Jason Lee","orcid":"","affiliation":"Taiwan Open Speech Association","principal":true},{"name":"蔡明哲","orcid":"","affiliation":"Taiwan Open Speech Association","principal":false}],"answers":{"100551":"Hakka (Sixian) and Taiwanese Hokkien; recordings with speakers from Hakka and Hokkien community radio stations."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1400000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":1100000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Open speech synthesis for Hakka and Taiwanese Hokkien — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3002","languages":"hak, nan"},{"type":"MODEL_WEIGHTS","title":"Open speech synthesis for Hakka and Taiwanese Hokkien — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3002","languages":"hak, nan"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '2d653cc591a7b722f5644dbfc8482dcac7b1e85b6c46ef05b72ba6d63bdd0fa8'),
    (3003, 3003, 'OD-1005-3003-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '15' day, 'Panay Mayaw',
     '{"application":3003,"call":1005,"organisation":2003,"version":1,"receipt":"OD-1005-3003-1","submittedAt":"2026-01-13T07:00:00Z","titles":{"zh-TW":"阿美語語音辨識與語料建置","en":"Amis speech recognition and corpus"},"abstract":"與花蓮與臺東的阿美族部落合作，蒐集 150 小時阿美語語音（含海岸、馬蘭、恆春等方言），由族人轉寫校對，訓練阿美語語音辨識模型並開放釋出語料與評測集。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Panay Mayaw","orcid":"","affiliation":"花蓮縣阿美族語言推展協會","principal":true},{"name":"Kolas Foting","orcid":"","affiliation":"國立臺東大學華語文學系","principal":false}],"answers":{"100551":"阿美語各方言（北部、海岸、馬蘭、恆春），由部落會議同意後與族語老師共同錄音。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1250000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":950000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Amis speech recognition and corpus — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3003","languages":"ami"},{"type":"MODEL_WEIGHTS","title":"Amis speech recognition and corpus — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3003","languages":"ami"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '0bdfdd92677bf539765589ac69cfa43366fe47c0b0962d5eddfa42a803999e25'),
    (3004, 3004, 'OD-1005-3004-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '12' day, 'Watan Losin',
     '{"application":3004,"call":1005,"organisation":2004,"version":1,"receipt":"OD-1005-3004-1","submittedAt":"2026-01-14T07:00:00Z","titles":{"zh-TW":"泰雅語語音合成與族語教材朗讀","en":"Atayal speech synthesis for language teaching"},"abstract":"We build an open Atayal text-to-speech model from recordings of elders and teachers in Hsinchu and Yilan, so that the Atayal teaching materials of the language revitalisation programme can be read aloud. Corpus, model and evaluation are released openly.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Watan Losin","orcid":"","affiliation":"Atayal Language and Culture Research Centre","principal":true},{"name":"Yaway Hayung","orcid":"","affiliation":"Atayal Language and Culture Research Centre","principal":false}],"answers":{"100551":"Atayal (Squliq and Skikun varieties), with elders and language teachers of tribes in Jianshi and Datong."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1100000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":800000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Atayal speech synthesis for language teaching — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3004","languages":"tay"},{"type":"MODEL_WEIGHTS","title":"Atayal speech synthesis for language teaching — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3004","languages":"tay"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '99580bfc21b87538a577ca3285069a90f3df13fa3552f39855437b78413d530c'),
    (3005, 3005, 'OD-1005-3005-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '10' day, '陳麗華',
     '{"application":3005,"call":1005,"organisation":2005,"version":1,"receipt":"OD-1005-3005-1","submittedAt":"2026-01-15T07:00:00Z","titles":{"zh-TW":"臺灣台語語音辨識開放評測集","en":"Open evaluation set for Taiwanese Hokkien speech recognition"},"abstract":"建立涵蓋臺灣南北腔調、年齡層與錄音情境的臺灣台語語音辨識評測集（50 小時，台羅與漢字雙軌轉寫），並以開放原始碼工具評測現有模型，公布可重現的結果。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"陳麗華","orcid":"","affiliation":"國立臺南大學臺灣文化研究所","principal":true},{"name":"林志明","orcid":"","affiliation":"國立臺南大學臺灣文化研究所","principal":false}],"answers":{"100551":"臺灣台語（南部與北部腔），與臺南、高雄的社區大學台語班及廣播電台合作。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":900000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":600000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Open evaluation set for Taiwanese Hokkien speech recognition — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3005","languages":"nan"},{"type":"MODEL_WEIGHTS","title":"Open evaluation set for Taiwanese Hokkien speech recognition — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3005","languages":"nan"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'b74b234cec9dcd41c2cb3e91c4da40c73013e4b8cfb9a3fd69310b91810d0921'),
    (3006, 3006, 'OD-1005-3006-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '8' day, 'Sayun Temu',
     '{"application":3006,"call":1005,"organisation":2006,"version":1,"receipt":"OD-1005-3006-1","submittedAt":"2026-01-16T07:00:00Z","titles":{"zh-TW":"客語與阿美語廣播節目的語音轉寫模型","en":"Transcribing Hakka and Amis radio programmes"},"abstract":"Radio archives in Hakka and Amis hold decades of speech that nobody can search. We will transcribe 80 hours of programmes with the communities, train open speech recognition models for both languages and release the transcripts and models under open licences.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Sayun Temu","orcid":"","affiliation":"Eastern Taiwan Indigenous Languages Digital Archive","principal":true},{"name":"古秀英","orcid":"","affiliation":"Eastern Taiwan Indigenous Languages Digital Archive","principal":false}],"answers":{"100551":"Hakka (Sixian) and Amis; archives of community radio stations in Taitung and Hualien, transcribed with their speakers."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1300000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":1000000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Transcribing Hakka and Amis radio programmes — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3006","languages":"hak, ami"},{"type":"MODEL_WEIGHTS","title":"Transcribing Hakka and Amis radio programmes — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3006","languages":"hak, ami"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '7c2cb1a94f73c2841f56ada8944d8c29f6a8bc858b2c56671821067bff3b4095')
) as v (id, application_id, receipt_number, submitted_at, submitted_by, snapshot, snapshot_sha256)) as s
on t.id = s.id
when not matched then insert (id, application_id, number, receipt_number, submitted_at, submitted_by, snapshot,
        snapshot_sha256)
    values (s.id, s.application_id, 1, s.receipt_number, s.submitted_at, s.submitted_by, s.snapshot, s.snapshot_sha256);
