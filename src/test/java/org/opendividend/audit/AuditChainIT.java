package org.opendividend.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendividend.arquillian.Deployments;
import org.opendividend.audit.boundary.AuditFacade;
import org.opendividend.audit.control.AuditChain;
import org.opendividend.audit.control.AuditCheckpoints;
import org.opendividend.audit.control.ChainProblem;
import org.opendividend.audit.control.ChainProblem.Kind;
import org.opendividend.audit.control.ChainVerification;
import org.opendividend.audit.control.CheckedCheckpoint;
import org.opendividend.audit.control.CheckpointLog;
import org.opendividend.audit.control.CheckpointState;
import org.opendividend.audit.entity.Checkpoint;
import org.opendividend.ministries.boundary.MinistryFacade;
import org.opendividend.ministries.boundary.MinistryView;
import org.opendividend.people.boundary.PersonFacade;
import org.opendividend.people.entity.Person;
import org.opendividend.platform.configuration.StartupSettings;
import org.opendividend.platform.events.AccessRefused;
import org.opendividend.platform.events.Actor;
import org.opendividend.platform.events.DomainEvent;
import org.opendividend.platform.identity.Caller;
import org.opendividend.platform.identity.CurrentUser;
import org.opendividend.platform.identity.Role;
import org.opendividend.platform.security.AccessDeniedException;
import org.opendividend.platform.validation.NoSuchObjectException;
import org.opendividend.platform.web.AccessRefusals;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The audit trail in Payara Micro against the database that Flyway migrated: domain events become links of the
 * hash chain in the transaction of the change, verification finds altered and deleted rows, only the fund-admin
 * may read or verify the log, and person profiles synchronised at login are audited.
 * <p>
 * Each test appends entries of its own and puts back any row it tampered with, so the tests do not depend on their
 * order; every tampering test first checks that the chain it starts from is intact.
 */
@ExtendWith(ArquillianExtension.class)
public class AuditChainIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.foundation("audit-it.war")
                .addPackages(true, Deployments.mainClassesOnly(), "org.opendividend.audit")
                .addClasses(ProbeEvent.class, ProbeEvent.Step.class, AuditTable.class, AuditTable.Row.class, AuditTable.Head.class,
                        AuditTable.Rewritten.class);
    }

    @Inject
    Event<DomainEvent> events;

    @Inject
    UserTransaction transaction;

    @Inject
    AuditChain chain;

    @Inject
    AuditFacade auditFacade;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    PersonFacade people;

    @Inject
    MinistryFacade ministries;

    @Inject
    CurrentUser currentUser;

    @Inject
    BeanManager beanManager;

    @Inject
    Event<AccessRefused> refusals;

    @Inject
    AccessRefusals accessRefusals;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:app/jdbc/opendividend")
    DataSource dataSource;

    private AuditTable table;

    @BeforeEach
    void onTheTestDatabaseOnly() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            // the tests tamper with the audit log: never let them near a developer's database
            if (!url.startsWith("jdbc:h2:mem:")) {
                fail("the tests must run against the in-memory database of arquillian.xml, not " + url);
            }
        }
        table = new AuditTable(dataSource);
    }

    @AfterEach
    void noTransactionLeftOpen() throws Exception {
        if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            transaction.rollback();
        }
    }

    // --- the migrated database -------------------------------------------------------------------------------

    @Test
    void flywayMigratedTheSchemaAndSeededTheDemoMinistries() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(tables.containsAll(Set.of("ministry", "fund_programme", "fund_programme_ministry", "person",
                "person_ministry", "person_role", "audit_entry", "audit_chain_head", "flyway_schema_history")),
                "tables: " + tables);

        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select \"script\", \"success\" from \"flyway_schema_history\" where \"version\" = '1'");
             ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "flyway_schema_history has no row for version 1");
            assertEquals("V1__foundation.sql", rs.getString("script"));
            assertTrue(rs.getBoolean("success"), "migration V1 did not succeed");
            assertFalse(rs.next(), "version 1 recorded twice");
        }

        List<String> codes = ministries.activeMinistries().stream().map(MinistryView::code).toList();
        assertTrue(codes.containsAll(List.of("moc", "nstc", "moda")), "active ministries: " + codes);
        assertEquals("Ministry of Culture", ministries.ministry("moc").orElseThrow().nameEn());
        assertEquals("數位發展部", ministries.ministry("moda").orElseThrow().nameZhTw());
    }

    // --- appending ---------------------------------------------------------------------------------------------

    @Test
    void eventsFiredInATransactionAppendContiguousLinksToTheChain() throws Exception {
        AuditTable.Head before = table.head();
        ProbeEvent first = ProbeEvent.fresh("OPENED");
        ProbeEvent second = ProbeEvent.fresh("CLOSED");

        transaction.begin();
        events.fire(first);
        events.fire(second);
        transaction.commit();

        List<AuditTable.Row> appended = table.entriesAfter(before.lastSeq());
        assertEquals(2, appended.size(), "entries appended");
        AuditTable.Row one = appended.get(0);
        AuditTable.Row two = appended.get(1);
        assertEquals(before.lastSeq() + 1, one.seq());
        assertEquals(before.lastSeq() + 2, two.seq());
        assertEquals(before.lastHash(), one.text("previous_hash"), "first entry links to the former end");
        assertEquals(one.text("entry_hash"), two.text("previous_hash"), "second entry links to the first");
        assertNotEquals(one.text("entry_hash"), two.text("entry_hash"));
        assertSameContent(first, one);
        assertSameContent(second, two);
        assertEquals(new AuditTable.Head(two.seq(), two.text("entry_hash")), table.head(), "recorded end of chain");
    }

    @Test
    void anEntryIsWrittenInTheTransactionOfTheChangeAndRolledBackWithIt() throws Exception {
        AuditTable.Head before = table.head();
        long entries = table.count();
        ProbeEvent probe = ProbeEvent.fresh("ABANDONED");

        transaction.begin();
        events.fire(probe);
        // the observer ran synchronously: the entry is already there, within this transaction
        assertEquals(probe.objectId(), chain.latest(1).get(0).objectId());
        transaction.rollback();

        assertEquals(List.of(), table.entriesAbout(ProbeEvent.TYPE, probe.objectId()));
        assertEquals(entries, table.count());
        assertEquals(before, table.head(), "the end of the chain did not move");
    }

    @Test
    void anEventOutsideATransactionIsRefusedAndLeavesNoEntry() throws Exception {
        AuditTable.Head before = table.head();
        ProbeEvent probe = ProbeEvent.fresh("UNGUARDED");

        RuntimeException refused = assertThrows(RuntimeException.class, () -> events.fire(probe));

        assertTrue(causedBy(refused, TransactionalException.class), "not refused for want of a transaction: " + refused);
        assertEquals(List.of(), table.entriesAbout(ProbeEvent.TYPE, probe.objectId()));
        assertEquals(before, table.head());
    }

    // --- verification ------------------------------------------------------------------------------------------

    @Test
    void anUntamperedChainIsIntact() throws Exception {
        appendProbes(3);
        AuditTable.Head head = table.head();

        ChainVerification verdict = chain.verify();

        assertTrue(verdict.intact(), "problems: " + verdict.problems());
        assertEquals(0, verdict.problemCount());
        assertEquals(List.of(), verdict.problems());
        assertEquals(head.lastSeq(), verdict.entriesChecked());
        assertEquals(head.lastSeq(), verdict.recordedEnd());
    }

    @Test
    void aChangedSummaryIsReportedAsAlteredAtItsEntry() throws Exception {
        long altered = appendProbes(3).get(1);
        assertIntact();
        AuditTable.Row original = table.entry(altered);

        table.changeSummary(altered, original.text("summary") + " (amended)");
        try {
            ChainVerification verdict = chain.verify();

            assertFalse(verdict.intact());
            assertEquals(List.of(Kind.ALTERED + "@" + altered), describe(verdict.problems()));
            assertEquals(1, verdict.problemCount());
        } finally {
            table.changeSummary(altered, original.text("summary"));
        }
        assertIntact();
    }

    @Test
    void aDeletedEntryInTheMiddleIsReportedAsMissing() throws Exception {
        long deleted = appendProbes(3).get(1);
        assertIntact();
        AuditTable.Row original = table.entry(deleted);

        table.delete(deleted);
        try {
            ChainVerification verdict = chain.verify();

            assertFalse(verdict.intact());
            ChainProblem first = verdict.problems().get(0);
            assertEquals(Kind.MISSING, first.kind(), "problems: " + verdict.problems());
            assertEquals(deleted, first.seq());
            assertTrue(verdict.problems().stream().noneMatch(p -> p.kind() == Kind.ALTERED || p.kind() == Kind.TRUNCATED),
                    "problems: " + verdict.problems());
        } finally {
            table.insert(original);
        }
        assertIntact();
    }

    @Test
    void aDeletedLastEntryIsReportedAsTruncation() throws Exception {
        long last = appendProbes(3).get(2);
        assertEquals(last, table.head().lastSeq(), "the probes are the end of the chain");
        assertIntact();
        AuditTable.Row original = table.entry(last);

        table.delete(last);
        try {
            ChainVerification verdict = chain.verify();

            assertFalse(verdict.intact());
            assertEquals(List.of(Kind.TRUNCATED + "@" + last), describe(verdict.problems()));
            assertEquals(last - 1, verdict.entriesChecked());
            assertEquals(last, verdict.recordedEnd());
        } finally {
            table.insert(original);
        }
        assertIntact();
    }

    @Test
    void verifyingWhilePeopleWorkReportsNoFalseBreak() throws Exception {
        appendProbes(1);
        List<ChainVerification> verdicts = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicBoolean appending = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread verifying = new Thread(() -> {
            while (appending.get()) {
                verdicts.add(chain.verify());
            }
        });
        verifying.start();
        try {
            appendProbes(40);
        } finally {
            appending.set(false);
            verifying.join(60_000);
        }
        assertTrue(verdicts.size() >= 2, "verified while appending: " + verdicts.size());
        assertEquals(List.of(), verdicts.stream().filter(v -> !v.intact()).map(ChainVerification::problems).toList());
        assertIntact();
    }

    @Test
    void anEntryWrittenPastTheRecordedEndIsReported() throws Exception {
        long last = appendProbes(2).get(1);
        assertIntact();
        java.util.Map<String, Object> forged = new java.util.HashMap<>(table.entry(last).columns());
        forged.put("seq", last + 1);
        table.insert(new AuditTable.Row(forged));
        try {
            ChainVerification verdict = chain.verify();

            assertFalse(verdict.intact());
            assertEquals(List.of(Kind.END_MISMATCH + "@" + (last + 1)), describe(verdict.problems()));
        } finally {
            table.delete(last + 1);
        }
        assertIntact();
    }

    // --- checkpoints outside the database ----------------------------------------------------------------------

    @Test
    void aCheckpointOfTheEndIsSignedIntoTheFileAndVerified() throws Exception {
        long last = appendProbes(2).get(1);
        int before = checkpoints.read().size();

        Checkpoint written = checkpoints.write().orElseThrow();

        assertEquals(new Checkpoint(before + 1, last, table.entry(last).text("entry_hash"), written.at(),
                written.signature()), written);
        List<CheckedCheckpoint> read = checkpoints.read();
        assertEquals(before + 1, read.size());
        assertEquals(new CheckedCheckpoint(before + 1, written, true), read.get(before));
        Path file = StartupSettings.current().auditCheckpointDir().orElseThrow().resolve(CheckpointLog.FILE);
        assertEquals(written.toJsonLine(), Files.readAllLines(file).get(before), "one JSON line per checkpoint");
        assertEquals(CheckpointState.Verdict.MATCHES, checkpoints.last().verdict());
        assertIntact();
    }

    @Test
    void aChainRewrittenWithEveryHashRecomputedIsCaughtByTheCheckpointSignedBefore() throws Exception {
        List<Long> probes = appendProbes(3);
        Checkpoint signed = checkpoints.write().orElseThrow();
        assertIntact();

        AuditTable.Rewritten original = table.rewriteAndRehash(probes.get(0), "nothing happened here");
        try {
            ChainVerification verdict = chain.verify();

            assertFalse(verdict.intact());
            assertEquals(List.of(Kind.REWRITTEN_BEFORE_CHECKPOINT + "@" + signed.seq()),
                    describe(verdict.problems()), "the chain alone is intact again: only the checkpoint tells");
            assertEquals(signed.number(), verdict.problems().get(0).checkpoint());
            assertEquals(CheckpointState.Verdict.REWRITTEN, checkpoints.last().verdict());
        } finally {
            table.restore(original);
        }
        assertIntact();
        assertEquals(CheckpointState.Verdict.MATCHES, checkpoints.last().verdict());
    }

    // --- who may read the log ----------------------------------------------------------------------------------

    @Test
    void anAnonymousCallerMayNeitherVerifyNorReadTheLog() throws Exception {
        appendProbes(1);
        assertTrue(beanManager.getContext(RequestScoped.class).isActive(), "request context of the test invocation");
        assertFalse(currentUser.isLoggedIn(), "nobody is logged in during the test");

        AccessDeniedException verifying = assertThrows(AccessDeniedException.class, () -> auditFacade.verify());
        AccessDeniedException reading = assertThrows(AccessDeniedException.class, () -> auditFacade.latest(10));

        assertEquals("denied.fundAdminOnly", verifying.reasonKey());
        assertEquals("denied.fundAdminOnly", reading.reasonKey());
    }

    // --- refused access --------------------------------------------------------------------------------------

    @Test
    void aRefusalOfALoggedInPersonIsAuditedOnceAMinuteEvenWhenItsRequestRollsBack() throws Exception {
        String subject = UUID.randomUUID().toString();
        String object = "/officer/screening.xhtml?id=" + subject.substring(0, 8);
        AccessRefused refused = new AccessRefused(new Actor(subject, "林雅婷"), "Page", object, "GET",
                "denied.role.officer");

        refusals.fire(refused);
        refusals.fire(refused);
        transaction.begin();
        refusals.fire(new AccessRefused(refused.actor(), "Page", object, "POST", "denied.role.officer"));
        transaction.rollback();

        List<AuditTable.Row> audited = table.entriesAbout("Page", object);
        assertEquals(List.of("ACCESS_REFUSED", "ACCESS_REFUSED"), actions(audited),
                "the repeated GET coalesced; the POST recorded although its transaction rolled back");
        assertEquals(subject, audited.get(0).text("actor_subject"));
        assertEquals("林雅婷", audited.get(0).text("actor_name"));
        assertEquals("GET refused: denied.role.officer", audited.get(0).text("summary"));
        assertEquals("POST refused: denied.role.officer", audited.get(1).text("summary"));
        assertIntact();
    }

    @Test
    void aRefusalOfAnAnonymousVisitorIsNotAudited() throws Exception {
        assertFalse(currentUser.isLoggedIn(), "nobody is logged in during the test");
        long entries = table.count();

        accessRefusals.refused(request, new NoSuchObjectException("Application", UUID.randomUUID()));
        accessRefusals.refused(request, "denied.role.officer");

        assertEquals(entries, table.count());
    }

    // --- person profiles ---------------------------------------------------------------------------------------

    @Test
    void aFirstLoginRegistersThePersonAndIsAudited() throws Exception {
        String subject = UUID.randomUUID().toString();
        Caller caller = caller(subject, "張家豪", "chang@example.tw", EnumSet.of(Role.APPLICANT), "moc");

        people.recordLogin(caller);

        Person person = people.bySubject(subject).orElseThrow(() -> new AssertionError("no profile for " + subject));
        assertEquals("張家豪", person.displayName());
        assertEquals("chang@example.tw", person.email());
        assertEquals(Set.of("moc"), person.ministries());
        assertEquals(Set.of("applicant"), person.roles());

        List<AuditTable.Row> audited = table.entriesAbout("Person", subject);
        assertEquals(List.of("REGISTERED"), actions(audited));
        AuditTable.Row registered = audited.get(0);
        assertEquals(subject, registered.text("actor_subject"));
        assertEquals("張家豪", registered.text("actor_name"));
        assertTrue(registered.text("summary").contains("applicant") && registered.text("summary").contains("moc"),
                registered.text("summary"));
        assertIntact();
    }

    @Test
    void aChangedProfileIsAuditedAndAnUnchangedLoginIsNot() throws Exception {
        String subject = UUID.randomUUID().toString();
        people.recordLogin(caller(subject, "Ada Lovelace", "ada@example.org", EnumSet.of(Role.REVIEWER), "nstc"));

        Caller changed = caller(subject, "Ada King", "ada@example.org", EnumSet.of(Role.REVIEWER), "nstc", "moda");
        people.recordLogin(changed);

        Person person = people.bySubject(subject).orElseThrow();
        assertEquals("Ada King", person.displayName());
        assertEquals(Set.of("nstc", "moda"), person.ministries());
        List<AuditTable.Row> audited = table.entriesAbout("Person", subject);
        assertEquals(List.of("REGISTERED", "PROFILE_CHANGED"), actions(audited));
        String summary = audited.get(1).text("summary");
        assertTrue(summary.contains("displayName") && summary.contains("ministries"), summary);
        assertFalse(summary.contains("email") || summary.contains("username"), summary);

        people.recordLogin(changed);

        assertEquals(List.of("REGISTERED", "PROFILE_CHANGED"), actions(table.entriesAbout("Person", subject)),
                "an unchanged profile is not audited again");
        assertFalse(people.bySubject(subject).orElseThrow().lastLoginAt().isBefore(person.lastLoginAt()));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Fires probes, one transaction each, and answers their sequence numbers. */
    private List<Long> appendProbes(int count) throws Exception {
        List<ProbeEvent> probes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProbeEvent probe = ProbeEvent.fresh("STEP_" + i);
            transaction.begin();
            events.fire(probe);
            transaction.commit();
            probes.add(probe);
        }
        List<Long> seqs = new ArrayList<>();
        for (ProbeEvent probe : probes) {
            List<AuditTable.Row> rows = table.entriesAbout(ProbeEvent.TYPE, probe.objectId());
            assertEquals(1, rows.size(), "entries for " + probe);
            seqs.add(rows.get(0).seq());
        }
        return seqs;
    }

    private void assertIntact() {
        ChainVerification verdict = chain.verify();
        assertTrue(verdict.intact(), "chain not intact: " + verdict.problems());
    }

    private static void assertSameContent(ProbeEvent event, AuditTable.Row row) {
        assertEquals(event.objectType(), row.text("object_type"));
        assertEquals(event.objectId(), row.text("object_id"));
        assertEquals(event.action().name(), row.text("action"));
        assertEquals(event.summary(), row.text("summary"));
        assertEquals(event.actor().subject(), row.text("actor_subject"));
        assertEquals(event.actor().displayName(), row.text("actor_name"));
    }

    private static List<String> describe(List<ChainProblem> problems) {
        return problems.stream().map(p -> p.kind() + "@" + p.seq()).toList();
    }

    private static List<String> actions(List<AuditTable.Row> rows) {
        return rows.stream().map(r -> r.text("action")).toList();
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Caller caller(String subject, String name, String email, Set<Role> roles, String... ministries) {
        return new Caller(subject, "user-" + subject.substring(0, 8), name, email, email != null, roles,
                new TreeSet<>(List.of(ministries)));
    }
}
