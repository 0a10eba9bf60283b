-- Demo data for Taiwan's Public AI Development Fund. Repeatable and written as MERGE so that seeding again
-- changes nothing. Ministries are data: a deployment for another fund seeds its own.

merge into ministry m
using (values
    ('moc',  '文化部',           'Ministry of Culture'),
    ('nstc', '國家科學及技術委員會', 'National Science and Technology Council'),
    ('moda', '數位發展部',        'Ministry of Digital Affairs')
) as s (code, name_zh_tw, name_en)
on m.code = s.code
when matched then update set name_zh_tw = s.name_zh_tw, name_en = s.name_en
when not matched then insert (code, name_zh_tw, name_en, active, version)
    values (s.code, s.name_zh_tw, s.name_en, true, 0);

merge into fund_programme p
using (values
    ('tw-public-ai', '台灣公共AI發展基金', 'Taiwan Public AI Development Fund',
     '由文化部、國科會與數位發展部共同推動，資助開放模型、共享資料集、開放的安全與評測工具，以及繁體中文、客語、台語與台灣原住民族語言的語言科技。所有受補助成果皆須以開放授權釋出，並登錄於基金的公開成果登錄簿。',
     'Run jointly by the Ministry of Culture, the National Science and Technology Council and the Ministry of Digital Affairs, the fund supports open models, shared datasets, open safety and evaluation tools, and language technology for Traditional Chinese, Hakka, Taiwanese Hokkien and the indigenous languages of Taiwan. Every funded output is released under an open licence and registered in the fund''s public registry.')
) as s (code, name_zh_tw, name_en, description_zh_tw, description_en)
on p.code = s.code
when matched then update set name_zh_tw = s.name_zh_tw, name_en = s.name_en,
    description_zh_tw = s.description_zh_tw, description_en = s.description_en
when not matched then insert (code, name_zh_tw, name_en, description_zh_tw, description_en, version)
    values (s.code, s.name_zh_tw, s.name_en, s.description_zh_tw, s.description_en, 0);

merge into fund_programme_ministry pm
using (values ('tw-public-ai', 'moc'), ('tw-public-ai', 'nstc'), ('tw-public-ai', 'moda'))
    as s (programme_code, ministry_code)
on pm.programme_code = s.programme_code and pm.ministry_code = s.ministry_code
when not matched then insert (programme_code, ministry_code) values (s.programme_code, s.ministry_code);
