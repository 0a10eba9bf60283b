package org.opendividend.audit.control;

import org.opendividend.audit.entity.Checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The checkpoint file: one JSON line per checkpoint ({@link Checkpoint#toJsonLine()}), only ever appended to.
 * Appends take a lock on the file, so that servers sharing the directory number their checkpoints in turn.
 */
public class CheckpointLog {

    public static final String FILE = "audit-checkpoints.jsonl";
    private static final Logger LOG = Logger.getLogger(CheckpointLog.class.getName());

    private final Path file;
    private final Supplier<CheckpointKeys> keys;

    /** @param keys asked only when signing or when there is a checkpoint to verify */
    public CheckpointLog(Path directory, Supplier<CheckpointKeys> keys) {
        this.file = directory.resolve(FILE);
        this.keys = keys;
    }

    /** Signs and appends the checkpoint of the chain's end {@code seq}/{@code hash}, numbered after the last one. */
    public synchronized Checkpoint append(long seq, String hash, Instant at) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                int number = lines(channel) + 1;
                Checkpoint checkpoint = new Checkpoint(number, seq, hash, at,
                        keys.get().sign(Checkpoint.signedText(number, seq, hash, at)));
                channel.position(channel.size());
                channel.write(ByteBuffer.wrap((checkpoint.toJsonLine() + "\n").getBytes(StandardCharsets.UTF_8)));
                // a checkpoint the server acknowledged must survive its crash
                channel.force(true);
                return checkpoint;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append a checkpoint to " + file, e);
        }
    }

    /** Every line, checked: empty when no checkpoint was written yet. */
    public List<CheckedCheckpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the checkpoints in " + file, e);
        }
        List<CheckedCheckpoint> checked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            checked.add(check(i + 1, lines.get(i)));
        }
        return checked;
    }

    private CheckedCheckpoint check(int line, String text) {
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.fromJsonLine(text);
        } catch (IllegalArgumentException notACheckpoint) {
            return new CheckedCheckpoint(line, null, false);
        }
        boolean authentic = checkpoint.number() == line && signedByTheKey(checkpoint);
        return new CheckedCheckpoint(line, checkpoint, authentic);
    }

    /** A key pair that cannot be read verifies nothing: the verification then reports every checkpoint, not a fault. */
    private boolean signedByTheKey(Checkpoint checkpoint) {
        try {
            return keys.get().verifies(checkpoint.signedText(), checkpoint.signature());
        } catch (RuntimeException noKeys) {
            LOG.warning(() -> "the checkpoints in " + file + " cannot be verified: " + noKeys);
            return false;
        }
    }

    /** How many lines the file holds: the number of checkpoints written before. */
    private static int lines(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        int lines = 0;
        channel.position(0);
        while (channel.read(buffer) > 0) {
            buffer.flip();
            while (buffer.hasRemaining()) {
                if (buffer.get() == '\n') {
                    lines++;
                }
            }
            buffer.clear();
        }
        return lines;
    }
}
