package org.opendividend.audit.control;

import org.junit.jupiter.api.Test;
import org.opendividend.audit.control.ChainProblem.Kind;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.AuditRecord;
import org.opendividend.audit.entity.ChainHash;
import org.opendividend.audit.entity.Checkpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the chain alone cannot show: someone with database access rewrites an entry and recomputes every hash after
 * it (and the recorded end). The chain then verifies intact; only a checkpoint signed before shows the rewrite.
 */
class CheckpointVerificationTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant VERIFIED_AT = Instant.parse("2026-11-30T12:00:00Z");

    private static AuditRecord record(long n, String summary) {
        return new AuditRecord(T0.plusSeconds(n), "sub-" + n, "Person " + n, "Application", "app-" + n,
                "SUBMITTED", summary);
    }

    /** Builds the chain 1..n as the head does, with entry {@code rewritten} saying {@code summary} instead. */
    private static List<AuditEntry> chain(int n, long rewritten, String summary) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditEntry entry = new AuditEntry(seq,
                    record(seq, seq == rewritten ? summary : "application " + seq + " submitted"), previous);
            entries.add(entry);
            previous = entry.entryHash();
        }
        return entries;
    }

    private static List<AuditEntry> original(int n) {
        return chain(n, 0, null);
    }

    private static CheckedCheckpoint signedAt(int number, AuditEntry entry) {
        return new CheckedCheckpoint(number, new Checkpoint(number, entry.seq(), entry.entryHash(), T0, "sig"), true);
    }

    private static ChainVerification verify(List<AuditEntry> walked, List<CheckedCheckpoint> checkpoints) {
        ChainVerifier verifier = new ChainVerifier();
        verifier.expect(checkpoints);
        walked.forEach(verifier::accept);
        AuditEntry last = walked.get(walked.size() - 1);
        // the rewriter recomputed the recorded end too
        return verifier.finish(last.seq(), last.entryHash(), VERIFIED_AT);
    }

    private static List<String> describe(ChainVerification verdict) {
        return verdict.problems().stream().map(p -> p.kind() + "@" + p.seq() + "#" + p.checkpoint()).toList();
    }

    @Test
    void aChainMatchingItsCheckpointsIsIntact() {
        List<AuditEntry> chain = original(10);

        ChainVerification verdict = verify(chain, List.of(signedAt(1, chain.get(3)), signedAt(2, chain.get(9))));

        assertTrue(verdict.intact(), "problems: " + verdict.problems());
    }

    @Test
    void aRewrittenEntryWithEveryHashRecomputedVerifiesIntactWithoutCheckpoints() {
        List<AuditEntry> rewritten = chain(10, 3, "application 3 withdrawn");

        assertTrue(verify(rewritten, List.of()).intact(), "the chain alone cannot tell: that is what checkpoints are for");
    }

    @Test
    void aRewrittenEntryWithEveryHashRecomputedIsReportedAtEachLaterCheckpoint() {
        List<AuditEntry> chain = original(10);
        List<CheckedCheckpoint> checkpoints = List.of(signedAt(1, chain.get(1)), signedAt(2, chain.get(4)),
                signedAt(3, chain.get(9)));
        List<AuditEntry> rewritten = chain(10, 3, "application 3 withdrawn");

        ChainVerification verdict = verify(rewritten, checkpoints);

        assertFalse(verdict.intact());
        assertEquals(List.of(Kind.REWRITTEN_BEFORE_CHECKPOINT + "@5#2", Kind.REWRITTEN_BEFORE_CHECKPOINT + "@10#3"),
                describe(verdict), "checkpoint 1, signed before entry 3, still matches");
        assertTrue(verdict.problems().get(0).detail().contains("rewritten before checkpoint 2"),
                verdict.problems().get(0).detail());
    }

    @Test
    void aChainCutShortBeforeACheckpointWithItsEndRecomputedIsReported() {
        List<AuditEntry> chain = original(10);
        List<CheckedCheckpoint> checkpoints = List.of(signedAt(1, chain.get(4)), signedAt(2, chain.get(9)));

        ChainVerification verdict = verify(chain.subList(0, 7), checkpoints);

        assertEquals(List.of(Kind.REWRITTEN_BEFORE_CHECKPOINT + "@10#2"), describe(verdict));
    }

    @Test
    void aDeletedCheckpointedEntryIsReportedAsMissingAndAsRewritten() {
        List<AuditEntry> chain = original(10);
        List<AuditEntry> walked = new ArrayList<>(chain);
        walked.remove(4);

        ChainVerification verdict = verify(walked, List.of(signedAt(1, chain.get(4))));

        assertTrue(describe(verdict).contains(Kind.REWRITTEN_BEFORE_CHECKPOINT + "@5#1"), "problems: " + describe(verdict));
        assertTrue(describe(verdict).contains(Kind.MISSING + "@5#0"), "problems: " + describe(verdict));
    }

    @Test
    void aCheckpointThatIsNotAuthenticIsReportedAndNotTrusted() {
        List<AuditEntry> chain = original(10);
        List<AuditEntry> rewritten = chain(10, 3, "application 3 withdrawn");
        // a forger's checkpoint for the rewritten chain: no valid signature
        CheckedCheckpoint forged = new CheckedCheckpoint(2,
                new Checkpoint(2, 10, rewritten.get(9).entryHash(), T0, "forged"), false);

        ChainVerification verdict = verify(rewritten, List.of(signedAt(1, chain.get(9)), forged,
                new CheckedCheckpoint(3, null, false)));

        assertEquals(List.of(Kind.CHECKPOINT_NOT_AUTHENTIC + "@10#2", Kind.CHECKPOINT_NOT_AUTHENTIC + "@0#3",
                Kind.REWRITTEN_BEFORE_CHECKPOINT + "@10#1"), describe(verdict));
    }
}
