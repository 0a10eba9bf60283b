package org.opendividend.awards.boundary.disbursement;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendividend.devstack.DevStack;
import org.opendividend.stack.WebClient;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Paid" means durable and once (issue #12): finance.moc sends the payments of {@code N} approved disbursements
 * through the payments API, one idempotency key each, staggered so that requests are in flight; the application
 * server is killed (SIGKILL) after the k-th acknowledgement (201 or 200) and started again on the same database.
 * Then every acknowledged payment is in {@code disbursement_payment} once with its reference and key, no disbursement
 * has two payments, and every request sent again with its own key pays nothing twice: the acknowledged ones answer
 * their payment (200), the interrupted ones are paid now (201, or 200 where the payment committed before its answer
 * was lost), once. A stack of its own (ports 8880 and 8980), since its application server is killed. The
 * disbursements are seeded in the stack's H2 while the application server is stopped: copies of the demo award
 * 1008-1 (id 8001, moc), each with its first tranche's share approved by people other than finance.moc.
 * <p>
 * The first test proves the API itself on this stack: wrong role, wrong ministry, unknown id, no key, a repeated key.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentsSurviveCrashIT {

    private static final int PAYMENTS = Integer.getInteger("opendividend.crash.payments", 24);
    private static final long STAGGER_MILLIS = 60;
    private static final long FIRST_AWARD = 990_000;
    private static final long DEMO_AWARD = 8001;
    private static final long DEMO_APPLICATION = 3301;
    private static final long SHARE = 400_000;
    private static final String GRANTEE = "00000000-0000-4000-8000-000000000001";
    private static final String OFFICER_MOC = "00000000-0000-4000-8000-000000000004";
    private static final String APPROVER_MOC = "00000000-0000-4000-8000-000000000007";

    private static DevStack stack;
    private static int seeded;
    private static final List<String> results = new ArrayList<>();

    /** What one request experienced: its status (0 for no answer) and, when answered, the payment's reference. */
    record Outcome(long disbursement, String key, String reference, int status, String body) {
        boolean acknowledged() {
            return status == 201 || status == 200;
        }
    }

    @BeforeAll
    static void start() throws Exception {
        stack = DevStack.forTest("payments-crash-data", 8880, 8980).start();
    }

    @AfterAll
    static void stop() {
        results.forEach(r -> System.out.println("payments crash drill: " + r));
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void financeOfTheMinistryPaysOnceThroughTheApi() throws Exception {
        List<Long> ids = seed(1);
        long id = ids.get(0);
        String body = payment("API-" + id);
        WebClient finance = login("finance.moc");
        assertEquals(401, pay(new WebClient("en", stack.settings().appUrl(), stack.settings().keycloakUrl()), id, "k-anon", body).statusCode());
        assertEquals(403, pay(login("officer.moc"), id, "k-officer", body).statusCode(), "another role");
        assertEquals(403, pay(login("finance.nstc"), id, "k-nstc", body).statusCode(), "another ministry");
        Answer noKey = pay(finance, id, null, body);
        assertEquals(400, noKey.statusCode());
        assertTrue(noKey.body().contains("Idempotency-Key"), noKey.body());
        assertEquals(404, pay(finance, 987_654_321L, "k-unknown", body).statusCode());
        assertEquals(400, pay(finance, id, "k-date", "{\"reference\": \"API-D\", \"valueDate\": \"2027-13-01\"}").statusCode());

        String key = "api-" + id;
        Answer first = pay(finance, id, key, body);
        assertEquals(201, first.statusCode(), first.body());
        JsonObject paid = json(first);
        assertEquals("API-" + id, paid.getString("reference"));
        assertEquals(SHARE, paid.getJsonNumber("amount").longValue());
        assertEquals("moc", paid.getString("ministry"));
        assertEquals(1, paid.getInt("tranche"));
        assertEquals("2027-07-15", paid.getString("valueDate"));
        Answer again = pay(finance, id, key, body);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(paid, json(again), "the same key answers the same payment");
        Answer another = pay(finance, id, "api-other-" + id, payment("API-OTHER-" + id));
        assertEquals(400, another.statusCode(), "a paid share is refused to another key: " + another.body());
        assertTrue(another.body().contains("API-" + id), "and says under which reference it is paid: " + another.body());
    }

    @Test
    @Order(2)
    void acknowledgedPaymentsSurviveKillingTheApplicationServer() throws Exception {
        int interrupted = 0;
        for (int after : List.of(1, PAYMENTS / 4, PAYMENTS / 2)) {
            List<Long> ids = seed(PAYMENTS);
            List<Outcome> outcomes = burst(ids, after);
            // the application server is down: its H2 file is the test's to read
            List<String> problems = new ArrayList<>(storedAsAcknowledged(outcomes));
            stack.restartApplication();
            problems.addAll(sendAgain(outcomes));
            stack.stopApplication();
            try {
                problems.addAll(paidOnce(ids));
            } finally {
                stack.restartApplication();
            }
            int acknowledged = (int) outcomes.stream().filter(Outcome::acknowledged).count();
            Map<Integer, Long> answers = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new,
                    Collectors.counting()));
            results.add(String.format("killed after %d acknowledgements: %d acknowledged, %d interrupted, answers by "
                    + "status (0 for none) %s, %d problems %s", after, acknowledged, outcomes.size() - acknowledged,
                    answers, problems.size(), problems));
            assertTrue(acknowledged >= after, "the kill came after " + after + " acknowledgements: " + answers);
            assertEquals(List.of(), problems, "killed after " + after);
            interrupted += outcomes.size() - acknowledged;
        }
        assertTrue(interrupted > 0, "the kills struck while payments were in flight");
    }

    /** Everyone's payment at once (staggered); the application server is killed after {@code after} acknowledgements. */
    private static List<Outcome> burst(List<Long> ids, int after) throws Exception {
        WebClient finance = login("finance.moc");
        CountDownLatch acknowledgements = new CountDownLatch(after);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService crowd = Executors.newFixedThreadPool(ids.size() + 1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                long startsAfter = i * STAGGER_MILLIS;
                futures.add(crowd.submit(() -> {
                    go.await();
                    Thread.sleep(startsAfter);
                    Outcome outcome = send(finance, id);
                    if (outcome.acknowledged()) {
                        acknowledgements.countDown();
                    }
                    return outcome;
                }));
            }
            Future<?> kill = crowd.submit(() -> {
                acknowledgements.await(30, TimeUnit.SECONDS);
                stack.killApplication();
                return null;
            });
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(5, TimeUnit.MINUTES));
            }
            kill.get(5, TimeUnit.MINUTES);
            return outcomes;
        } finally {
            crowd.shutdownNow();
        }
    }

    private static Outcome send(WebClient finance, long id) {
        String key = key(id);
        String reference = reference(id);
        try {
            Answer answer = pay(finance, id, key, payment(reference));
            return new Outcome(id, key, reference, answer.statusCode(), answer.body());
        } catch (Exception e) {
            return new Outcome(id, key, reference, 0, e.toString());
        }
    }

    /**
     * Right after the kill, from the database: each acknowledged payment is stored once with its reference and key, and
     * no disbursement has two payments.
     */
    private static List<String> storedAsAcknowledged(List<Outcome> outcomes) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection db = database()) {
            for (Outcome o : outcomes) {
                List<String[]> rows = payments(db, o.disbursement());
                if (rows.size() > 1) {
                    problems.add(o.disbursement() + ": " + rows.size() + " payments");
                }
                if (o.acknowledged()) {
                    if (rows.size() != 1 || !rows.get(0)[0].equals(o.reference()) || !rows.get(0)[1].equals(o.key())) {
                        problems.add(o.disbursement() + " was acknowledged (" + o.status() + ") and is not stored as "
                                + "acknowledged: " + rows.stream().map(r -> String.join("/", r)).toList());
                    } else if (!o.reference().equals(json(o.body()).getString("reference"))) {
                        problems.add(o.disbursement() + ": acknowledged with another reference: " + o.body());
                    }
                }
            }
        }
        return problems;
    }

    /**
     * After the restart, every request sent again with its key: an acknowledged one answers its payment (200), an
     * interrupted one is paid now (201) or answers the payment that committed before its answer was lost (200).
     */
    private static List<String> sendAgain(List<Outcome> outcomes) throws Exception {
        List<String> problems = new ArrayList<>();
        WebClient finance = login("finance.moc");
        for (Outcome o : outcomes) {
            Answer again = pay(finance, o.disbursement(), o.key(), payment(o.reference()));
            boolean expected = o.acknowledged() ? again.statusCode() == 200
                    : again.statusCode() == 201 || again.statusCode() == 200;
            if (!expected || !o.reference().equals(json(again).getString("reference"))) {
                problems.add(o.disbursement() + " sent again after " + o.status() + ": " + again.statusCode() + " "
                        + again.body());
            }
        }
        return problems;
    }

    /** At the end, from the database: every disbursement paid exactly once, under its own reference. */
    private static List<String> paidOnce(List<Long> ids) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Connection db = database()) {
            for (long id : ids) {
                List<String[]> rows = payments(db, id);
                if (rows.size() != 1 || !rows.get(0)[0].equals(reference(id))) {
                    problems.add(id + ": after every request was sent again: "
                            + rows.stream().map(r -> String.join("/", r)).toList());
                }
            }
        }
        return problems;
    }

    /** An answer of the payments API. */
    record Answer(int statusCode, String body) {
    }

    private static Answer pay(WebClient client, long id, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.settings().appUrl()
                        + "/api/v1/disbursements/" + id + "/payment"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<byte[]> answer = client.exchange(request);
        return new Answer(answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    }

    private static String payment(String reference) {
        return Json.createObjectBuilder().add("reference", reference).add("valueDate", "2027-07-15").build().toString();
    }

    private static String key(long id) {
        return "drill-key-" + id;
    }

    private static String reference(long id) {
        return "DRILL-" + id;
    }

    private static JsonObject json(Answer response) {
        return json(response.body());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static WebClient login(String username) throws Exception {
        WebClient client = new WebClient("en", stack.settings().appUrl(), stack.settings().keycloakUrl());
        HttpResponse<String> landing = client.login(username, "demo", username.startsWith("finance") ? "/finance/"
                : "/officer/");
        assertEquals(200, landing.statusCode(), "log in " + username);
        return client;
    }

    // --- the stack's database, written while the application server is stopped --------------------------------------

    /**
     * Stops the application server, copies the demo award {@code count} times (each for a copy of its application, as
     * the awards' unique constraints require) with its first tranche's moc share approved (requested by the grantee,
     * checked by officer.moc, approved by approver.moc), and starts it again. Answers the disbursements' ids.
     */
    private static List<Long> seed(int count) throws Exception {
        stack.stopApplication();
        List<Long> ids = new ArrayList<>();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                long award = FIRST_AWARD + seeded++;
                long application = award;
                copy(db, "application", "id", DEMO_APPLICATION, Map.of("id", application));
                copy(db, "award", "id", DEMO_AWARD, Map.of("id", award, "application_id", application,
                        "number", "1008-D" + award, "seq", award));
                copy(db, "award_part", "award_id", DEMO_AWARD, Map.of("award_id", award));
                copy(db, "award_tranche", "award_id", DEMO_AWARD, Map.of("award_id", award));
                copy(db, "award_obligation", "award_id", DEMO_AWARD, Map.of("award_id", award));
                try (PreparedStatement s = db.prepareStatement("insert into disbursement (award_id, tranche_position, "
                        + "ministry_code, amount, status, progress_report, spent_so_far, requested_by, requested_at, "
                        + "version) values (?, 0, 'moc', ?, 'APPROVED', 'Signed agreement', 0, ?, current_timestamp, 3)",
                        PreparedStatement.RETURN_GENERATED_KEYS)) {
                    s.setLong(1, award);
                    s.setLong(2, SHARE);
                    s.setString(3, GRANTEE);
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
                long id = ids.get(ids.size() - 1);
                String[][] steps = {{GRANTEE, "REQUEST_TRANCHE"}, {OFFICER_MOC, "CHECK_TRANCHE"},
                        {APPROVER_MOC, "APPROVE_TRANCHE"}};
                for (int p = 0; p < steps.length; p++) {
                    try (PreparedStatement s = db.prepareStatement("insert into disbursement_step (disbursement_id, "
                            + "position, actor_subject, action, taken_at, reason) values (?, ?, ?, ?, current_timestamp, null)")) {
                        s.setLong(1, id);
                        s.setInt(2, p);
                        s.setString(3, steps[p][0]);
                        s.setString(4, steps[p][1]);
                        s.executeUpdate();
                    }
                }
            }
            db.commit();
        } finally {
            stack.restartApplication();
        }
        return ids;
    }

    /** Copies the rows of {@code table} where {@code column = value}, with the columns of {@code changed} replaced. */
    private static void copy(Connection db, String table, String column, long value, Map<String, Object> changed)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, null, table.toUpperCase(), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase());
            }
        }
        String selected = columns.stream().map(c -> changed.containsKey(c) ? "?" : c).collect(Collectors.joining(", "));
        try (PreparedStatement s = db.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
                + ") select " + selected + " from " + table + " where " + column + " = ?")) {
            int p = 1;
            for (String c : columns) {
                if (changed.containsKey(c)) {
                    s.setObject(p++, changed.get(c));
                }
            }
            s.setLong(p, value);
            assertTrue(s.executeUpdate() > 0, "copied " + table + " " + value);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(stack.settings().databaseUrl(),
                System.getenv().getOrDefault("OPENDIVIDEND_DB_USER", "opendividend"),
                System.getenv().getOrDefault("OPENDIVIDEND_DB_PASSWORD", DevStack.DEMO_DB_PASSWORD));
    }

    /** The payments of a disbursement as the database holds them: reference and key. */
    private static List<String[]> payments(Connection db, long disbursement) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select payment_reference, idempotency_key from disbursement_payment where disbursement_id = ?")) {
            s.setLong(1, disbursement);
            try (ResultSet rs = s.executeQuery()) {
                List<String[]> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(new String[]{rs.getString(1), rs.getString(2)});
                }
                return rows;
            }
        }
    }
}
