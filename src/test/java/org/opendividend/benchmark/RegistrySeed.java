package org.opendividend.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The registry benchmark's data: {@code awards} accepted awards with {@code outputsPerAward} outputs each, in mixed
 * ministries, languages, output types, licences and states, written straight into the benchmark's stopped database
 * (JDBC, in batches). Each row is a copy of a row of the demo data (organisation 2401, application 3401, award 9001
 * of call 1009 with its obligations, tracked outputs, MOF components and payments) with what must differ changed, so
 * that every column the migrations require is filled as the demo fills it, and a column added later is copied too.
 * Deterministic: the same numbers give the same data.
 */
final class RegistrySeed {

    static final long ORGANISATIONS_FROM = 500_001;
    static final long APPLICATIONS_FROM = 600_001;
    static final long AWARDS_FROM = 700_001;
    static final int ORGANISATIONS = 500;
    private static final long[] CALLS = {1007, 1008, 1009};
    private static final String[] MINISTRIES = {"moc", "moda", "nstc"};
    private static final String[] LANGUAGES = {"hak", "ami", "tay", "nan", "pwn", "bnn", "trv", "hak ami", "nan hak", "tay"};
    private static final String[] TYPES = {"DATASET", "MODEL_WEIGHTS", "CODE", "EVALUATION", "DOCUMENTATION"};
    private static final String[][] LICENCES = {{"CC-BY-4.0", "CC0-1.0"}, {"Apache-2.0", "CC-BY-4.0"},
        {"MIT", "Apache-2.0"}, {"Apache-2.0", "CC-BY-4.0"}, {"CC-BY-4.0", "CC-BY-SA-4.0"}};
    /** Of every 20 outputs: 6 planned, 2 registered, 5 checked, 5 verified, 2 not compliant. */
    private static final String[] STATES = {"PLANNED", "PLANNED", "PLANNED", "PLANNED", "PLANNED", "PLANNED",
        "REGISTERED", "REGISTERED", "CHECKED", "CHECKED", "CHECKED", "CHECKED", "CHECKED", "VERIFIED", "VERIFIED",
        "VERIFIED", "VERIFIED", "VERIFIED", "NON_COMPLIANT", "NON_COMPLIANT"};

    private RegistrySeed() {
    }

    /** The number of the {@code i}-th award written. */
    static String number(int i) {
        return CALLS[i % CALLS.length] + "-" + (1000 + i);
    }

    /** What was written. */
    record Seeded(int awards, int outputs, int payments, long millis) {
    }

    static Seeded seed(String url, String user, String password, int awards, int outputsPerAward) throws SQLException {
        long started = System.nanoTime();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int[] payments = {0};
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            copies(db, "organisation", "id = 2401", ORGANISATIONS, i -> Map.of("id", ORGANISATIONS_FROM + i,
                    "name_zh_tw", "語言科技協會 " + i, "name_en", "Language Technology Society " + i));
            copies(db, "application", "id = 3401", awards, i -> Map.of("id", APPLICATIONS_FROM + i,
                    "call_id", CALLS[i % CALLS.length], "organisation_id", ORGANISATIONS_FROM + i % ORGANISATIONS,
                    "last_receipt_number", "OD-BENCH-" + i));
            copies(db, "award", "id = 9001", awards, i -> {
                Map<String, Object> award = new LinkedHashMap<>();
                award.put("id", AWARDS_FROM + i);
                award.put("number", number(i));
                award.put("call_id", CALLS[i % CALLS.length]);
                award.put("seq", 1000 + i);
                award.put("application_id", APPLICATIONS_FROM + i);
                award.put("organisation_id", ORGANISATIONS_FROM + i % ORGANISATIONS);
                award.put("lead_ministry", MINISTRIES[i % 3]);
                award.put("title_zh_tw", "開放語言科技計畫 第 " + i + " 號");
                award.put("title_en", "Open language technology project no. " + i);
                award.put("amount", 500_000L + (i % 40) * 50_000L);
                award.put("status", "ACCEPTED");
                award.put("version", 1L);
                return award;
            });
            copies(db, "award_part", "award_id = 9001 and position = 0", awards * 2, n -> {
                int i = n / 2;
                long amount = 500_000L + (i % 40) * 50_000L;
                return Map.of("award_id", AWARDS_FROM + i, "position", n % 2,
                        "ministry_code", MINISTRIES[(i + n % 2) % 3], "amount", n % 2 == 0 ? amount - amount / 4 : amount / 4);
            });
            int outputs = awards * outputsPerAward;
            copies(db, "award_obligation", "award_id = 9001 and position = 0", outputs, n -> {
                int i = n / outputsPerAward;
                int type = (i + n) % TYPES.length;
                return Map.of("award_id", AWARDS_FROM + i, "position", n % outputsPerAward, "output_type", TYPES[type],
                        "title", TYPES[type].toLowerCase(java.util.Locale.ROOT) + " " + n,
                        "licence_id", LICENCES[type][n % 2], "languages", LANGUAGES[i % LANGUAGES.length]);
            });
            copies(db, "output_obligation", "award_id = 9001 and position = 1", outputs, n -> tracked(n, outputsPerAward, now));
            db.commit();
            // the MOF components of every registered model, and a paid first tranche for every third award
            List<Long> models = ids(db, "select id from output_obligation where award_id >= " + AWARDS_FROM
                    + " and output_type = 'MODEL_WEIGHTS' and state <> 'PLANNED' order by id");
            copies(db, "output_mof_component", "obligation_id = (select id from output_obligation where award_id = 9001"
                    + " and position = 1) and position = 0", models.size() * 3, n -> Map.of("obligation_id",
                    models.get(n / 3), "position", n % 3, "component", new String[] {"MODEL_ARCHITECTURE",
                    "MODEL_PARAMETERS", "MODEL_CARD"}[n % 3], "licence", n % 3 == 1 ? "Apache-2.0" : "CC-BY-4.0"));
            db.createStatement().executeUpdate("insert into output_obligation_ministry (obligation_id, ministry_code) "
                    + "select o.id, a.lead_ministry from output_obligation o join award a on a.id = o.award_id "
                    + "where a.id >= " + AWARDS_FROM);
            long firstDisbursement = max(db, "disbursement") + 1;
            long firstPayment = max(db, "disbursement_payment") + 1;
            int paid = awards / 3;
            copies(db, "disbursement", "award_id = 9001 and ministry_code = 'moc'", paid, n -> Map.of("id",
                    firstDisbursement + n, "award_id", AWARDS_FROM + n * 3L, "ministry_code", MINISTRIES[n * 3 % 3],
                    "amount", 200_000L, "status", "PAID"));
            copies(db, "disbursement_payment", "disbursement_id = (select id from disbursement where award_id = 9001 "
                    + "and ministry_code = 'moc')", paid, n -> Map.of("disbursement_id", firstDisbursement + n,
                    "payment_reference", "BENCH-PAY-" + n, "idempotency_key", "bench-" + n, "amount", 200_000L,
                    "id", firstPayment + n));
            payments[0] = paid;
            for (String table : List.of("organisation", "application", "award", "output_obligation", "disbursement",
                    "disbursement_payment")) {
                // identity columns do not move past ids written by hand: the application's next insert must not meet them
                db.createStatement().executeUpdate("alter table " + table + " alter column id restart with "
                        + (max(db, table) + 1));
            }
            db.commit();
            return new Seeded(awards, outputs, payments[0], (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static Map<String, Object> tracked(int n, int outputsPerAward, Instant now) {
        int i = n / outputsPerAward;
        int type = (i + n) % TYPES.length;
        String state = STATES[(n * 7 + i) % STATES.length];
        boolean registered = !state.equals("PLANNED");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", null);
        row.put("award_id", AWARDS_FROM + i);
        row.put("position", n % outputsPerAward);
        row.put("award_number", number(i));
        row.put("organisation_id", ORGANISATIONS_FROM + i % ORGANISATIONS);
        row.put("output_type", TYPES[type]);
        row.put("title", TYPES[type].toLowerCase(java.util.Locale.ROOT) + " " + n);
        row.put("planned_licence", LICENCES[type][n % 2]);
        row.put("languages", LANGUAGES[i % LANGUAGES.length]);
        row.put("state", state);
        row.put("url", registered ? "https://huggingface.co/bench/od-" + n : null);
        row.put("declared_licence", registered ? LICENCES[type][(n / 2) % 2] : null);
        row.put("registered_at", registered ? Timestamp.from(now.minus(30, ChronoUnit.DAYS)) : null);
        row.put("checked_at", registered ? Timestamp.from(now.minus(29, ChronoUnit.DAYS)) : null);
        boolean judged = state.equals("VERIFIED") || state.equals("NON_COMPLIANT");
        row.put("judged_at", judged ? Timestamp.from(now.minus(n % 400, ChronoUnit.HOURS)) : null);
        row.put("verdict_reason", state.equals("NON_COMPLIANT") ? "Licence is not open for the type." : null);
        return row;
    }

    /**
     * Inserts {@code count} copies of the one row of {@code table} that {@code where} selects, each with the columns
     * {@code changes} gives for its number changed (a null id: the identity gives one).
     */
    static void copies(Connection db, String table, String where, int count, IntFunction<Map<String, Object>> changes)
            throws SQLException {
        if (count == 0) {
            return;
        }
        Map<String, Object> template = new LinkedHashMap<>();
        try (ResultSet row = db.createStatement().executeQuery("select * from " + table + " where " + where)) {
            if (!row.next()) {
                throw new IllegalStateException("no demo row in " + table + " where " + where);
            }
            ResultSetMetaData meta = row.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                template.put(meta.getColumnName(c).toLowerCase(java.util.Locale.ROOT), row.getObject(c));
            }
        }
        List<String> columns = new ArrayList<>(template.keySet());
        boolean identity = changes.apply(0).containsKey("id") && changes.apply(0).get("id") == null;
        if (identity) {
            columns.remove("id");
        }
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            for (int n = 0; n < count; n++) {
                Map<String, Object> changed = changes.apply(n);
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c);
                    insert.setObject(c + 1, changed.containsKey(column) ? changed.get(column) : template.get(column));
                }
                insert.addBatch();
                if (n % 2000 == 1999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static long max(Connection db, String table) throws SQLException {
        try (ResultSet r = db.createStatement().executeQuery("select coalesce(max(id), 0) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }
}
