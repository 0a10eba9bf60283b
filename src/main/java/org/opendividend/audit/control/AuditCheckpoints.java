package org.opendividend.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendividend.audit.entity.AuditChainHead;
import org.opendividend.audit.entity.AuditEntry;
import org.opendividend.audit.entity.Checkpoint;
import org.opendividend.platform.configuration.StartupSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The chain's end, signed and written outside the database ({@link CheckpointLog}) in the directory
 * {@link StartupSettings#AUDIT_CHECKPOINT_DIR}, with the key pair there. Production checks at startup that the key
 * pair is there; demo mode generates it on first use.
 */
@ApplicationScoped
public class AuditCheckpoints {

    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile CheckpointLog log;
    private CheckpointKeys keys;

    /** Signs the chain's current end and appends it; empty while the chain has no entry to sign. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<Checkpoint> write() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.lastSeq() == 0) {
            return Optional.empty();
        }
        Checkpoint written = log().append(head.lastSeq(), head.lastHash(), clock.instant());
        LOG.info(() -> "audit checkpoint " + written.number() + " written: entry " + written.seq());
        return Optional.of(written);
    }

    /** Every checkpoint written, checked against the key. */
    public List<CheckedCheckpoint> read() {
        return log().read();
    }

    /** The last checkpoint and whether the chain still matches it. */
    @Transactional(Transactional.TxType.REQUIRED)
    public CheckpointState last() {
        List<CheckedCheckpoint> all = read();
        if (all.isEmpty()) {
            return CheckpointState.NONE;
        }
        CheckedCheckpoint last = all.get(all.size() - 1);
        if (!last.authentic()) {
            return new CheckpointState(last, CheckpointState.Verdict.NOT_AUTHENTIC);
        }
        AuditEntry entry = em.find(AuditEntry.class, last.checkpoint().seq());
        boolean matches = entry != null && entry.entryHash().equals(last.checkpoint().hash());
        return new CheckpointState(last, matches ? CheckpointState.Verdict.MATCHES : CheckpointState.Verdict.REWRITTEN);
    }

    private CheckpointLog log() {
        if (log == null) {
            StartupSettings settings = StartupSettings.current();
            Path directory = settings.auditCheckpointDir().orElseThrow(() -> new IllegalStateException(
                    StartupSettings.AUDIT_CHECKPOINT_DIR + " is not set"));
            log = new CheckpointLog(directory, () -> keys(directory, settings.demo()));
        }
        return log;
    }

    /** Read once; generated only in demo mode, and only when something is to be signed or verified. */
    private synchronized CheckpointKeys keys(Path directory, boolean demo) {
        if (keys == null) {
            Path privateFile = directory.resolve(StartupSettings.CHECKPOINT_PRIVATE_KEY);
            Path publicFile = directory.resolve(StartupSettings.CHECKPOINT_PUBLIC_KEY);
            if (demo && !Files.exists(privateFile) && !Files.exists(publicFile)) {
                LOG.warning(() -> "demo mode: generating the audit checkpoint key pair in " + directory.toAbsolutePath());
                keys = CheckpointKeys.generate(privateFile, publicFile);
            } else {
                keys = CheckpointKeys.read(privateFile, publicFile);
            }
        }
        return keys;
    }
}
