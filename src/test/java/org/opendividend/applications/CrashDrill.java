package org.opendividend.applications;

import jakarta.json.JsonObject;
import org.opendividend.devstack.DevStack;
import org.opendividend.platform.security.Sha256;
import org.opendividend.devstack.MailCatcher;
import org.opendividend.stack.WebClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.opendividend.applications.ApplicantApi.array;
import static org.opendividend.applications.ApplicantApi.expect;
import static org.opendividend.applications.ApplicantApi.object;

/**
 * A fault drill against the running stack: applicants who have everything ready upload their project plan and submit
 * within about a second, and a fault (the application server killed, the database server killed) strikes after a given number
 * of acknowledgements, while the others are in flight. Afterwards, with the servers up again, every acknowledged
 * submission must be there with the snapshot it was acknowledged with and its file, and every interrupted one must be
 * a working copy that its applicant can submit again, without a duplicate version.
 */
public final class CrashDrill {

    public static final long CALL = 1001;
    private static final String PLAN = "PROJECT_PLAN";
    private static final String PASSWORD = "Crash-Drill-2026";
    /**
     * The applicants start one after another at this interval, so that requests are in flight whenever the fault
     * strikes: all at once, the group commit answered them together and a kill after the first receipt came too late.
     */
    private static final long STAGGER_MILLIS = 60;

    private final DevStack stack;
    private final String run = Long.toString(System.nanoTime(), 36);
    private final List<Applicant> applicants = new ArrayList<>();
    /**
     * The Message-IDs of the mails caught before the current burst: receipts of an earlier database may repeat, and
     * their mails must not count.
     */
    private Set<String> mailsBefore = Set.of();

    /** One prepared applicant: their name, client (replaced after a restart) and application. */
    public static final class Applicant {
        final String username;
        final int number;
        ApplicantApi api;
        long application;

        Applicant(String username, int number) {
            this.username = username;
            this.number = number;
        }
    }

    /** What one applicant experienced in a burst. */
    public record Outcome(Applicant applicant, byte[] plan, String planSha256, int status, String receipt,
                          String snapshotSha256, int versionsBefore, String failure) {

        public boolean acknowledged() {
            return status == 201 && receipt != null;
        }
    }

    /**
     * The findings of one round.
     *
     * @param answers how the interrupted requests ended: HTTP status (0 for a connection closed without an answer)
     */
    public record Round(String fault, int acknowledged, int interrupted, java.util.Map<Integer, Long> answers,
                        List<String> problems) {
    }

    public CrashDrill(DevStack stack) {
        this.stack = stack;
    }

    /** Registers the applicants on Keycloak's page and prepares an application for each in the current database. */
    public void registerAndPrepare(int count) throws Exception {
        JsonObject call = callJson();
        List<Applicant> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(new Applicant("drill-" + run + "-" + i, i));
        }
        inParallel(created, a -> {
            WebClient client = client();
            expect(200, client.register(a.username, PASSWORD), "register " + a.username);
            a.api = new ApplicantApi(client, stack.settings().appUrl());
            a.application = a.api.prepareApplication(call, a.number, title(a), PLAN);
        });
        applicants.addAll(created);
    }

    /** The same people log in again (after a restart or on another database) and prepare new applications there. */
    public void prepareAgainInThisDatabase() throws Exception {
        JsonObject call = callJson();
        logInAgain();
        inParallel(applicants, a -> a.application = a.api.prepareApplication(call, a.number, title(a), PLAN));
    }

    /** Everyone submits at once; {@code fault} strikes once {@code afterAcknowledgements} receipts were given. */
    public List<Outcome> burst(int round, int afterAcknowledgements, FaultAction fault) throws Exception {
        List<Integer> versionsBefore = new ArrayList<>();
        for (Applicant a : applicants) {
            versionsBefore.add(array(a.api.versions(a.application)).size());
        }
        mailsBefore = messageIds(stack.mails().received());
        CountDownLatch ready = new CountDownLatch(applicants.size());
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch acknowledgements = new CountDownLatch(afterAcknowledgements);
        ExecutorService crowd = Executors.newFixedThreadPool(applicants.size() + 1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < applicants.size(); i++) {
                Applicant a = applicants.get(i);
                long startsAfter = i * STAGGER_MILLIS;
                int before = versionsBefore.get(i);
                long version = object(a.api.get(a.application)).getJsonNumber("version").longValue();
                byte[] plan = ApplicantApi.pdf(a.username + "-plan-" + round, 256 * 1024);
                futures.add(crowd.submit(() -> {
                    ready.countDown();
                    go.await();
                    Thread.sleep(startsAfter);
                    Outcome outcome = uploadAndSubmit(a, plan, version, before);
                    if (outcome.acknowledged()) {
                        acknowledgements.countDown();
                    }
                    return outcome;
                }));
            }
            Future<?> striking = crowd.submit(() -> {
                // the fault strikes after the given receipts, or after half a minute whatever came
                acknowledgements.await(30, TimeUnit.SECONDS);
                fault.strike();
                return null;
            });
            ready.await();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(5, TimeUnit.MINUTES));
            }
            striking.get(5, TimeUnit.MINUTES);
            return outcomes;
        } finally {
            crowd.shutdownNow();
        }
    }

    /** A fault to strike in the middle of a burst. */
    @FunctionalInterface
    public interface FaultAction {
        void strike() throws Exception;
    }

    private Outcome uploadAndSubmit(Applicant a, byte[] plan, long version, int before) {
        String sha = Sha256.hex(plan);
        try {
            HttpResponse<String> upload = a.api.attach(a.application, PLAN, "計畫書.pdf", plan);
            if (upload.statusCode() != 201) {
                return new Outcome(a, plan, sha, upload.statusCode(), null, null, before, "upload: " + upload.body());
            }
            HttpResponse<String> submit = a.api.submit(a.application, version);
            if (submit.statusCode() != 201) {
                return new Outcome(a, plan, sha, submit.statusCode(), null, null, before, "submit: " + submit.body());
            }
            JsonObject receipt = object(submit);
            return new Outcome(a, plan, sha, 201, receipt.getString("receipt"), receipt.getString("sha256"), before, null);
        } catch (IOException | InterruptedException | RuntimeException e) {
            return new Outcome(a, plan, sha, 0, null, null, before, e.toString());
        }
    }

    /**
     * After the servers are up again: every acknowledged submission has its receipt with the acknowledged snapshot
     * hash, its plan's hash among the attachments and the plan's file in the store; every interrupted one is a
     * working copy with what was typed, and is submitted again, once. Every receipt gets its mail.
     */
    public Round verify(String fault, List<Outcome> outcomes) throws Exception {
        logInAgain();
        List<String> problems = new ArrayList<>();
        Set<String> receipts = new HashSet<>();
        for (Outcome o : outcomes) {
            Applicant a = o.applicant();
            List<JsonObject> versions = array(a.api.versions(a.application)).stream().map(v -> (JsonObject) v).toList();
            Set<Integer> numbers = versions.stream().map(v -> v.getInt("number")).collect(Collectors.toSet());
            if (numbers.size() != versions.size()) {
                problems.add(a.username + ": duplicate version numbers " + versions);
            }
            if (o.acknowledged()) {
                receipts.add(o.receipt());
                checkAcknowledged(o, versions, problems);
            } else {
                receipts.addAll(checkInterruptedAndSubmitAgain(o, versions, problems));
            }
        }
        checkMails(receipts, problems);
        int acknowledged = (int) outcomes.stream().filter(Outcome::acknowledged).count();
        var answers = outcomes.stream().filter(o -> !o.acknowledged())
                .collect(Collectors.groupingBy(Outcome::status, java.util.TreeMap::new, Collectors.counting()));
        return new Round(fault, acknowledged, outcomes.size() - acknowledged, answers, problems);
    }

    private void checkAcknowledged(Outcome o, List<JsonObject> versions, List<String> problems) throws Exception {
        Applicant a = o.applicant();
        boolean kept = versions.stream().anyMatch(v -> v.getString("receipt").equals(o.receipt())
                && v.getString("sha256").equals(o.snapshotSha256()));
        if (!kept) {
            problems.add(o.receipt() + " was acknowledged and is gone (or its snapshot changed): " + versions);
        }
        boolean attached = object(a.api.get(a.application)).getJsonArray("attachments").stream().map(x -> (JsonObject) x)
                .anyMatch(x -> x.getString("type").equals(PLAN) && x.getString("sha256").equals(o.planSha256()));
        Path file = stack.settings().filesDir().resolve(o.planSha256().substring(0, 2)).resolve(o.planSha256());
        if (!attached || !Files.isRegularFile(file) || !Sha256.hex(Files.readAllBytes(file)).equals(o.planSha256())) {
            problems.add(o.receipt() + ": the plan it was submitted with is missing (recorded " + attached + ", file "
                    + Files.isRegularFile(file) + ")");
        }
    }

    /** An interrupted submission: either it committed before its answer was lost, or the working copy is intact. */
    private Set<String> checkInterruptedAndSubmitAgain(Outcome o, List<JsonObject> versions, List<String> problems)
            throws Exception {
        Applicant a = o.applicant();
        JsonObject working = object(a.api.get(a.application));
        if (!working.getJsonObject("titles").getString("en").equals(title(a))) {
            problems.add(a.username + ": what was typed is lost: " + working.getJsonObject("titles"));
        }
        boolean planKept = working.getJsonArray("attachments").stream().map(x -> (JsonObject) x)
                .anyMatch(x -> x.getString("type").equals(PLAN) && x.getString("sha256").equals(o.planSha256()));
        if (!planKept) {
            // the upload itself was interrupted: the applicant uploads the plan again, as they would
            expect(201, a.api.attach(a.application, PLAN, "計畫書.pdf", o.plan()), a.username + " uploads again");
        }
        HttpResponse<String> again = a.api.submit(a.application, working.getJsonNumber("version").longValue());
        if (again.statusCode() != 201) {
            problems.add(a.username + ": could not submit again after the fault: " + again.statusCode() + " " + again.body());
            return Set.of();
        }
        String receipt = object(again).getString("receipt");
        List<JsonObject> after = array(a.api.versions(a.application)).stream().map(v -> (JsonObject) v).toList();
        if (after.size() != versions.size() + 1 || after.stream().filter(v -> v.getString("receipt").equals(receipt)).count() != 1) {
            problems.add(a.username + ": submitting again gave " + after.size() + " versions after " + versions.size());
        }
        Set<String> mailed = new HashSet<>(Set.of(receipt));
        // a submission committed just before the fault, whose answer was lost, has its receipt (and mail) too
        versions.stream().skip(o.versionsBefore()).forEach(v -> mailed.add(v.getString("receipt")));
        return mailed;
    }

    private void checkMails(Set<String> receipts, List<String> problems) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        Set<String> missing = new HashSet<>(receipts);
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            List<String> subjects = stack.mails().received().stream()
                    .filter(m -> !mailsBefore.contains(messageId(m))).map(MailCatcher::subject).toList();
            missing.removeIf(r -> subjects.stream().anyMatch(s -> s.contains(r)));
            if (!missing.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        if (!missing.isEmpty()) {
            problems.add("no confirmation mail for " + missing);
        }
    }

    private static Set<String> messageIds(List<jakarta.mail.internet.MimeMessage> mails) {
        return mails.stream().map(CrashDrill::messageId).collect(Collectors.toSet());
    }

    private static String messageId(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void logInAgain() throws Exception {
        inParallel(applicants, a -> {
            WebClient client = client();
            expect(200, client.login(a.username, PASSWORD, "/applicant/"), "log in " + a.username);
            a.api = new ApplicantApi(client, stack.settings().appUrl());
        });
    }

    private JsonObject callJson() throws IOException, InterruptedException {
        return object(expect(200, client().get(stack.settings().appUrl() + "/api/v1/calls/" + CALL), "the call"));
    }

    private WebClient client() {
        return new WebClient("zh-TW", stack.settings().appUrl(), stack.settings().keycloakUrl());
    }

    private static String title(Applicant a) {
        return "Drill " + a.number;
    }

    @FunctionalInterface
    private interface Step {
        void on(Applicant applicant) throws Exception;
    }

    private static void inParallel(List<Applicant> applicants, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Applicant a : applicants) {
                futures.add(pool.submit(() -> {
                    step.on(a);
                    return null;
                }));
            }
            for (Future<Object> future : futures) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

}
