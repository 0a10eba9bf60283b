-- A demo call that has been reviewed (issue #11: "a demo call with enough reviewed applications to make the funding
-- line interesting"): call 1006, led by moc and co-funded by moda, closed two weeks before the demo day, with ten
-- eligible applications and the demo reviewers' submitted reviews, so that an officer opens its panel and finds a
-- calibrated ranking and a suggested funding line at once. Repeatable and idempotent, for H2 2.x and PostgreSQL 15
-- alike: insert-only MERGEs as in "demo z calls" (read its header), named "demo zzzz" to run after the calls, the
-- reviewers ("demo zz") and the applications of call 1005 ("demo zzz"). Call 1005 stays as it is: without assignments
-- or reviews, for the officer to assign.
--
-- The call asks 9,000,000 TWD of its budget (moc 6,000,000, moda 3,000,000, moda's share accepted before publication)
-- for at most 3,000,000 per award; its ten applications ask for 22,100,000, so not every candidate fits. Criteria and
-- the question are numbered like the others' (100601–100603, 100651), and so are the ids of this file: organisations
-- 2101–2110, applications and versions 3101–3110, applicants' profiles 9301–9310 (subjects …0301–…0310, made up and
-- never logging in; their organisations, addresses, teams and e-mail domains share nothing with the demo reviewers,
-- so no conflict of interest), assignments and their reviews <application> × 10 + n. Half the applications are
-- written in Chinese, half in English; they target Hakka, Taiwanese Hokkien, Amis, Atayal, Paiwan and Truku.
--
-- The reviews (three per application, 1–9 on every criterion) are those of the demo reviewers, within each one's
-- most applications per call: 彭玉琴 (reviewer4) scores about a point above the others on the same applications and
-- 黃淑芬 (reviewer) about a point below, so that calibration changes the order of the raw means; application 3108 stays
-- below the threshold of community partnership; application 3110 has two reviews of three (its third reviewer
-- declined), so it is ranked after the complete ones and out of the funding line. Snapshots are written as for call
-- 1005 (a fixed "submittedAt", the SHA-256 of the text). Child rows are inserted only while their parent is untouched
-- (version 0).

merge into funding_call c
using (values
    (1006, 'tw-public-ai', 'moc', 'CLOSED',
     '客語與原住民族語言開放資料第二梯次',
     'Open data for Hakka and Indigenous languages, second round',
     '第二梯次補助與語言社群合作，建置客語、臺灣台語及原住民族語言的開放語音與文字資料，以及以這些資料訓練的開放模型。',
     'The second round of grants for work with language communities on open speech and text data for Hakka, Taiwanese Hokkien and the Indigenous languages of Taiwan, and on open models trained on them.',
     '本徵件已截止收件，審查已完成，目前進行補助決定。第二梯次延續第一梯次的方向，補助與語言社群共同建置的開放資料與模型。

補助範圍：
- 客語、臺灣台語及原住民族語言的語音與文字語料；
- 以上述語料訓練的語音辨識、語音合成或字幕模型；
- 開放的評測集與資料說明文件。',
     'This call has closed and its applications have been reviewed; the funding decision is under way. The second round continues the first: it funds open data and models built together with language communities.

What is funded:
- speech and text corpora for Hakka, Taiwanese Hokkien and the Indigenous languages;
- speech recognition, speech synthesis or subtitling models trained on them;
- open evaluation sets and datasheets.',
     9000000, 1000000, 3000000, 24,
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '90' day,  -- 09:00 Taipei, 90 days before the demo day
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '14' day,  -- 17:00 Taipei, 14 days before the demo day: closed
     3, false, 6.00, 6, 10, 'CLASS_II',
     '00000000-0000-4000-8000-000000000004', '張家豪',
     timestamp with time zone '${demo_day} 09:00:00+08' - interval '120' day, timestamp with time zone '${demo_day} 10:00:00+08' - interval '100' day,
     '00000000-0000-4000-8000-000000000007', '吳美玲', timestamp with time zone '${demo_day} 10:00:00+08' - interval '100' day)
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

-- Shares add up to the budget.
merge into call_funding_share t
using (select v.call_id, v.ministry_code, v.amount
       from (values (1006, 'moc', 6000000), (1006, 'moda', 3000000)) as v (call_id, ministry_code, amount)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, amount) values (s.call_id, s.ministry_code, s.amount);

merge into call_organisation_type t
using (select v.call_id, v.organisation_type
       from (values
           (1006, 'UNIVERSITY'), (1006, 'RESEARCH_INSTITUTE'), (1006, 'NON_PROFIT'),
           (1006, 'COMMUNITY_ORGANISATION'), (1006, 'HAKKA_COMMUNITY_ORGANISATION')
       ) as v (call_id, organisation_type)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.organisation_type = s.organisation_type
when not matched then insert (call_id, organisation_type) values (s.call_id, s.organisation_type);

merge into call_focus_area t
using (select v.call_id, v.focus_area
       from (values
           (1006, 'DATASETS_AND_CORPORA'), (1006, 'SPEECH_TECHNOLOGY'), (1006, 'LANGUAGE_REVITALISATION'),
           (1006, 'OPEN_MODELS')
       ) as v (call_id, focus_area)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.focus_area = s.focus_area
when not matched then insert (call_id, focus_area) values (s.call_id, s.focus_area);

merge into call_target_language t
using (select v.call_id, v.language_code
       from (values
           (1006, 'hak'), (1006, 'nan'), (1006, 'ami'), (1006, 'tay'), (1006, 'pwn'), (1006, 'trv')
       ) as v (call_id, language_code)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.language_code = s.language_code
when not matched then insert (call_id, language_code) values (s.call_id, s.language_code);

-- Review criteria: weights add up to 100; positions start at 0 (the entity's list order).
merge into call_criterion t
using (select v.id, v.call_id, v.position, v.name_zh_tw, v.name_en, v.description_zh_tw, v.description_en,
              v.weight_percent, v.scale, v.threshold
       from (values
           (100601, 1006, 0, '語言社群參與', 'Partnership with the language community',
            '語言社群如何參與資料蒐集、校對與成果的使用。',
            'How the language community takes part in collecting and proofreading the data and in using the results.',
            30, 'ONE_TO_NINE', 5.0),
           (100602, 1006, 1, '資料品質與規模', 'Quality and size of the data',
            '錄音與轉寫的品質、腔調與說話者的多樣性，以及預計的規模是否合理。',
            'Quality of recordings and transcripts, variety of dialects and speakers, and whether the planned size is realistic.',
            40, 'ONE_TO_NINE', 5.0),
           (100603, 1006, 2, '開放與再利用', 'Openness and reuse',
            '資料、模型與程式的授權與文件是否便於他人再利用。',
            'Whether the licences and documentation of data, models and code make reuse by others easy.',
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

merge into call_question t
using (select v.id, v.call_id, v.position, v.section_zh_tw, v.section_en, v.label_zh_tw, v.label_en,
              v.question_type, v.required, v.word_limit, v.options_zh_tw, v.options_en
       from (values
           (100651, 1006, 0, '語言與社群', 'Languages and communities',
            '請說明資料涵蓋的語言與腔調、合作的語言社群，以及資料的蒐集方式。',
            'Which languages and dialects does the data cover, which language communities do you work with, and how is the data collected?',
            'LONG_TEXT', true, 600, '', '')
       ) as v (id, call_id, position, section_zh_tw, section_en, label_zh_tw, label_en, question_type, required,
               word_limit, options_zh_tw, options_en)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.id = s.id
when not matched then insert (id, call_id, position, section_zh_tw, section_en, label_zh_tw, label_en,
        question_type, required, word_limit, options_zh_tw, options_en)
    values (s.id, s.call_id, s.position, s.section_zh_tw, s.section_en, s.label_zh_tw, s.label_en,
        s.question_type, s.required, s.word_limit, s.options_zh_tw, s.options_en);

merge into call_allowed_licence t
using (select v.call_id, v.output_type, v.licence_id
       from (values
           (1006, 'CODE', 'Apache-2.0'), (1006, 'CODE', 'MIT'),
           (1006, 'MODEL_WEIGHTS', 'Apache-2.0'), (1006, 'MODEL_WEIGHTS', 'CC-BY-4.0'),
           (1006, 'DATASET', 'CC-BY-4.0'), (1006, 'DATASET', 'CC-BY-SA-4.0'), (1006, 'DATASET', 'CC0-1.0'),
           (1006, 'DOCUMENTATION', 'CC-BY-4.0'),
           (1006, 'EVALUATION', 'Apache-2.0'), (1006, 'EVALUATION', 'CC-BY-4.0')
       ) as v (call_id, output_type, licence_id)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.output_type = s.output_type and t.licence_id = s.licence_id
when not matched then insert (call_id, output_type, licence_id) values (s.call_id, s.output_type, s.licence_id);

-- Four eyes: the call's author is its editor, so officer.moc may not publish or decide it alone.
merge into call_editor t
using (select c.id as call_id, c.author_subject as subject
       from funding_call c
       where c.id = 1006 and c.version = 0) as s
on t.call_id = s.call_id and t.subject = s.subject
when not matched then insert (call_id, subject) values (s.call_id, s.subject);

-- moda accepted its share before publication (by the made-up approver of moda, as for 1001 and 1005).
merge into call_share_consent t
using (select v.call_id, v.ministry_code, v.amount, v.decided_by_subject, v.decided_by_name, v.decided_at
       from (values
           (1006, 'moda', 3000000, '00000000-0000-4000-8000-000000000099', '數位發展部核定主管',
            timestamp with time zone '${demo_day} 10:00:00+08' - interval '102' day)
       ) as v (call_id, ministry_code, amount, decided_by_subject, decided_by_name, decided_at)
       join funding_call c on c.id = v.call_id
       where c.version = 0) as s
on t.call_id = s.call_id and t.ministry_code = s.ministry_code
when not matched then insert (call_id, ministry_code, decision, amount, reason, decided_by_subject, decided_by_name,
                              decided_at)
    values (s.call_id, s.ministry_code, 'ACCEPTED', s.amount, null, s.decided_by_subject, s.decided_by_name,
            s.decided_at);

-- The applicants' profiles, their organisations and memberships.

merge into person t
using (select * from (values
    (9301, '00000000-0000-4000-8000-000000000301', 'zhiqiang.lo@taoyuan-hakka.org.tw', '羅志強', 'zhiqiang.lo@taoyuan-hakka.org.tw'),
    (9302, '00000000-0000-4000-8000-000000000302', 'grace.tsai@taigi-opendata.org.tw', 'Grace Tsai', 'grace.tsai@taigi-opendata.org.tw'),
    (9303, '00000000-0000-4000-8000-000000000303', 'ofad.tafong@amis-youth.org.tw', 'Ofad Tafong', 'ofad.tafong@amis-youth.org.tw'),
    (9304, '00000000-0000-4000-8000-000000000304', 'pasang.behuy@atayal-heritage.org.tw', 'Pasang Behuy', 'pasang.behuy@atayal-heritage.org.tw'),
    (9305, '00000000-0000-4000-8000-000000000305', 'yawen.hsiao@mail.nknu.edu.tw', '蕭雅文', 'yawen.hsiao@mail.nknu.edu.tw'),
    (9306, '00000000-0000-4000-8000-000000000306', 'iwan.pisaw@truku-language.org.tw', 'Iwan Pisaw', 'iwan.pisaw@truku-language.org.tw'),
    (9307, '00000000-0000-4000-8000-000000000307', 'lavakaw@pingtung-languages.org.tw', 'Lavakaw Tjaljimaraw', 'lavakaw@pingtung-languages.org.tw'),
    (9308, '00000000-0000-4000-8000-000000000308', 'kevin.fan@hakka-digital.org.tw', 'Kevin Fan', 'kevin.fan@hakka-digital.org.tw'),
    (9309, '00000000-0000-4000-8000-000000000309', 'shuhui.cheng@taichung-taigi.org.tw', '鄭淑惠', 'shuhui.cheng@taichung-taigi.org.tw'),
    (9310, '00000000-0000-4000-8000-000000000310', 'apay.tanah@nantou-media.org.tw', 'Apay Tanah', 'apay.tanah@nantou-media.org.tw')
) as v (id, subject, username, display_name, email)) as s
on t.subject = s.subject
when not matched then insert (id, subject, username, display_name, email, first_login_at, last_login_at, version,
        email_verified)
    values (s.id, s.subject, s.username, s.display_name, s.email,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '80' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '22' day, 0, true);

merge into organisation t
using (select * from (values
    (2101, '桃園市客家語言推廣協會', 'Taoyuan Hakka Language Promotion Association', 'HAKKA_COMMUNITY_ORGANISATION', '桃園市中壢區中央西路二段 50 號'),
    (2102, '高雄台語開放資料協會', 'Kaohsiung Taigi Open Data Society', 'NON_PROFIT', '高雄市苓雅區四維三路 10 號'),
    (2103, '臺東縣阿美族青年文化協會', 'Taitung Amis Youth Culture Association', 'COMMUNITY_ORGANISATION', '臺東縣成功鎮中山東路 20 號'),
    (2104, '宜蘭泰雅文化基金會', 'Yilan Atayal Heritage Foundation', 'NON_PROFIT', '宜蘭縣南澳鄉南澳路 15 號'),
    (2105, '國立高雄師範大學臺灣歷史文化及語言研究所', 'Graduate Institute of Taiwan History, Culture and Languages, National Kaohsiung Normal University', 'UNIVERSITY', '高雄市苓雅區和平一路 116 號'),
    (2106, '花蓮縣太魯閣族語言學會', 'Hualien Truku Language Society', 'COMMUNITY_ORGANISATION', '花蓮縣秀林鄉秀林村 30 號'),
    (2107, '屏東縣原住民族語言發展協會', 'Pingtung Indigenous Languages Development Association', 'NON_PROFIT', '屏東縣三地門鄉中正路二段 8 號'),
    (2108, '新竹客家數位文化研究所', 'Hsinchu Institute for Hakka Digital Culture', 'RESEARCH_INSTITUTE', '新竹縣竹東鎮長安路 5 號'),
    (2109, '臺中市台語文化協會', 'Taichung Taiwanese Language and Culture Association', 'NON_PROFIT', '臺中市西區民生路 88 號'),
    (2110, '南投原住民族媒體合作社', 'Nantou Indigenous Media Cooperative', 'COMMUNITY_ORGANISATION', '南投縣仁愛鄉仁和路 12 號')
) as v (id, name_zh_tw, name_en, organisation_type, address)) as s
on t.id = s.id
when not matched then insert (id, name_zh_tw, name_en, organisation_type, business_number, address, ror_id, created_at,
        updated_at, version)
    values (s.id, s.name_zh_tw, s.name_en, s.organisation_type, null, s.address, null,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '80' day,
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '80' day, 0);

merge into organisation_member t
using (select * from (values
    (2101, '00000000-0000-4000-8000-000000000301', '羅志強'),
    (2102, '00000000-0000-4000-8000-000000000302', 'Grace Tsai'),
    (2103, '00000000-0000-4000-8000-000000000303', 'Ofad Tafong'),
    (2104, '00000000-0000-4000-8000-000000000304', 'Pasang Behuy'),
    (2105, '00000000-0000-4000-8000-000000000305', '蕭雅文'),
    (2106, '00000000-0000-4000-8000-000000000306', 'Iwan Pisaw'),
    (2107, '00000000-0000-4000-8000-000000000307', 'Lavakaw Tjaljimaraw'),
    (2108, '00000000-0000-4000-8000-000000000308', 'Kevin Fan'),
    (2109, '00000000-0000-4000-8000-000000000309', '鄭淑惠'),
    (2110, '00000000-0000-4000-8000-000000000310', 'Apay Tanah')
) as v (organisation_id, subject, display_name)) as s
on t.organisation_id = s.organisation_id and t.subject = s.subject
when not matched then insert (organisation_id, subject, display_name, role, joined_at, version)
    values (s.organisation_id, s.subject, s.display_name, 'OWNER',
        timestamp with time zone '${demo_day} 09:00:00+08' - interval '80' day, 0);

-- Screened eligible by officer.moc twelve days before the demo day; submitted between 40 and 22 days before it.
merge into application t
using (select * from (values
    (3101, 2101, '00000000-0000-4000-8000-000000000301', '海陸與大埔客語語料庫及語音辨識',
     'Hailu and Dapu Hakka corpus and speech recognition',
     '與桃園、新竹及臺中東勢的客語社群合作，錄製 200 小時海陸腔與大埔腔客語語音並由社群校對轉寫，訓練開放的語音辨識模型，補足現有客語資源以四縣腔為主的缺口。',
     'OD-1006-3101-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '40' day),
    (3102, 2102, '00000000-0000-4000-8000-000000000302', '臺灣台語新聞語音語料與開放辨識模型',
     'Taiwanese Hokkien news speech corpus and open recogniser',
     'We will align ten years of Taiwanese Hokkien news broadcasts with their scripts, release 400 hours of aligned speech in Tâi-lô and Han characters under an open licence and train an open speech recogniser for broadcast speech.',
     'OD-1006-3102-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '38' day),
    (3103, 2103, '00000000-0000-4000-8000-000000000303', '阿美語族語教材朗讀語音合成',
     'Amis text-to-speech for teaching materials',
     '由部落青年與族語老師錄製 60 小時阿美語朗讀語音，訓練阿美語語音合成模型，讓族語教材與繪本可以自動朗讀，模型與語料以開放授權釋出。',
     'OD-1006-3103-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '36' day),
    (3104, 2104, '00000000-0000-4000-8000-000000000304', '泰雅語口述歷史語音語料庫',
     'Atayal oral history speech corpus',
     'Elders of the Atayal tribes of Nan-ao tell the history of their villages. We will record 150 hours with them, transcribe it with young speakers, and release the corpus, an evaluation set and a baseline speech recogniser openly.',
     'OD-1006-3104-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '34' day),
    (3105, 2105, '00000000-0000-4000-8000-000000000305', '客語與臺灣台語電視節目雙語字幕模型',
     'Subtitles for Hakka and Taiwanese Hokkien television',
     '與客家電視及台語節目製作團隊合作，整理 300 小時已有人工字幕的節目，建立客語與臺灣台語的字幕對齊語料，訓練自動產生字幕的開放模型，並公布評測結果。',
     'OD-1006-3105-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '32' day),
    (3106, 2106, '00000000-0000-4000-8000-000000000306', '太魯閣語教會與社區錄音的語音辨識',
     'Truku speech recognition for church and community archives',
     'Churches and community centres in Xiulin keep decades of Truku sermons, songs and meetings on tape. We will digitise and transcribe 90 hours with the community and release an open Truku speech recogniser and the transcribed corpus.',
     'OD-1006-3106-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '30' day),
    (3107, 2107, '00000000-0000-4000-8000-000000000307', '排灣語與阿美語兒童故事有聲語料',
     'Children''s stories in Paiwan and Amis, read aloud',
     '邀請排灣族與阿美族的族語老師及長者，以族語朗讀並錄製 500 則兒童故事，建立可供語音合成與語言學習使用的開放有聲語料，並附族語文字與華語對照。',
     'OD-1006-3107-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '28' day),
    (3108, 2108, '00000000-0000-4000-8000-000000000308', '客語地名有聲資料庫',
     'Hakka place names: a spoken gazetteer',
     'We will record how 8,000 Hakka place names in Hsinchu and Miaoli are pronounced in Sixian and Hailu, link each recording to open map data and release the gazetteer and a pronunciation model openly.',
     'OD-1006-3108-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '26' day),
    (3109, 2109, '00000000-0000-4000-8000-000000000309', '臺灣台語長者語音與腔調差異語料',
     'Speech of Taiwanese Hokkien elders across accents',
     '走訪臺中、彰化、雲林與嘉義的長者，錄製 250 小時臺灣台語自然對話，標注腔調差異，建立開放語料與評測集，讓語音辨識模型也能聽懂長者的口音。',
     'OD-1006-3109-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '24' day),
    (3110, 2110, '00000000-0000-4000-8000-000000000310', '泰雅語與太魯閣語廣播典藏轉寫',
     'Atayal and Truku radio archive transcription',
     'Our community radio has broadcast in Atayal and Truku since 2005. We will transcribe 120 hours of its archive with the speakers, train open speech recognisers for both languages and make the archive searchable.',
     'OD-1006-3110-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '22' day)
) as v (id, organisation_id, owner_subject, title_zh_tw, title_en, abstract_text, receipt, submitted_at)) as s
on t.id = s.id
when not matched then insert (id, call_id, organisation_id, owner_subject, status, title_zh_tw, title_en, abstract_text,
        start_date, duration_months, personal_data, personal_data_measures, community_consent, training_data_rights,
        submitted_versions, last_receipt_number, last_submitted_at, created_at, updated_at, version, screening_outcome,
        screening_reason, more_info_sections, more_info_until, screened_by_name, screened_at)
    values (s.id, 1006, s.organisation_id, s.owner_subject, 'ELIGIBLE', s.title_zh_tw, s.title_en, s.abstract_text,
        DATE '2027-01-01', 24, true, '說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.',
        '已取得社群同意文件。The community''s consent is on file.',
        '錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers.',
        1, s.receipt, s.submitted_at, s.submitted_at - interval '10' day, timestamp with time zone '${demo_day} 11:00:00+08' - interval '12' day,
        0, 'ELIGIBLE', null, null, null, '張家豪', timestamp with time zone '${demo_day} 11:00:00+08' - interval '12' day);

merge into application_team_member t
using (select v.* from (values
    (3101, 0, '羅志強', '桃園市客家語言推廣協會', true),
    (3101, 1, '范雅君', '國立中山大學資訊工程學系', false),
    (3102, 0, 'Grace Tsai', 'Kaohsiung Taigi Open Data Society', true),
    (3102, 1, '黃志偉', 'Kaohsiung Taigi Open Data Society', false),
    (3103, 0, 'Ofad Tafong', '臺東縣阿美族青年文化協會', true),
    (3103, 1, '林佳穎', '國立屏東大學原住民族教育研究所', false),
    (3104, 0, 'Pasang Behuy', 'Yilan Atayal Heritage Foundation', true),
    (3104, 1, 'Sayun Nomin', 'Yilan Atayal Heritage Foundation', false),
    (3105, 0, '蕭雅文', '國立高雄師範大學臺灣歷史文化及語言研究所', true),
    (3105, 1, '陳冠宇', '國立高雄師範大學臺灣歷史文化及語言研究所', false),
    (3106, 0, 'Iwan Pisaw', 'Hualien Truku Language Society', true),
    (3106, 1, 'Ciwang Teyra', 'Hualien Truku Language Society', false),
    (3107, 0, 'Lavakaw Tjaljimaraw', '屏東縣原住民族語言發展協會', true),
    (3107, 1, '王淑芳', '國立成功大學台灣文學系', false),
    (3108, 0, 'Kevin Fan', 'Hsinchu Institute for Hakka Digital Culture', true),
    (3108, 1, '彭建華', 'Hsinchu Institute for Hakka Digital Culture', false),
    (3109, 0, '鄭淑惠', '臺中市台語文化協會', true),
    (3109, 1, '張育誠', '國立中興大學台灣文學與跨國文化研究所', false),
    (3110, 0, 'Apay Tanah', 'Nantou Indigenous Media Cooperative', true),
    (3110, 1, 'Walis Yukan', 'Nantou Indigenous Media Cooperative', false)
) as v (application_id, position, full_name, affiliation, principal) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, full_name, orcid, affiliation, principal)
    values (s.application_id, s.position, s.full_name, null, s.affiliation, s.principal);

merge into application_answer t
using (select v.* from (values
    (3101, 100651, '海陸腔與大埔腔客語；與桃園、新竹的客家社團及東勢的客語教師合作，在社區活動中心錄音。'),
    (3102, 100651, 'Taiwanese Hokkien (southern and northern accents); broadcasts licensed by a public broadcaster, proofread with community volunteers.'),
    (3103, 100651, '海岸阿美語與馬蘭阿美語；由成功鎮與東河鄉部落的族語老師朗讀，部落會議已同意。'),
    (3104, 100651, 'Atayal (Squliq and Cʉlʉ varieties) with the elders and youth of six villages in Nan-ao; each village agreed in its own meeting.'),
    (3105, 100651, '客語四縣腔、海陸腔與臺灣台語；節目由製作單位授權，字幕由社群志工校對。'),
    (3106, 100651, 'Truku, with the churches and community centres of Xiulin and Wanrong townships; speakers and families consent to every recording released.'),
    (3107, 100651, '排灣語（東、南、中、北排灣）與恆春阿美語；與屏東縣的族語老師及部落幼兒園合作錄音。'),
    (3108, 100651, 'Hakka (Sixian and Hailu); recordings by our own staff, with a few village chiefs.'),
    (3109, 100651, '臺灣台語的海口腔與內埔腔；與各地社區關懷據點及台語社團合作，長者本人與家屬同意。'),
    (3110, 100651, 'Atayal and Truku, from the archive of our community radio in Ren-ai township; the speakers or their families agreed.')
) as v (application_id, question_id, answer) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.question_id = s.question_id
when not matched then insert (application_id, question_id, answer) values (s.application_id, s.question_id, s.answer);

-- Each application asks for its budget's total: 1,200,000 to 3,000,000 TWD, 22,100,000 in all.
merge into application_budget_line t
using (select v.* from (values
    (3101, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1500000),
    (3101, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 1000000),
    (3101, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3102, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1260000),
    (3102, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 840000),
    (3102, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3103, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 960000),
    (3103, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 640000),
    (3103, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3104, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1140000),
    (3104, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 760000),
    (3104, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3105, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1620000),
    (3105, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 1080000),
    (3105, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3106, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 720000),
    (3106, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 480000),
    (3106, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3107, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1380000),
    (3107, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 920000),
    (3107, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3108, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 540000),
    (3108, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 360000),
    (3108, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3109, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1020000),
    (3109, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 680000),
    (3109, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000),
    (3110, 0, 'PERSONNEL', 1, '研究助理與轉寫人員 Research assistants and transcribers', 1320000),
    (3110, 1, 'DATA_COLLECTION_AND_ANNOTATION', 1, '錄音與校對 Recording and proofreading', 880000),
    (3110, 2, 'COMPUTE', 2, '模型訓練運算 Compute for training', 300000)
) as v (application_id, position, category, project_year, description, amount) join application a on a.id = v.application_id
  where a.version = 0) as s
on t.application_id = s.application_id and t.position = s.position
when not matched then insert (application_id, position, category, project_year, description, amount)
    values (s.application_id, s.position, s.category, s.project_year, s.description, s.amount);

merge into application_planned_output t
using (select v.* from (values
    (3101, 0, 'DATASET', 'Hailu and Dapu Hakka corpus and speech recognition — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3101', 'hak'),
    (3101, 1, 'MODEL_WEIGHTS', 'Hailu and Dapu Hakka corpus and speech recognition — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3101', 'hak'),
    (3102, 0, 'DATASET', 'Taiwanese Hokkien news speech corpus and open recogniser — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3102', 'nan'),
    (3102, 1, 'MODEL_WEIGHTS', 'Taiwanese Hokkien news speech corpus and open recogniser — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3102', 'nan'),
    (3103, 0, 'DATASET', 'Amis text-to-speech for teaching materials — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3103', 'ami'),
    (3103, 1, 'MODEL_WEIGHTS', 'Amis text-to-speech for teaching materials — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3103', 'ami'),
    (3104, 0, 'DATASET', 'Atayal oral history speech corpus — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3104', 'tay'),
    (3104, 1, 'MODEL_WEIGHTS', 'Atayal oral history speech corpus — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3104', 'tay'),
    (3105, 0, 'DATASET', 'Subtitles for Hakka and Taiwanese Hokkien television — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3105', 'hak, nan'),
    (3105, 1, 'MODEL_WEIGHTS', 'Subtitles for Hakka and Taiwanese Hokkien television — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3105', 'hak, nan'),
    (3106, 0, 'DATASET', 'Truku speech recognition for church and community archives — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3106', 'trv'),
    (3106, 1, 'MODEL_WEIGHTS', 'Truku speech recognition for church and community archives — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3106', 'trv'),
    (3107, 0, 'DATASET', 'Children''s stories in Paiwan and Amis, read aloud — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3107', 'pwn, ami'),
    (3107, 1, 'MODEL_WEIGHTS', 'Children''s stories in Paiwan and Amis, read aloud — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3107', 'pwn, ami'),
    (3108, 0, 'DATASET', 'Hakka place names: a spoken gazetteer — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3108', 'hak'),
    (3108, 1, 'MODEL_WEIGHTS', 'Hakka place names: a spoken gazetteer — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3108', 'hak'),
    (3109, 0, 'DATASET', 'Speech of Taiwanese Hokkien elders across accents — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3109', 'nan'),
    (3109, 1, 'MODEL_WEIGHTS', 'Speech of Taiwanese Hokkien elders across accents — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3109', 'nan'),
    (3110, 0, 'DATASET', 'Atayal and Truku radio archive transcription — corpus', '語料與轉寫 Corpus and transcripts', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3110', 'tay, trv'),
    (3110, 1, 'MODEL_WEIGHTS', 'Atayal and Truku radio archive transcription — model', '開放模型 Open model', 'Apache-2.0', 'https://huggingface.co/demo/od-3110', 'tay, trv')
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
    (3101, 3101, 'OD-1006-3101-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '40' day, '羅志強',
     '{"application":3101,"call":1006,"organisation":2101,"version":1,"receipt":"OD-1006-3101-1","submittedAt":"2026-02-01T07:00:00Z","titles":{"zh-TW":"海陸與大埔客語語料庫及語音辨識","en":"Hailu and Dapu Hakka corpus and speech recognition"},"abstract":"與桃園、新竹及臺中東勢的客語社群合作，錄製 200 小時海陸腔與大埔腔客語語音並由社群校對轉寫，訓練開放的語音辨識模型，補足現有客語資源以四縣腔為主的缺口。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"羅志強","orcid":"","affiliation":"桃園市客家語言推廣協會","principal":true},{"name":"范雅君","orcid":"","affiliation":"國立中山大學資訊工程學系","principal":false}],"answers":{"100651":"海陸腔與大埔腔客語；與桃園、新竹的客家社團及東勢的客語教師合作，在社區活動中心錄音。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1500000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":1000000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Hailu and Dapu Hakka corpus and speech recognition — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3101","languages":"hak"},{"type":"MODEL_WEIGHTS","title":"Hailu and Dapu Hakka corpus and speech recognition — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3101","languages":"hak"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '0958792ff5825e580d84320ae5bd17b2c95b27d12efcbc470a732f91dd95e0be'),
    (3102, 3102, 'OD-1006-3102-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '38' day, 'Grace Tsai',
     '{"application":3102,"call":1006,"organisation":2102,"version":1,"receipt":"OD-1006-3102-1","submittedAt":"2026-02-02T07:00:00Z","titles":{"zh-TW":"臺灣台語新聞語音語料與開放辨識模型","en":"Taiwanese Hokkien news speech corpus and open recogniser"},"abstract":"We will align ten years of Taiwanese Hokkien news broadcasts with their scripts, release 400 hours of aligned speech in Tâi-lô and Han characters under an open licence and train an open speech recogniser for broadcast speech.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Grace Tsai","orcid":"","affiliation":"Kaohsiung Taigi Open Data Society","principal":true},{"name":"黃志偉","orcid":"","affiliation":"Kaohsiung Taigi Open Data Society","principal":false}],"answers":{"100651":"Taiwanese Hokkien (southern and northern accents); broadcasts licensed by a public broadcaster, proofread with community volunteers."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1260000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":840000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Taiwanese Hokkien news speech corpus and open recogniser — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3102","languages":"nan"},{"type":"MODEL_WEIGHTS","title":"Taiwanese Hokkien news speech corpus and open recogniser — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3102","languages":"nan"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'a909f900ac72fcf23e24559521209d0f1a0b6316e7100f1e687fa50147e272d7'),
    (3103, 3103, 'OD-1006-3103-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '36' day, 'Ofad Tafong',
     '{"application":3103,"call":1006,"organisation":2103,"version":1,"receipt":"OD-1006-3103-1","submittedAt":"2026-02-03T07:00:00Z","titles":{"zh-TW":"阿美語族語教材朗讀語音合成","en":"Amis text-to-speech for teaching materials"},"abstract":"由部落青年與族語老師錄製 60 小時阿美語朗讀語音，訓練阿美語語音合成模型，讓族語教材與繪本可以自動朗讀，模型與語料以開放授權釋出。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Ofad Tafong","orcid":"","affiliation":"臺東縣阿美族青年文化協會","principal":true},{"name":"林佳穎","orcid":"","affiliation":"國立屏東大學原住民族教育研究所","principal":false}],"answers":{"100651":"海岸阿美語與馬蘭阿美語；由成功鎮與東河鄉部落的族語老師朗讀，部落會議已同意。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":960000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":640000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Amis text-to-speech for teaching materials — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3103","languages":"ami"},{"type":"MODEL_WEIGHTS","title":"Amis text-to-speech for teaching materials — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3103","languages":"ami"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '3624b5d78095e735811ecc60244269958be656fa3a42ea9c7cb8361b4917c4e8'),
    (3104, 3104, 'OD-1006-3104-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '34' day, 'Pasang Behuy',
     '{"application":3104,"call":1006,"organisation":2104,"version":1,"receipt":"OD-1006-3104-1","submittedAt":"2026-02-04T07:00:00Z","titles":{"zh-TW":"泰雅語口述歷史語音語料庫","en":"Atayal oral history speech corpus"},"abstract":"Elders of the Atayal tribes of Nan-ao tell the history of their villages. We will record 150 hours with them, transcribe it with young speakers, and release the corpus, an evaluation set and a baseline speech recogniser openly.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Pasang Behuy","orcid":"","affiliation":"Yilan Atayal Heritage Foundation","principal":true},{"name":"Sayun Nomin","orcid":"","affiliation":"Yilan Atayal Heritage Foundation","principal":false}],"answers":{"100651":"Atayal (Squliq and Cʉlʉ varieties) with the elders and youth of six villages in Nan-ao; each village agreed in its own meeting."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1140000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":760000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Atayal oral history speech corpus — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3104","languages":"tay"},{"type":"MODEL_WEIGHTS","title":"Atayal oral history speech corpus — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3104","languages":"tay"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '10eb04998bbd91f03dd7e3548f5483aff5b456f630c4a2771365225322198bbf'),
    (3105, 3105, 'OD-1006-3105-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '32' day, '蕭雅文',
     '{"application":3105,"call":1006,"organisation":2105,"version":1,"receipt":"OD-1006-3105-1","submittedAt":"2026-02-05T07:00:00Z","titles":{"zh-TW":"客語與臺灣台語電視節目雙語字幕模型","en":"Subtitles for Hakka and Taiwanese Hokkien television"},"abstract":"與客家電視及台語節目製作團隊合作，整理 300 小時已有人工字幕的節目，建立客語與臺灣台語的字幕對齊語料，訓練自動產生字幕的開放模型，並公布評測結果。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"蕭雅文","orcid":"","affiliation":"國立高雄師範大學臺灣歷史文化及語言研究所","principal":true},{"name":"陳冠宇","orcid":"","affiliation":"國立高雄師範大學臺灣歷史文化及語言研究所","principal":false}],"answers":{"100651":"客語四縣腔、海陸腔與臺灣台語；節目由製作單位授權，字幕由社群志工校對。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1620000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":1080000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Subtitles for Hakka and Taiwanese Hokkien television — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3105","languages":"hak, nan"},{"type":"MODEL_WEIGHTS","title":"Subtitles for Hakka and Taiwanese Hokkien television — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3105","languages":"hak, nan"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '5212009ff83979112af7f08a59dcceef4d98c7c3dcd2527088d4565ad6d7b360'),
    (3106, 3106, 'OD-1006-3106-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '30' day, 'Iwan Pisaw',
     '{"application":3106,"call":1006,"organisation":2106,"version":1,"receipt":"OD-1006-3106-1","submittedAt":"2026-02-06T07:00:00Z","titles":{"zh-TW":"太魯閣語教會與社區錄音的語音辨識","en":"Truku speech recognition for church and community archives"},"abstract":"Churches and community centres in Xiulin keep decades of Truku sermons, songs and meetings on tape. We will digitise and transcribe 90 hours with the community and release an open Truku speech recogniser and the transcribed corpus.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Iwan Pisaw","orcid":"","affiliation":"Hualien Truku Language Society","principal":true},{"name":"Ciwang Teyra","orcid":"","affiliation":"Hualien Truku Language Society","principal":false}],"answers":{"100651":"Truku, with the churches and community centres of Xiulin and Wanrong townships; speakers and families consent to every recording released."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":720000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":480000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Truku speech recognition for church and community archives — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3106","languages":"trv"},{"type":"MODEL_WEIGHTS","title":"Truku speech recognition for church and community archives — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3106","languages":"trv"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'a07bddfb18ae71cbcaaabe7954340b5243ba3d8236a5ec1702e8909fecc79aaf'),
    (3107, 3107, 'OD-1006-3107-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '28' day, 'Lavakaw Tjaljimaraw',
     '{"application":3107,"call":1006,"organisation":2107,"version":1,"receipt":"OD-1006-3107-1","submittedAt":"2026-02-07T07:00:00Z","titles":{"zh-TW":"排灣語與阿美語兒童故事有聲語料","en":"Children''s stories in Paiwan and Amis, read aloud"},"abstract":"邀請排灣族與阿美族的族語老師及長者，以族語朗讀並錄製 500 則兒童故事，建立可供語音合成與語言學習使用的開放有聲語料，並附族語文字與華語對照。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Lavakaw Tjaljimaraw","orcid":"","affiliation":"屏東縣原住民族語言發展協會","principal":true},{"name":"王淑芳","orcid":"","affiliation":"國立成功大學台灣文學系","principal":false}],"answers":{"100651":"排灣語（東、南、中、北排灣）與恆春阿美語；與屏東縣的族語老師及部落幼兒園合作錄音。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1380000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":920000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Children''s stories in Paiwan and Amis, read aloud — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3107","languages":"pwn, ami"},{"type":"MODEL_WEIGHTS","title":"Children''s stories in Paiwan and Amis, read aloud — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3107","languages":"pwn, ami"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'feff01689a3e446e3283bdfd9ff2e94cf85d4af57158a3c1d379f5ec3f8295ef'),
    (3108, 3108, 'OD-1006-3108-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '26' day, 'Kevin Fan',
     '{"application":3108,"call":1006,"organisation":2108,"version":1,"receipt":"OD-1006-3108-1","submittedAt":"2026-02-08T07:00:00Z","titles":{"zh-TW":"客語地名有聲資料庫","en":"Hakka place names: a spoken gazetteer"},"abstract":"We will record how 8,000 Hakka place names in Hsinchu and Miaoli are pronounced in Sixian and Hailu, link each recording to open map data and release the gazetteer and a pronunciation model openly.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Kevin Fan","orcid":"","affiliation":"Hsinchu Institute for Hakka Digital Culture","principal":true},{"name":"彭建華","orcid":"","affiliation":"Hsinchu Institute for Hakka Digital Culture","principal":false}],"answers":{"100651":"Hakka (Sixian and Hailu); recordings by our own staff, with a few village chiefs."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":540000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":360000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Hakka place names: a spoken gazetteer — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3108","languages":"hak"},{"type":"MODEL_WEIGHTS","title":"Hakka place names: a spoken gazetteer — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3108","languages":"hak"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'a94fc3b1737069d79b9b89a79fef7a8860f73e008e8a4d83151e5a54f65ac314'),
    (3109, 3109, 'OD-1006-3109-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '24' day, '鄭淑惠',
     '{"application":3109,"call":1006,"organisation":2109,"version":1,"receipt":"OD-1006-3109-1","submittedAt":"2026-02-09T07:00:00Z","titles":{"zh-TW":"臺灣台語長者語音與腔調差異語料","en":"Speech of Taiwanese Hokkien elders across accents"},"abstract":"走訪臺中、彰化、雲林與嘉義的長者，錄製 250 小時臺灣台語自然對話，標注腔調差異，建立開放語料與評測集，讓語音辨識模型也能聽懂長者的口音。","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"鄭淑惠","orcid":"","affiliation":"臺中市台語文化協會","principal":true},{"name":"張育誠","orcid":"","affiliation":"國立中興大學台灣文學與跨國文化研究所","principal":false}],"answers":{"100651":"臺灣台語的海口腔與內埔腔；與各地社區關懷據點及台語社團合作，長者本人與家屬同意。"},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1020000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":680000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Speech of Taiwanese Hokkien elders across accents — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3109","languages":"nan"},{"type":"MODEL_WEIGHTS","title":"Speech of Taiwanese Hokkien elders across accents — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3109","languages":"nan"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     'c93d482f69aa932e6b58b29a97d8e7f7e1b65ec438807cce57e984d849188147'),
    (3110, 3110, 'OD-1006-3110-1', timestamp with time zone '${demo_day} 15:00:00+08' - interval '22' day, 'Apay Tanah',
     '{"application":3110,"call":1006,"organisation":2110,"version":1,"receipt":"OD-1006-3110-1","submittedAt":"2026-02-10T07:00:00Z","titles":{"zh-TW":"泰雅語與太魯閣語廣播典藏轉寫","en":"Atayal and Truku radio archive transcription"},"abstract":"Our community radio has broadcast in Atayal and Truku since 2005. We will transcribe 120 hours of its archive with the speakers, train open speech recognisers for both languages and make the archive searchable.","startDate":"2027-01-01","durationMonths":24,"team":[{"name":"Apay Tanah","orcid":"","affiliation":"Nantou Indigenous Media Cooperative","principal":true},{"name":"Walis Yukan","orcid":"","affiliation":"Nantou Indigenous Media Cooperative","principal":false}],"answers":{"100651":"Atayal and Truku, from the archive of our community radio in Ren-ai township; the speakers or their families agreed."},"budget":[{"category":"PERSONNEL","projectYear":1,"description":"研究助理與轉寫人員 Research assistants and transcribers","amount":1320000},{"category":"DATA_COLLECTION_AND_ANNOTATION","projectYear":1,"description":"錄音與校對 Recording and proofreading","amount":880000},{"category":"COMPUTE","projectYear":2,"description":"模型訓練運算 Compute for training","amount":300000}],"outputs":[{"type":"DATASET","title":"Atayal and Truku radio archive transcription — corpus","description":"語料與轉寫 Corpus and transcripts","licence":"CC-BY-4.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/datasets/demo/od-3110","languages":"tay, trv"},{"type":"MODEL_WEIGHTS","title":"Atayal and Truku radio archive transcription — model","description":"開放模型 Open model","licence":"Apache-2.0","plannedRelease":"2029-06-30","registry":"https://huggingface.co/demo/od-3110","languages":"tay, trv"}],"ethics":{"personalData":true,"personalDataMeasures":"說話者簽署知情同意書，語料去識別化。Speakers sign informed consent; the corpus is de-identified.","communityConsent":"已取得社群同意文件。The community''s consent is on file.","trainingDataRights":"錄音由計畫自行錄製並取得授權。Recordings are our own, licensed by their speakers."},"exclusions":[],"attachments":[]}',
     '53408767503c09ac0c45a42bb942a8199cbfe58df4685485c55578be9a228218')
) as v (id, application_id, receipt_number, submitted_at, submitted_by, snapshot, snapshot_sha256)) as s
on t.id = s.id
when not matched then insert (id, application_id, number, receipt_number, submitted_at, submitted_by, snapshot,
        snapshot_sha256)
    values (s.id, s.application_id, 1, s.receipt_number, s.submitted_at, s.submitted_by, s.snapshot, s.snapshot_sha256);

-- The assignments, by hand by officer.moc eleven days before the demo day and mailed the same morning, due the day
-- before it: 3 per application, submitted; application 3110's third reviewer declined and was not replaced.
merge into review_assignment t
using (select v.* from (values
    (31011, 3101, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 10:00:00+08' - interval '9' day),
    (31012, 3101, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 11:00:00+08' - interval '8' day),
    (31013, 3101, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 12:00:00+08' - interval '7' day),
    (31021, 3102, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 13:00:00+08' - interval '6' day),
    (31022, 3102, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 14:00:00+08' - interval '5' day),
    (31023, 3102, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 15:00:00+08' - interval '4' day),
    (31031, 3103, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 16:00:00+08' - interval '3' day),
    (31032, 3103, 9103, '00000000-0000-4000-8000-000000000014', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 17:00:00+08' - interval '9' day),
    (31033, 3103, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 10:00:00+08' - interval '8' day),
    (31041, 3104, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 11:00:00+08' - interval '7' day),
    (31042, 3104, 9103, '00000000-0000-4000-8000-000000000014', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 12:00:00+08' - interval '6' day),
    (31043, 3104, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 13:00:00+08' - interval '5' day),
    (31051, 3105, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 14:00:00+08' - interval '4' day),
    (31052, 3105, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 15:00:00+08' - interval '3' day),
    (31053, 3105, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 16:00:00+08' - interval '9' day),
    (31061, 3106, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 17:00:00+08' - interval '8' day),
    (31062, 3106, 9103, '00000000-0000-4000-8000-000000000014', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 10:00:00+08' - interval '7' day),
    (31063, 3106, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 11:00:00+08' - interval '6' day),
    (31071, 3107, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 12:00:00+08' - interval '5' day),
    (31072, 3107, 9103, '00000000-0000-4000-8000-000000000014', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 13:00:00+08' - interval '4' day),
    (31073, 3107, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 14:00:00+08' - interval '3' day),
    (31081, 3108, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 15:00:00+08' - interval '9' day),
    (31082, 3108, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 16:00:00+08' - interval '8' day),
    (31083, 3108, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 17:00:00+08' - interval '7' day),
    (31091, 3109, 9101, '00000000-0000-4000-8000-000000000003', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 10:00:00+08' - interval '6' day),
    (31092, 3109, 9104, '00000000-0000-4000-8000-000000000015', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 11:00:00+08' - interval '5' day),
    (31093, 3109, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 11:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 12:00:00+08' - interval '4' day),
    (31101, 3110, 9102, '00000000-0000-4000-8000-000000000013', 'SUBMITTED', timestamp with time zone '${demo_day} 09:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 13:00:00+08' - interval '3' day),
    (31102, 3110, 9105, '00000000-0000-4000-8000-000000000016', 'SUBMITTED', timestamp with time zone '${demo_day} 10:00:00+08' - interval '10' day,
     cast(null as varchar(1000)), timestamp with time zone '${demo_day} 14:00:00+08' - interval '9' day),
    (31103, 3110, 9103, '00000000-0000-4000-8000-000000000014', 'DECLINED', cast(null as timestamp with time zone),
     '這段期間在部落進行田野調查，無法如期完成審查。I am doing fieldwork in the villages then and cannot finish the review in time.', timestamp with time zone '${demo_day} 20:00:00+08' - interval '10' day)
) as v (id, application_id, reviewer_person_id, reviewer_subject, status, declared_at, reason, answered_at)
  join application a on a.id = v.application_id where a.version = 0) as s
on t.id = s.id
when not matched then insert (id, call_id, application_id, reviewer_person_id, reviewer_subject, run_id, status, due_at,
        assigned_at, declared_at, conflict_kind, reason, answered_at, version, mailed_at)
    values (s.id, 1006, s.application_id, s.reviewer_person_id, s.reviewer_subject, null, s.status,
        timestamp with time zone '${demo_day} 17:00:00+08' - interval '1' day,
        timestamp with time zone '${demo_day} 10:00:00+08' - interval '11' day, s.declared_at, null, s.reason,
        s.answered_at, 0, timestamp with time zone '${demo_day} 10:30:00+08' - interval '11' day);

-- One submitted review per submitted assignment (saved and submitted at once), in the application's language.
merge into review t
using (select v.* from (values
    (31011, 31011, 3, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '9' day),
    (31012, 31012, 5, 'FUND',
     '計畫與語言社群的合作具體，資料規模與評測設計清楚，開放授權也合乎徵件要求。建議在資料說明文件中載明說話者的年齡與腔調組成。',
     '團隊經驗充足，工作計畫與預算合理，建議補助。',
     timestamp with time zone '${demo_day} 11:00:00+08' - interval '8' day),
    (31013, 31013, 2, 'FUND',
     '計畫與語言社群的合作具體，資料規模與評測設計清楚，開放授權也合乎徵件要求。建議在資料說明文件中載明說話者的年齡與腔調組成。',
     '團隊經驗充足，工作計畫與預算合理，建議補助。',
     timestamp with time zone '${demo_day} 12:00:00+08' - interval '7' day),
    (31021, 31021, 5, 'FUND_WITH_CHANGES',
     'The project is worth supporting, but the schedule for collecting the data is tight and the evaluation set needs a more concrete design.',
     'Fundable, on condition that the schedule is revised and the evaluation plan completed.',
     timestamp with time zone '${demo_day} 13:00:00+08' - interval '6' day),
    (31022, 31022, 3, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 14:00:00+08' - interval '5' day),
    (31023, 31023, 4, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 15:00:00+08' - interval '4' day),
    (31031, 31031, 2, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 16:00:00+08' - interval '3' day),
    (31032, 31032, 3, 'DO_NOT_FUND',
     '資料規模與品質的規劃不夠具體：錄音時數、轉寫校對的流程與評測集都需要更清楚的說明，目前難以判斷成果是否可用。',
     '資料品質的規劃未達門檻，建議修正後再申請。',
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '9' day),
    (31033, 31033, 4, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '8' day),
    (31041, 31041, 2, 'FUND_WITH_CHANGES',
     'The project is worth supporting, but the schedule for collecting the data is tight and the evaluation set needs a more concrete design.',
     'Fundable, on condition that the schedule is revised and the evaluation plan completed.',
     timestamp with time zone '${demo_day} 11:00:00+08' - interval '7' day),
    (31042, 31042, 4, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 12:00:00+08' - interval '6' day),
    (31043, 31043, 3, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 13:00:00+08' - interval '5' day),
    (31051, 31051, 3, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 14:00:00+08' - interval '4' day),
    (31052, 31052, 4, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 15:00:00+08' - interval '3' day),
    (31053, 31053, 3, 'FUND',
     '計畫與語言社群的合作具體，資料規模與評測設計清楚，開放授權也合乎徵件要求。建議在資料說明文件中載明說話者的年齡與腔調組成。',
     '團隊經驗充足，工作計畫與預算合理，建議補助。',
     timestamp with time zone '${demo_day} 16:00:00+08' - interval '9' day),
    (31061, 31061, 4, 'FUND_WITH_CHANGES',
     'The project is worth supporting, but the schedule for collecting the data is tight and the evaluation set needs a more concrete design.',
     'Fundable, on condition that the schedule is revised and the evaluation plan completed.',
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '8' day),
    (31062, 31062, 3, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '7' day),
    (31063, 31063, 4, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 11:00:00+08' - interval '6' day),
    (31071, 31071, 3, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 12:00:00+08' - interval '5' day),
    (31072, 31072, 5, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 13:00:00+08' - interval '4' day),
    (31073, 31073, 2, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 14:00:00+08' - interval '3' day),
    (31081, 31081, 3, 'DO_NOT_FUND',
     'The proposal says too little about the community: it is not clear what role the language community plays. Please build the partnership first and apply again.',
     'Community partnership is below the threshold; I do not recommend funding.',
     timestamp with time zone '${demo_day} 15:00:00+08' - interval '9' day),
    (31082, 31082, 5, 'DO_NOT_FUND',
     'The proposal says too little about the community: it is not clear what role the language community plays. Please build the partnership first and apply again.',
     'Community partnership is below the threshold; I do not recommend funding.',
     timestamp with time zone '${demo_day} 16:00:00+08' - interval '8' day),
    (31083, 31083, 2, 'FUND_WITH_CHANGES',
     'The project is worth supporting, but the schedule for collecting the data is tight and the evaluation set needs a more concrete design.',
     'Fundable, on condition that the schedule is revised and the evaluation plan completed.',
     timestamp with time zone '${demo_day} 17:00:00+08' - interval '7' day),
    (31091, 31091, 5, 'DO_NOT_FUND',
     '資料規模與品質的規劃不夠具體：錄音時數、轉寫校對的流程與評測集都需要更清楚的說明，目前難以判斷成果是否可用。',
     '資料品質的規劃未達門檻，建議修正後再申請。',
     timestamp with time zone '${demo_day} 10:00:00+08' - interval '6' day),
    (31092, 31092, 3, 'FUND',
     '計畫與語言社群的合作具體，資料規模與評測設計清楚，開放授權也合乎徵件要求。建議在資料說明文件中載明說話者的年齡與腔調組成。',
     '團隊經驗充足，工作計畫與預算合理，建議補助。',
     timestamp with time zone '${demo_day} 11:00:00+08' - interval '5' day),
    (31093, 31093, 4, 'FUND_WITH_CHANGES',
     '計畫方向值得支持，但資料蒐集的時程偏緊，評測集的設計也需要更具體的說明。',
     '可以補助，但應要求修正工作時程並補充評測計畫。',
     timestamp with time zone '${demo_day} 12:00:00+08' - interval '4' day),
    (31101, 31101, 2, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 13:00:00+08' - interval '3' day),
    (31102, 31102, 4, 'FUND',
     'The partnership with the language community is concrete, the size of the data and the evaluation design are clear, and the licences meet the call. Please state the age and accent make-up of the speakers in the datasheet.',
     'An experienced team with a realistic work plan and budget; I recommend funding.',
     timestamp with time zone '${demo_day} 14:00:00+08' - interval '9' day)
) as v (id, assignment_id, confidence, recommendation, comment_applicant, comment_panel, submitted_at)
  join review_assignment a on a.id = v.assignment_id where a.version = 0) as s
on t.id = s.id
when not matched then insert (id, assignment_id, confidence, recommendation, comment_applicant, comment_panel, saved_at,
        submitted_at, version)
    values (s.id, s.assignment_id, s.confidence, s.recommendation, s.comment_applicant, s.comment_panel,
        s.submitted_at, s.submitted_at, 0);

-- The scores (1–9 on every criterion): 彭玉琴 about a point above the others on the same applications, 黃淑芬 about
-- a point below; application 3108 stays below the threshold of 100601 (community partnership).
merge into review_score t
using (select v.* from (values
    (31011, 100601, 6),
    (31011, 100602, 6),
    (31011, 100603, 6),
    (31012, 100601, 7),
    (31012, 100602, 7),
    (31012, 100603, 7),
    (31013, 100601, 8),
    (31013, 100602, 8),
    (31013, 100603, 8),
    (31021, 100601, 5),
    (31021, 100602, 7),
    (31021, 100603, 6),
    (31022, 100601, 7),
    (31022, 100602, 9),
    (31022, 100603, 8),
    (31023, 100601, 7),
    (31023, 100602, 8),
    (31023, 100603, 8),
    (31031, 100601, 6),
    (31031, 100602, 5),
    (31031, 100603, 6),
    (31032, 100601, 7),
    (31032, 100602, 4),
    (31032, 100603, 6),
    (31033, 100601, 7),
    (31033, 100602, 6),
    (31033, 100603, 7),
    (31041, 100601, 7),
    (31041, 100602, 6),
    (31041, 100603, 7),
    (31042, 100601, 8),
    (31042, 100602, 7),
    (31042, 100603, 8),
    (31043, 100601, 8),
    (31043, 100602, 8),
    (31043, 100603, 7),
    (31051, 100601, 6),
    (31051, 100602, 5),
    (31051, 100603, 6),
    (31052, 100601, 7),
    (31052, 100602, 6),
    (31052, 100603, 6),
    (31053, 100601, 8),
    (31053, 100602, 7),
    (31053, 100603, 8),
    (31061, 100601, 6),
    (31061, 100602, 6),
    (31061, 100603, 6),
    (31062, 100601, 7),
    (31062, 100602, 7),
    (31062, 100603, 7),
    (31063, 100601, 8),
    (31063, 100602, 6),
    (31063, 100603, 7),
    (31071, 100601, 6),
    (31071, 100602, 6),
    (31071, 100603, 6),
    (31072, 100601, 6),
    (31072, 100602, 6),
    (31072, 100603, 6),
    (31073, 100601, 6),
    (31073, 100602, 6),
    (31073, 100603, 6),
    (31081, 100601, 3),
    (31081, 100602, 6),
    (31081, 100603, 6),
    (31082, 100601, 3),
    (31082, 100602, 7),
    (31082, 100603, 7),
    (31083, 100601, 5),
    (31083, 100602, 8),
    (31083, 100603, 8),
    (31091, 100601, 7),
    (31091, 100602, 4),
    (31091, 100603, 6),
    (31092, 100601, 9),
    (31092, 100602, 6),
    (31092, 100603, 8),
    (31093, 100601, 7),
    (31093, 100602, 6),
    (31093, 100603, 7),
    (31101, 100601, 8),
    (31101, 100602, 8),
    (31101, 100603, 8),
    (31102, 100601, 8),
    (31102, 100602, 8),
    (31102, 100603, 8)
) as v (review_id, criterion_id, score) join review r on r.id = v.review_id where r.version = 0) as s
on t.review_id = s.review_id and t.criterion_id = s.criterion_id
when not matched then insert (review_id, criterion_id, score) values (s.review_id, s.criterion_id, s.score);
