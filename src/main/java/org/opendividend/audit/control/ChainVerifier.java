package org.opendividend.audit.control;

import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.Checkpoint;
import org.opendividend.audit.entity.ChainHash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the chain in sequence order and reports where it is broken: an entry whose content no longer matches its
 * hash (altered), a gap in the numbering (deleted), a link to a predecessor that is not the one before it
 * (re-linked or inserted), or a chain that ends before the recorded end (truncated).
 * Fed one entry at a time so that a long chain never has to fit in memory. The signed checkpoints, given first, are
 * compared with the entries they name as the walk passes them: a chain rewritten with recomputed hashes walks
 * intact, but not past a checkpoint.
 */
public class ChainVerifier {

    static final int MAX_PROBLEMS_REPORTED = 50;

    private long expectedSeq = 1;
    private String expectedPreviousHash = ChainHash.GENESIS;
    private long checked;
    private long problemCount;
    private final List<ChainProblem> problems = new ArrayList<>();
    /** The authentic checkpoints not yet passed, by the entry they name. */
    private final Map<Long, List<Checkpoint>> checkpointsAhead = new HashMap<>();

    /**
     * The checkpoints the entries must match, read before the chain's end was: each names an entry the chain had, so
     * one the walk does not pass (deleted, or beyond a chain cut short) was rewritten too.
     */
    public void expect(List<CheckedCheckpoint> checkpoints) {
        for (CheckedCheckpoint checked : checkpoints) {
            if (checked.authentic()) {
                checkpointsAhead.computeIfAbsent(checked.checkpoint().seq(), seq -> new ArrayList<>()).add(checked.checkpoint());
            } else {
                report(new ChainProblem(checked.checkpoint() == null ? 0 : checked.checkpoint().seq(),
                        ChainProblem.Kind.CHECKPOINT_NOT_AUTHENTIC,
                        "line " + checked.line() + " of the checkpoint file is not an authentic checkpoint", checked.line()));
            }
        }
    }

    public void accept(AuditEntry entry) {
        checked++;
        boolean gap = entry.seq() != expectedSeq;
        if (gap) {
            report(new ChainProblem(expectedSeq, ChainProblem.Kind.MISSING,
                    "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing"));
        }
        // after a gap the link cannot match; the gap is the one problem to report there
        if (!gap && !entry.previousHash().equals(expectedPreviousHash)) {
            report(new ChainProblem(entry.seq(), ChainProblem.Kind.RELINKED,
                    "does not link to the entry before it"));
        }
        if (!entry.hashMatchesContent()) {
            report(new ChainProblem(entry.seq(), ChainProblem.Kind.ALTERED,
                    "content does not match its hash"));
        }
        for (Checkpoint checkpoint : checkpointsAhead.getOrDefault(entry.seq(), List.of())) {
            if (!checkpoint.hash().equals(entry.entryHash())) {
                rewrittenBefore(checkpoint);
            }
        }
        checkpointsAhead.remove(entry.seq());
        expectedSeq = entry.seq() + 1;
        expectedPreviousHash = entry.entryHash();
    }

    private void rewrittenBefore(Checkpoint checkpoint) {
        report(new ChainProblem(checkpoint.seq(), ChainProblem.Kind.REWRITTEN_BEFORE_CHECKPOINT,
                "the chain was rewritten before checkpoint " + checkpoint.number() + " (entry " + checkpoint.seq()
                        + " signed at " + checkpoint.at() + ")", checkpoint.number()));
    }

    /** An entry numbered past the recorded end: written around the log (the end is moved by every append). */
    public void beyondTheEnd(long seq, long recordedEnd) {
        report(new ChainProblem(seq, ChainProblem.Kind.END_MISMATCH,
                "entry " + seq + " lies beyond the recorded end " + recordedEnd));
    }

    /** Compares the walked chain with the recorded end and gives the verdict. */
    public ChainVerification finish(long headSeq, String headHash, Instant verifiedAt) {
        checkpointsAhead.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparingInt(Checkpoint::number))
                .forEach(this::rewrittenBefore);
        checkpointsAhead.clear();
        long walkedEnd = expectedSeq - 1;
        if (walkedEnd < headSeq) {
            report(new ChainProblem(expectedSeq, ChainProblem.Kind.TRUNCATED,
                    "the chain should end at entry " + headSeq + " but ends at " + walkedEnd));
        } else if (walkedEnd > headSeq || !expectedPreviousHash.equals(headHash)) {
            report(new ChainProblem(walkedEnd, ChainProblem.Kind.END_MISMATCH,
                    "the chain ends at entry " + walkedEnd + ", which is not the recorded end " + headSeq));
        }
        return new ChainVerification(problemCount == 0, checked, headSeq, problemCount, List.copyOf(problems),
                verifiedAt);
    }

    private void report(ChainProblem problem) {
        problemCount++;
        if (problems.size() < MAX_PROBLEMS_REPORTED) {
            problems.add(problem);
        }
    }
}
