-- Demo outputs (issue #13): award 1008-1 (id 8001, organisation 2301 of the demo user "applicant", paid by moc) obliges
-- four open outputs, one in each state a new user should see: the Hakka lexicon dataset still planned (position 0, from
-- the award's script), the spelling checker's code verified by officer.moc, the spelling model marked not compliant
-- with the reason the grantee reads (an OpenRAIL licence, MOF components listed), and the technical report registered
-- and checked, waiting for the officer (not linked to the grant, a language missing). The stored checks are what the
-- checks give against the Run command's registries (recorded answers on loopback, README "Open outputs"; the test
-- DemoOutputsAgainstRecordedRegistriesTest holds them to it), so a re-check changes nothing. The grantee sees them
-- at /applicant/outputs.xhtml?award=8001, officer.moc at /officer/outputs.xhtml; the retained tranche names the first
-- obligation not verified. Insert-only MERGEs, run after the award's script ("demo zzzzzzz"); the obligations found by award and position.

merge into award_obligation t
using (select v.* from (values
    (8001, 1, 'CODE', 'Hakka spelling checker', 'Apache-2.0', 'Apache-2.0, MIT', DATE '2028-06-30',
     'https://github.com/taide-community/hakka-asr', 'hak'),
    (8001, 2, 'MODEL_WEIGHTS', 'Hakka spelling correction model', 'Apache-2.0', 'Apache-2.0', DATE '2028-06-30',
     'https://huggingface.co/demo/od-hakka-speller-model', 'hak'),
    (8001, 3, 'DOCUMENTATION', 'Technical report on Hakka spelling', 'CC-BY-4.0', 'CC-BY-4.0', DATE '2028-06-30',
     'https://zenodo.org/records/15234567', 'hak, zho')
) as v (award_id, position, output_type, title, licence_id, allowed_licences, release_by, registry, languages)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, output_type, title, licence_id, allowed_licences, release_by,
        registry, languages)
    values (s.award_id, s.position, s.output_type, s.title, s.licence_id, s.allowed_licences, s.release_by,
        s.registry, s.languages);

merge into output_obligation t
using (select v.* from (values
    (9001, 0, 'DATASET', 'Open Hakka lexicon (Sixian and Hailu)', 'CC-BY-4.0', 'CC-BY-4.0, CC0-1.0', 'hak', 'PLANNED',
     cast(null as varchar(1000)), cast(null as varchar(32)), cast(null as varchar(200)), cast(null as varchar(300)),
     cast(null as varchar(100)), cast(null as varchar(255)), cast(null as integer), cast(null as varchar(255)),
     cast(null as integer), cast(null as varchar(2000))),
    (1, 1, 'CODE', 'Hakka spelling checker', 'Apache-2.0', 'Apache-2.0, MIT', 'hak', 'VERIFIED',
     'https://github.com/taide-community/hakka-asr', 'GITHUB', 'v1.0.0', 'swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c',
     'Apache-2.0', '00000000-0000-4000-8000-000000000001', 6, '00000000-0000-4000-8000-000000000004', 5,
     cast(null as varchar(2000))),
    (2, 2, 'MODEL_WEIGHTS', 'Hakka spelling correction model', 'Apache-2.0', 'Apache-2.0', 'hak', 'NON_COMPLIANT',
     'https://huggingface.co/demo/od-hakka-speller-model', 'HUGGING_FACE_MODEL', '4f1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c',
     cast(null as varchar(300)), 'Apache-2.0', '00000000-0000-4000-8000-000000000001', 4,
     '00000000-0000-4000-8000-000000000004', 3,
     '模型卡標示的授權是 OpenRAIL（有使用限制，不是開放授權），與登錄的 Apache-2.0 不符。請在模型卡改為 license: apache-2.0 後重新登錄。 / The model card states OpenRAIL (use restrictions, not an open licence), not the Apache-2.0 registered. Set license: apache-2.0 in the model card and register it again.'),
    (3, 3, 'DOCUMENTATION', 'Technical report on Hakka spelling', 'CC-BY-4.0', 'CC-BY-4.0', 'hak, zho', 'CHECKED',
     'https://zenodo.org/records/15234567', 'ZENODO', cast(null as varchar(200)), '10.5281/zenodo.15234567',
     'CC-BY-4.0', '00000000-0000-4000-8000-000000000001', 1, cast(null as varchar(255)), cast(null as integer),
     cast(null as varchar(2000)))
) as v (ref, position, output_type, title, planned_licence, allowed_licences, languages, state, url, registry, revision,
        identifier, declared_licence, registered_by, days_ago, judged_by, judged_days_ago, verdict_reason)
       join award a on a.id = 8001 where a.version = 0) as s
on t.award_id = 8001 and t.position = s.position
when not matched then insert (award_id, position, award_number, organisation_id, output_type, title,
        planned_licence, allowed_licences, release_by, languages, required_mof_class, state, url, registry, revision,
        identifier, declared_licence, registered_by, registered_at, checked_at, judged_by, judged_at, verdict_reason,
        flagged, flag_detail, version)
    values (8001, s.position, '1008-1', 2301, s.output_type, s.title, s.planned_licence, s.allowed_licences,
        DATE '2028-06-30', s.languages, 0, s.state, s.url, s.registry, s.revision, s.identifier, s.declared_licence,
        s.registered_by,
        case when s.days_ago is null then null
             else timestamp with time zone '${demo_day} 10:00:00+08' - s.days_ago * interval '1' day end,
        case when s.days_ago is null then null
             else timestamp with time zone '${demo_day} 10:00:05+08' - s.days_ago * interval '1' day end,
        s.judged_by,
        case when s.judged_days_ago is null then null
             else timestamp with time zone '${demo_day} 15:00:00+08' - s.judged_days_ago * interval '1' day end,
        s.verdict_reason, false, null, 0);

merge into output_obligation_ministry t
using (select o.id as obligation_id, 'moc' as ministry_code from output_obligation o where o.award_id = 8001) as s
on t.obligation_id = s.obligation_id and t.ministry_code = s.ministry_code
when not matched then insert (obligation_id, ministry_code) values (s.obligation_id, s.ministry_code);

merge into output_check t
using (select o.id as obligation_id, v.* from (values
    (1, 0, 'RESOLVABLE', 'PASS', 'outputs.check.resolvable.pass', 'taide-community/hakka-asr', '', 'id', 'taide-community/hakka-asr'),
    (1, 1, 'PUBLIC', 'PASS', 'outputs.check.public.pass', '', '', 'private', 'false'),
    (1, 2, 'LICENCE_DECLARED', 'PASS', 'outputs.check.licence.declared', 'Apache-2.0', '', 'license.spdx_id', 'Apache-2.0'),
    (1, 3, 'SPDX', 'PASS', 'outputs.check.spdx.pass', 'Apache-2.0' || chr(10) || 'Apache-2.0', '', 'license.spdx_id', 'Apache-2.0'),
    (1, 4, 'CONSISTENT', 'PASS', 'outputs.check.consistent.pass', 'Apache-2.0', '', 'license.spdx_id', 'Apache-2.0'),
    (1, 5, 'OPEN_FOR_TYPE', 'PASS', 'outputs.check.open.pass', 'Apache-2.0', '', 'license.spdx_id', 'Apache-2.0'),
    (1, 6, 'PINNED', 'PASS', 'outputs.check.pinned.pass', 'c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c', '', 'git/ref/tags/v1.0.0', 'c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c'),
    (1, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.grant.noFundingMetadata', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (1, 8, 'LANGUAGES', 'NOT_APPLICABLE', 'outputs.check.languages.noMetadata', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (1, 9, 'PRESERVED', 'PASS', 'outputs.check.preserved.pass', 'swh:1:rev:c3d0be41ecbe669545ee3e94d31ed9a4bc91ee3c', '', 'object_type', 'revision'),
    (2, 0, 'RESOLVABLE', 'PASS', 'outputs.check.resolvable.pass', 'demo/od-hakka-speller-model', '', 'id', 'demo/od-hakka-speller-model'),
    (2, 1, 'PUBLIC', 'PASS', 'outputs.check.public.pass', '', '', 'private', 'false'),
    (2, 2, 'LICENCE_DECLARED', 'PASS', 'outputs.check.licence.declared', 'openrail', '', 'cardData.license', 'openrail'),
    (2, 3, 'SPDX', 'FAIL', 'outputs.check.spdx.notListed', 'openrail', '', 'cardData.license', 'openrail'),
    (2, 4, 'CONSISTENT', 'FAIL', 'outputs.check.consistent.mismatch', 'Apache-2.0' || chr(10) || 'openrail', '', 'cardData.license', 'openrail'),
    (2, 5, 'OPEN_FOR_TYPE', 'FAIL', 'outputs.check.open.fail', 'openrail', 'licence.refusal.notOpen' || chr(10) || 'licence.reason.useRestrictions' || chr(10) || 'licence.reason.family', 'cardData.license', 'openrail'),
    (2, 6, 'PINNED', 'PASS', 'outputs.check.pinned.pass', '4f1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c', '', 'sha', '4f1c2b3a4d5e6f708192a3b4c5d6e7f8091a2b3c'),
    (2, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.grant.noFundingMetadata', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (2, 8, 'LANGUAGES', 'PASS', 'outputs.check.languages.pass', 'hak', '', 'cardData.language', 'hak'),
    (2, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.preserved.notCode', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (3, 0, 'RESOLVABLE', 'PASS', 'outputs.check.resolvable.pass', '15234567', '', 'id', '15234567'),
    (3, 1, 'PUBLIC', 'PASS', 'outputs.check.public.pass', '', '', 'metadata.access_right', 'open'),
    (3, 2, 'LICENCE_DECLARED', 'PASS', 'outputs.check.licence.declared', 'cc-by-4.0', '', 'metadata.license.id', 'cc-by-4.0'),
    (3, 3, 'SPDX', 'PASS', 'outputs.check.spdx.pass', 'cc-by-4.0' || chr(10) || 'CC-BY-4.0', '', 'metadata.license.id', 'cc-by-4.0'),
    (3, 4, 'CONSISTENT', 'PASS', 'outputs.check.consistent.pass', 'CC-BY-4.0', '', 'metadata.license.id', 'cc-by-4.0'),
    (3, 5, 'OPEN_FOR_TYPE', 'PASS', 'outputs.check.open.pass', 'CC-BY-4.0', '', 'metadata.license.id', 'cc-by-4.0'),
    (3, 6, 'PINNED', 'PASS', 'outputs.check.pinned.pass', '10.5281/zenodo.15234567', '', 'doi', '10.5281/zenodo.15234567'),
    (3, 7, 'GRANT_LINKED', 'FAIL', 'outputs.check.grant.missing', '1008-1', '', 'metadata.grants', 'OD-2026-0042, opendividend::OD-2026-0042'),
    (3, 8, 'LANGUAGES', 'FAIL', 'outputs.check.languages.missing', 'zho', '', 'metadata.language', 'hak'),
    (3, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.preserved.notCode', '', '', cast(null as varchar(200)), cast(null as varchar(1000)))
) as v (obligation_position, position, check_name, verdict, message_key, arguments, reason_keys, evidence_field,
        evidence_value)
       join output_obligation o on o.award_id = 8001 and o.position = v.obligation_position
       where o.version = 0) as s
on t.obligation_id = s.obligation_id and t.position = s.position
when not matched then insert (obligation_id, position, check_name, verdict, message_key, arguments, reason_keys,
        evidence_field, evidence_value)
    values (s.obligation_id, s.position, s.check_name, s.verdict, s.message_key, s.arguments, s.reason_keys,
        s.evidence_field, s.evidence_value);

merge into output_mof_component t
using (select o.id as obligation_id, v.* from (values
    (2, 0, 'MODEL_ARCHITECTURE', 'Apache-2.0', 'https://github.com/taide-community/hakka-asr/tree/v1.0.0/model'),
    (2, 1, 'MODEL_PARAMETERS_FINAL', 'openrail', 'https://huggingface.co/demo/od-hakka-speller-model'),
    (2, 2, 'MODEL_CARD', 'CC-BY-4.0', 'https://huggingface.co/demo/od-hakka-speller-model/blob/main/README.md')
) as v (obligation_position, position, component, licence, location)
       join output_obligation o on o.award_id = 8001 and o.position = v.obligation_position where o.version = 0) as s
on t.obligation_id = s.obligation_id and t.position = s.position
when not matched then insert (obligation_id, position, component, licence, location)
    values (s.obligation_id, s.position, s.component, s.licence, s.location);
