package org.opendividend.audit.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendividend.audit.entity.Checkpoint;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing, writing and reading back the checkpoint file; every kind of tampering with it is told apart. */
class CheckpointLogTest {

    private static final Instant AT = Instant.parse("2026-11-29T16:05:00Z");
    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    @TempDir
    Path dir;

    private CheckpointKeys keys() {
        Path privateFile = dir.resolve("audit-checkpoint.key");
        Path publicFile = dir.resolve("audit-checkpoint.pub");
        return Files.exists(privateFile) ? CheckpointKeys.read(privateFile, publicFile)
                : CheckpointKeys.generate(privateFile, publicFile);
    }

    private CheckpointLog log() {
        CheckpointKeys keys = keys();
        return new CheckpointLog(dir, () -> keys);
    }

    @Test
    void checkpointsAreNumberedSignedAndReadBackAuthentic() {
        CheckpointLog log = log();
        Checkpoint first = log.append(12, HASH_A, AT);
        Checkpoint second = log.append(40, HASH_B, AT.plusSeconds(86_400));

        assertEquals(1, first.number());
        assertEquals(2, second.number());
        List<CheckedCheckpoint> read = log().read();
        assertEquals(List.of(new CheckedCheckpoint(1, first, true), new CheckedCheckpoint(2, second, true)), read);
        assertEquals(40, read.get(1).checkpoint().seq());
        assertEquals(HASH_B, read.get(1).checkpoint().hash());
    }

    @Test
    void noFileIsNoCheckpoint() {
        assertEquals(List.of(), log().read());
    }

    @Test
    void theKeyPairIsReadBackAndVerifiesOnlyItsOwnSignatures() {
        CheckpointKeys generated = keys();
        String signature = generated.sign("opendividend-audit-checkpoint;1;12;" + HASH_A);

        CheckpointKeys read = keys();

        assertTrue(read.verifies("opendividend-audit-checkpoint;1;12;" + HASH_A, signature));
        assertFalse(read.verifies("opendividend-audit-checkpoint;1;13;" + HASH_A, signature));
        assertFalse(read.verifies("opendividend-audit-checkpoint;1;12;" + HASH_A, "not base64!"));
        String privateKey = readString(dir.resolve("audit-checkpoint.key"));
        assertTrue(privateKey.startsWith("-----BEGIN PRIVATE KEY-----"), privateKey);
    }

    /** What the README tells production to run: {@code openssl genpkey -algorithm ed25519}, then {@code pkey -pubout}. */
    @Test
    void aKeyPairGeneratedByOpensslSignsAndVerifies() throws Exception {
        Path privateFile = Files.writeString(dir.resolve("audit-checkpoint.key"), """
                -----BEGIN PRIVATE KEY-----
                MC4CAQAwBQYDK2VwBCIEICIk3ko2XB+BR7KMjs5+MEVWN0APfkY/rjwkLYHMl2fr
                -----END PRIVATE KEY-----
                """);
        Path publicFile = Files.writeString(dir.resolve("audit-checkpoint.pub"), """
                -----BEGIN PUBLIC KEY-----
                MCowBQYDK2VwAyEAbnSfHRa60S7eXMRpY9qAikXia/3k/WLqg0Hv7R3dNTo=
                -----END PUBLIC KEY-----
                """);
        CheckpointKeys keys = CheckpointKeys.read(privateFile, publicFile);

        Checkpoint written = new CheckpointLog(dir, () -> keys).append(7, HASH_A, AT);

        assertTrue(new CheckpointLog(dir, () -> keys).read().get(0).authentic());
        assertTrue(keys.verifies(written.signedText(), written.signature()));
    }

    @Test
    void anExistingKeyPairIsNeverOverwritten() {
        keys();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> CheckpointKeys.generate(dir.resolve("audit-checkpoint.key"), dir.resolve("audit-checkpoint.pub")));
        assertTrue(refused.getCause() instanceof FileAlreadyExistsException, "refused for " + refused);
    }

    @Test
    void aCheckpointWhoseHashWasEditedInTheFileIsNotAuthentic() throws Exception {
        CheckpointLog log = log();
        log.append(12, HASH_A, AT);
        Path file = dir.resolve(CheckpointLog.FILE);

        Files.writeString(file, readString(file).replace(HASH_A, HASH_B));

        CheckedCheckpoint read = log.read().get(0);
        assertFalse(read.authentic());
        assertEquals(HASH_B, read.checkpoint().hash());
    }

    @Test
    void aCheckpointSignedByAnotherKeyIsNotAuthentic() throws Exception {
        log().append(12, HASH_A, AT);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        CheckpointKeys otherKeys = CheckpointKeys.generate(elsewhere.resolve("k"), elsewhere.resolve("p"));

        assertFalse(new CheckpointLog(dir, () -> otherKeys).read().get(0).authentic());
    }

    @Test
    void aCheckpointRemovedFromTheMiddleLeavesTheNextOnesMisnumbered() throws Exception {
        CheckpointLog log = log();
        log.append(12, HASH_A, AT);
        log.append(20, HASH_A, AT);
        log.append(30, HASH_B, AT);
        Path file = dir.resolve(CheckpointLog.FILE);
        List<String> lines = Files.readAllLines(file);

        Files.write(file, List.of(lines.get(0), lines.get(2)));

        List<CheckedCheckpoint> read = log.read();
        assertTrue(read.get(0).authentic());
        assertFalse(read.get(1).authentic(), "checkpoint 3 on line 2");
    }

    @Test
    void aLineThatIsNoCheckpointIsReadAsNotAuthentic() throws Exception {
        CheckpointLog log = log();
        log.append(12, HASH_A, AT);
        Files.writeString(dir.resolve(CheckpointLog.FILE), "{not json\n", java.nio.file.StandardOpenOption.APPEND);

        List<CheckedCheckpoint> read = log.read();
        assertEquals(2, read.size());
        assertNull(read.get(1).checkpoint());
        assertFalse(read.get(1).authentic());
        assertEquals(3, log.append(13, HASH_B, AT).number(), "the next checkpoint is numbered after every line");
    }

    @Test
    void withoutItsKeysNoCheckpointIsAuthenticAndNothingFails() {
        log().append(12, HASH_A, AT);
        CheckpointLog keyless = new CheckpointLog(dir, () -> {
            throw new IllegalStateException("no key pair");
        });

        assertFalse(keyless.read().get(0).authentic());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
