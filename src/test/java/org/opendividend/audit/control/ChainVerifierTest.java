package org.opendividend.audit.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendividend.audit.control.ChainProblem.Kind;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.audit.entity.ChainHash;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2025-03-01T00:00:00Z");
    private static final Instant VERIFIED_AT = Instant.parse("2025-04-01T12:00:00Z");

    private static AuditRecord record(long n) {
        return new AuditRecord(T0.plusSeconds(n), "sub-" + n, "Person " + n, "Application", "app-" + n,
                "submitted", "application " + n + " submitted");
    }

    /** A correctly linked chain 1..n, built as the head builds it: each entry after the previous one's hash. */
    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditEntry entry = new AuditEntry(seq, record(seq), previous);
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> walked, long headSeq, String headHash) {
        ChainVerifier verifier = new ChainVerifier();
        walked.forEach(verifier::accept);
        return verifier.finish(headSeq, headHash, VERIFIED_AT);
    }

    /** Verifies against the head of the untouched chain, as recorded in audit_chain_head. */
    private static ChainVerification verify(List<AuditEntry> walked, List<AuditEntry> original) {
        AuditEntry last = original.get(original.size() - 1);
        return verify(walked, last.seq(), last.entryHash());
    }

    /**
     * Simulates someone editing a row in the database. AuditEntry is immutable by design (no setters), so a pure
     * unit test can only tamper with it by reflection on its private fields.
     */
    private static void tamper(AuditEntry entry, String fieldName, Object value) {
        try {
            Field field = AuditEntry.class.getDeclaredField(fieldName);
            field.setAccessible(true);
            field.set(entry, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot tamper with " + fieldName, e);
        }
    }

    @Test
    void intactChainIsReportedIntact() {
        List<AuditEntry> entries = chain(10);
        ChainVerification verdict = verify(entries, entries);
        assertTrue(verdict.intact());
        assertEquals(10, verdict.entriesChecked());
        assertEquals(10, verdict.recordedEnd());
        assertEquals(0, verdict.problemCount());
        assertEquals(List.of(), verdict.problems());
        assertEquals(VERIFIED_AT, verdict.verifiedAt());
    }

    @Test
    void emptyChainWithGenesisHeadIsIntact() {
        ChainVerification verdict = verify(List.of(), 0, ChainHash.GENESIS);
        assertTrue(verdict.intact());
        assertEquals(0, verdict.entriesChecked());
        assertEquals(0, verdict.recordedEnd());
        assertEquals(0, verdict.problemCount());
        assertTrue(verdict.problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary", "actorName", "actorSubject", "objectType", "objectId", "action"})
    void alteredContentIsReportedAtThatEntryOnly(String fieldName) {
        List<AuditEntry> entries = chain(6);
        tamper(entries.get(3), fieldName, "tampered");
        ChainVerification verdict = verify(entries, entries);
        assertFalse(verdict.intact());
        assertEquals(6, verdict.entriesChecked());
        assertEquals(1, verdict.problemCount());
        assertEquals(1, verdict.problems().size());
        ChainProblem problem = verdict.problems().get(0);
        assertEquals(Kind.ALTERED, problem.kind());
        assertEquals(4, problem.seq());
    }

    @Test
    void alteredTimeIsReportedAsAltered() {
        List<AuditEntry> entries = chain(3);
        tamper(entries.get(0), "occurredAt", T0.minusSeconds(3600));
        ChainVerification verdict = verify(entries, entries);
        assertEquals(List.of(Kind.ALTERED), verdict.problems().stream().map(ChainProblem::kind).toList());
        assertEquals(1, verdict.problems().get(0).seq());
    }

    @Test
    void deletedMiddleEntryIsReportedMissingFromItsNumber() {
        List<AuditEntry> entries = chain(6);
        List<AuditEntry> walked = new ArrayList<>(entries);
        walked.remove(2); // entry 3
        ChainVerification verdict = verify(walked, entries);
        assertFalse(verdict.intact());
        assertEquals(5, verdict.entriesChecked());
        assertTrue(verdict.problems().contains(new ChainProblem(3, Kind.MISSING, "entries 3 to 3 are missing")),
                verdict.problems().toString());
        assertTrue(verdict.problems().stream().noneMatch(p -> p.kind() == Kind.ALTERED),
                "the remaining entries are unchanged: " + verdict.problems());
        assertTrue(verdict.problems().stream().noneMatch(p -> p.kind() == Kind.TRUNCATED),
                "the end is still there: " + verdict.problems());
    }

    @Test
    void deletedRunOfEntriesNamesTheWholeGap() {
        List<AuditEntry> entries = chain(10);
        List<AuditEntry> walked = new ArrayList<>(entries.subList(0, 3));
        walked.addAll(entries.subList(7, 10)); // 4..7 deleted
        ChainVerification verdict = verify(walked, entries);
        assertFalse(verdict.intact());
        assertTrue(verdict.problems().contains(new ChainProblem(4, Kind.MISSING, "entries 4 to 7 are missing")),
                verdict.problems().toString());
    }

    @Test
    void deletedFirstEntryIsReportedMissing() {
        List<AuditEntry> entries = chain(4);
        ChainVerification verdict = verify(entries.subList(1, 4), entries);
        assertFalse(verdict.intact());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.kind() == Kind.MISSING && p.seq() == 1),
                verdict.problems().toString());
    }

    @Test
    void entryLinkedToTheWrongPredecessorIsReportedRelinked() {
        List<AuditEntry> entries = chain(6);
        // entry 4 rewritten (with a correct hash of its own) to follow entry 2 instead of entry 3
        List<AuditEntry> walked = new ArrayList<>(entries);
        walked.set(3, new AuditEntry(4, record(4), entries.get(1).entryHash()));
        ChainVerification verdict = verify(walked, entries);
        assertFalse(verdict.intact());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.kind() == Kind.RELINKED && p.seq() == 4),
                verdict.problems().toString());
        assertTrue(verdict.problems().stream().noneMatch(p -> p.kind() == Kind.ALTERED),
                "every entry's own hash still matches its content: " + verdict.problems());
    }

    @Test
    void contentChangedAndRehashedBreaksTheLinkOfTheNextEntry() {
        List<AuditEntry> entries = chain(6);
        // a forger changes entry 3 and recomputes its hash, but cannot re-hash the rest without it showing
        List<AuditEntry> walked = new ArrayList<>(entries);
        AuditRecord forged = new AuditRecord(T0.plusSeconds(3), "sub-3", "Person 3", "Application", "app-3",
                "withdrawn", "forged");
        walked.set(2, new AuditEntry(3, forged, entries.get(1).entryHash()));
        ChainVerification verdict = verify(walked, entries);
        assertFalse(verdict.intact());
        assertEquals(List.of(new ChainProblem(4, Kind.RELINKED, "does not link to the entry before it")),
                verdict.problems());
    }

    @Test
    void chainShorterThanTheRecordedHeadIsTruncated() {
        List<AuditEntry> entries = chain(8);
        ChainVerification verdict = verify(entries.subList(0, 5), entries); // 6..8 deleted
        assertFalse(verdict.intact());
        assertEquals(5, verdict.entriesChecked());
        assertEquals(8, verdict.recordedEnd());
        assertEquals(1, verdict.problemCount());
        ChainProblem problem = verdict.problems().get(0);
        assertEquals(Kind.TRUNCATED, problem.kind());
        assertEquals(6, problem.seq(), "the first entry that is gone");
    }

    @Test
    void allEntriesDeletedIsTruncatedFromTheFirst() {
        List<AuditEntry> entries = chain(3);
        ChainVerification verdict = verify(List.of(), entries);
        assertFalse(verdict.intact());
        assertEquals(List.of(Kind.TRUNCATED), verdict.problems().stream().map(ChainProblem::kind).toList());
        assertEquals(1, verdict.problems().get(0).seq());
    }

    @Test
    void headHashThatDoesNotMatchTheLastEntryIsNotIntact() {
        List<AuditEntry> entries = chain(4);
        ChainVerification verdict = verify(entries, 4, "f".repeat(64));
        assertFalse(verdict.intact());
        assertEquals(1, verdict.problemCount());
    }

    @Test
    void moreThanFiftyProblemsAreAllCountedButOnlyFiftyListed() {
        List<AuditEntry> entries = chain(70);
        for (int i = 0; i < 60; i++) {
            tamper(entries.get(i), "summary", "tampered " + i); // entries 1..60 altered, one problem each
        }
        ChainVerification verdict = verify(entries, entries);
        assertFalse(verdict.intact());
        assertEquals(70, verdict.entriesChecked());
        assertEquals(60, verdict.problemCount());
        assertEquals(50, verdict.problems().size());
        for (int i = 0; i < 50; i++) {
            assertEquals(new ChainProblem(i + 1, Kind.ALTERED, "content does not match its hash"),
                    verdict.problems().get(i), "the first fifty, in chain order");
        }
    }

    @Test
    void exactlyFiftyProblemsAreAllListed() {
        List<AuditEntry> entries = chain(50);
        entries.forEach(e -> tamper(e, "action", "tampered"));
        ChainVerification verdict = verify(entries, entries);
        assertEquals(50, verdict.problemCount());
        assertEquals(50, verdict.problems().size());
    }

    @Test
    void problemListOfTheVerdictCannotBeChanged() {
        List<AuditEntry> entries = chain(3);
        tamper(entries.get(1), "summary", "x");
        ChainVerification verdict = verify(entries, entries);
        assertThrows(UnsupportedOperationException.class,
                () -> verdict.problems().clear());
    }
}
