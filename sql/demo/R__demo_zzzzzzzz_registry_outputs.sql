-- Demo outputs of the registry's awards (issue #13, items 8 and 9): awards 1009-1 (id 9001, moc and moda) and 1009-2
-- (id 9002, moc and nstc) are inserted by the registry's demo script, after V29 carried accepted awards over into the
-- outputs component, so outputs tracks their obligations only from here. With award 1008-1's (R__demo_zzzzzzz_outputs)
-- the public registry shows every state: 1009-1's speech dataset verified by officer.moc twelve days before the demo
-- day, its recogniser verified two days before with MOF components that reach class III, its tools registered and
-- checked (waiting for an officer); 1009-2's benchmark verified twenty days before, its guide still planned. The
-- checks are what the Run command's registries answer (see below). Insert-only MERGEs run after the registry's script ("demo zzzzzzzz"),
-- guarded like it by the award's version; the obligations found by award and position.

merge into output_obligation t
using (select v.*, a.number as award_number, a.organisation_id from (values
    (9001, 0, 'DATASET', 'Amis read and conversational speech, 100 hours', 'CC-BY-4.0', 'CC-BY-4.0, CC0-1.0',
     DATE '2028-03-31', 'ami', 'VERIFIED', 'https://huggingface.co/datasets/demo/od-3401-speech',
     'HUGGING_FACE_DATASET', '9b2f6c1d0e4a7b3c5d8e9f00112233445566778a', cast(null as varchar(300)), 'CC-BY-4.0',
     15, '00000000-0000-4000-8000-000000000004', 12),
    (9001, 1, 'MODEL_WEIGHTS', 'Amis speech recogniser', 'Apache-2.0', 'Apache-2.0, CC-BY-4.0', DATE '2028-06-30',
     'ami', 'VERIFIED', 'https://huggingface.co/demo/od-3401-asr', 'HUGGING_FACE_MODEL',
     '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', cast(null as varchar(300)), 'Apache-2.0',
     4, '00000000-0000-4000-8000-000000000004', 2),
    (9001, 2, 'CODE', 'Training and recording tools', 'MIT', 'Apache-2.0, MIT', DATE '2028-06-30', 'ami', 'CHECKED',
     'https://github.com/demo/od-3401-tools', 'GITHUB', 'v0.9.0', cast(null as varchar(300)), 'MIT',
     1, cast(null as varchar(255)), cast(null as integer)),
    (9002, 0, 'EVALUATION', 'Hakka and Atayal speech recognition benchmark', 'CC-BY-4.0', 'Apache-2.0, CC-BY-4.0',
     DATE '2028-04-30', 'hak tay', 'VERIFIED', 'https://zenodo.org/records/demo-3402', 'ZENODO',
     cast(null as varchar(200)), '10.5281/zenodo.3402', 'CC-BY-4.0', 25, '00000000-0000-4000-8000-000000000004', 20),
    (9002, 1, 'DOCUMENTATION', 'Benchmark guide for communities', 'CC-BY-4.0', 'CC-BY-4.0', DATE '2028-04-30',
     'hak tay', 'PLANNED', cast(null as varchar(1000)), cast(null as varchar(32)), cast(null as varchar(200)),
     cast(null as varchar(300)), cast(null as varchar(100)), cast(null as integer), cast(null as varchar(255)),
     cast(null as integer))
) as v (award_id, position, output_type, title, planned_licence, allowed_licences, release_by, languages, state, url,
        registry, revision, identifier, declared_licence, days_ago, judged_by, judged_days_ago)
       join award a on a.id = v.award_id where a.version = 0) as s
on t.award_id = s.award_id and t.position = s.position
when not matched then insert (award_id, position, award_number, organisation_id, output_type, title,
        planned_licence, allowed_licences, release_by, languages, required_mof_class, state, url, registry, revision,
        identifier, declared_licence, registered_by, registered_at, checked_at, judged_by, judged_at, verdict_reason,
        flagged, flag_detail, version)
    values (s.award_id, s.position, s.award_number, s.organisation_id, s.output_type, s.title, s.planned_licence,
        s.allowed_licences, s.release_by, s.languages, 0, s.state, s.url, s.registry, s.revision, s.identifier,
        s.declared_licence,
        case when s.days_ago is null then null else '00000000-0000-4000-8000-0000000094a' || cast(s.award_id - 9000 as varchar(1)) end,
        case when s.days_ago is null then null
             else timestamp with time zone '${demo_day} 10:00:00+08' - s.days_ago * interval '1' day end,
        case when s.days_ago is null then null
             else timestamp with time zone '${demo_day} 10:00:05+08' - s.days_ago * interval '1' day end,
        s.judged_by,
        case when s.judged_days_ago is null then null
             else timestamp with time zone '${demo_day} 15:00:00+08' - s.judged_days_ago * interval '1' day end,
        null, false, null, 0);

-- the ministries whose officers verify them: the lead and every ministry paying a part
merge into output_obligation_ministry t
using (select o.id as obligation_id, p.ministry_code from output_obligation o
       join award_part p on p.award_id = o.award_id
       where o.award_id in (9001, 9002) and p.amount > 0) as s
on t.obligation_id = s.obligation_id and t.ministry_code = s.ministry_code
when not matched then insert (obligation_id, ministry_code) values (s.obligation_id, s.ministry_code);

-- every registered output's checks as the checks give them against the Run command's registries (recorded answers on
-- loopback; DemoOutputsAgainstRecordedRegistriesTest holds them to it): the dataset and the recogniser pass, the tools'
-- repository is gone (not found, waiting for the officer), the benchmark's address is none a registry answers (an
-- officer verified it from the address and the evidence)
merge into output_check t
using (select o.id as obligation_id, v.* from (values
    (9001, 0, 0, 'RESOLVABLE', 'PASS', 'outputs.check.resolvable.pass', 'demo/od-3401-speech', '', 'id', 'demo/od-3401-speech'),
    (9001, 0, 1, 'PUBLIC', 'PASS', 'outputs.check.public.pass', '', '', 'private', 'false'),
    (9001, 0, 2, 'LICENCE_DECLARED', 'PASS', 'outputs.check.licence.declared', 'cc-by-4.0', '', 'cardData.license', 'cc-by-4.0'),
    (9001, 0, 3, 'SPDX', 'PASS', 'outputs.check.spdx.pass', 'cc-by-4.0' || chr(10) || 'CC-BY-4.0', '', 'cardData.license', 'cc-by-4.0'),
    (9001, 0, 4, 'CONSISTENT', 'PASS', 'outputs.check.consistent.pass', 'CC-BY-4.0', '', 'cardData.license', 'cc-by-4.0'),
    (9001, 0, 5, 'OPEN_FOR_TYPE', 'PASS', 'outputs.check.open.pass', 'CC-BY-4.0', '', 'cardData.license', 'cc-by-4.0'),
    (9001, 0, 6, 'PINNED', 'PASS', 'outputs.check.pinned.pass', '9b2f6c1d0e4a7b3c5d8e9f00112233445566778a', '', 'sha', '9b2f6c1d0e4a7b3c5d8e9f00112233445566778a'),
    (9001, 0, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.grant.noFundingMetadata', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 0, 8, 'LANGUAGES', 'PASS', 'outputs.check.languages.pass', 'ami', '', 'cardData.language', 'ami'),
    (9001, 0, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.preserved.notCode', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 1, 0, 'RESOLVABLE', 'PASS', 'outputs.check.resolvable.pass', 'demo/od-3401-asr', '', 'id', 'demo/od-3401-asr'),
    (9001, 1, 1, 'PUBLIC', 'PASS', 'outputs.check.public.pass', '', '', 'private', 'false'),
    (9001, 1, 2, 'LICENCE_DECLARED', 'PASS', 'outputs.check.licence.declared', 'apache-2.0', '', 'cardData.license', 'apache-2.0'),
    (9001, 1, 3, 'SPDX', 'PASS', 'outputs.check.spdx.pass', 'apache-2.0' || chr(10) || 'Apache-2.0', '', 'cardData.license', 'apache-2.0'),
    (9001, 1, 4, 'CONSISTENT', 'PASS', 'outputs.check.consistent.pass', 'Apache-2.0', '', 'cardData.license', 'apache-2.0'),
    (9001, 1, 5, 'OPEN_FOR_TYPE', 'PASS', 'outputs.check.open.pass', 'Apache-2.0', '', 'cardData.license', 'apache-2.0'),
    (9001, 1, 6, 'PINNED', 'PASS', 'outputs.check.pinned.pass', '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d', '', 'sha', '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'),
    (9001, 1, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.grant.noFundingMetadata', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 1, 8, 'LANGUAGES', 'PASS', 'outputs.check.languages.pass', 'ami', '', 'cardData.language', 'ami'),
    (9001, 1, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.preserved.notCode', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 0, 'RESOLVABLE', 'FAIL', 'outputs.check.notFound', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 1, 'PUBLIC', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 2, 'LICENCE_DECLARED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 3, 'SPDX', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 4, 'CONSISTENT', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 5, 'OPEN_FOR_TYPE', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 6, 'PINNED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 8, 'LANGUAGES', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9001, 2, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 0, 'RESOLVABLE', 'FAIL', 'outputs.check.refused.registry', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 1, 'PUBLIC', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 2, 'LICENCE_DECLARED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 3, 'SPDX', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 4, 'CONSISTENT', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 5, 'OPEN_FOR_TYPE', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 6, 'PINNED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 7, 'GRANT_LINKED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 8, 'LANGUAGES', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000))),
    (9002, 0, 9, 'PRESERVED', 'NOT_APPLICABLE', 'outputs.check.unresolved', '', '', cast(null as varchar(200)), cast(null as varchar(1000)))
) as v (award_id, obligation_position, position, check_name, verdict, message_key, arguments, reason_keys,
        evidence_field, evidence_value)
       join output_obligation o on o.award_id = v.award_id and o.position = v.obligation_position
       where o.version = 0) as s
on t.obligation_id = s.obligation_id and t.position = s.position
when not matched then insert (obligation_id, position, check_name, verdict, message_key, arguments, reason_keys,
        evidence_field, evidence_value)
    values (s.obligation_id, s.position, s.check_name, s.verdict, s.message_key, s.arguments, s.reason_keys,
        s.evidence_field, s.evidence_value);

-- the recogniser's components: class III's required ones, each open for its kind of content
merge into output_mof_component t
using (select o.id as obligation_id, v.* from (values
    (0, 'MODEL_ARCHITECTURE', 'Apache-2.0', 'https://github.com/demo/od-3401-tools/tree/v0.9.0/model'),
    (1, 'MODEL_PARAMETERS_FINAL', 'Apache-2.0', 'https://huggingface.co/demo/od-3401-asr'),
    (2, 'EVALUATION_RESULTS', 'CC-BY-4.0', 'https://huggingface.co/demo/od-3401-asr/blob/main/eval.md'),
    (3, 'MODEL_CARD', 'CC-BY-4.0', 'https://huggingface.co/demo/od-3401-asr/blob/main/README.md'),
    (4, 'DATA_CARD', 'CC-BY-4.0', 'https://huggingface.co/datasets/demo/od-3401-speech/blob/main/README.md'),
    (5, 'TECHNICAL_REPORT', 'CC-BY-4.0', 'https://github.com/demo/od-3401-tools/blob/v0.9.0/REPORT.md')
) as v (position, component, licence, location)
       join output_obligation o on o.award_id = 9001 and o.position = 1 where o.version = 0) as s
on t.obligation_id = s.obligation_id and t.position = s.position
when not matched then insert (obligation_id, position, component, licence, location)
    values (s.obligation_id, s.position, s.component, s.licence, s.location);
