package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendividend.platform.security.Sha256;
import org.opendividend.platform.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The file store on a real directory: what is stored, under which name, with which hash, and what is refused. */
class AttachmentStoreTest {

    @TempDir
    Path dir;

    static byte[] pdf(int padding) {
        return ("%PDF-1.7\n" + "z".repeat(padding) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aPdfIsStoredUnderItsSha256WithItsSizeAndTheSameBytes() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        byte[] content = pdf(100_000);
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(content));
        assertEquals(Sha256.hex(content), stored.sha256());
        assertEquals(content.length, stored.sizeBytes());
        assertEquals(stored.sha256().substring(0, 2) + "/" + stored.sha256(), stored.storageKey());
        assertArrayEquals(content, Files.readAllBytes(store.path(stored.storageKey())));
        assertTrue(store.path(stored.storageKey()).startsWith(dir.toAbsolutePath().normalize()));
        assertEquals(1, storedFiles(), "no temporary file left");
        assertEquals(stored, store.store(new ByteArrayInputStream(content)), "the same content is one file");
        assertEquals(1, storedFiles());
        assertFalse(store.deleteIfUntouched(stored.storageKey()), "just stored: kept for the grace period");
        assertTrue(store.exists(stored.storageKey()));
        assertEquals(List.of(), store.keysUntouchedFor());
        untouchedFor(store, stored.storageKey(), AttachmentStore.RELEASE_GRACE.plusMinutes(1));
        assertEquals(List.of(stored.storageKey()), store.keysUntouchedFor());
        assertTrue(store.deleteIfUntouched(stored.storageKey()));
        assertFalse(store.exists(stored.storageKey()));
    }

    /**
     * Issue #8, item 13: a replacement releases a file (no record refers to it in its transaction) while another
     * application uploads the same content and has not yet committed its record; the release must not take the file.
     */
    @Test
    void aFileStoredAgainWhileItsReleaseIsDecidedIsNotDeleted() throws Exception {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        byte[] content = pdf(50_000);
        String key = store.store(new ByteArrayInputStream(content)).storageKey();
        untouchedFor(store, key, Duration.ofDays(3));
        // the first application's replacement found no other record: it will delete the file after its commit; the
        // second application stores the same bytes (its record is not committed yet) before that happens
        assertEquals(key, store.store(new ByteArrayInputStream(content)).storageKey());
        assertFalse(store.deleteIfUntouched(key), "the release after the commit leaves the file");
        assertArrayEquals(content, Files.readAllBytes(store.path(key)));
    }

    @Test
    void storingAndReleasingTheSameContentAtOnceNeverLosesAStoredFile() throws Exception {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        byte[] content = pdf(20_000);
        String key = store.store(new ByteArrayInputStream(content)).storageKey();
        for (int round = 0; round < 50; round++) {
            untouchedFor(store, key, Duration.ofDays(1));
            java.util.concurrent.CompletableFuture<Boolean> release =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> store.deleteIfUntouched(key));
            store.store(new ByteArrayInputStream(content));
            boolean deleted = release.get();
            // whichever came first: a store that returned has its file, unless the release ran entirely before it
            // and the store then put the file back
            assertTrue(store.exists(key), "round " + round + ", released " + deleted);
        }
    }

    private static void untouchedFor(AttachmentStore store, String key, Duration age) throws IOException {
        Files.setLastModifiedTime(store.path(key), java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(age)));
    }

    @Test
    void aTextFileNamedPdfIsRefusedAndLeavesNothing() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        var refused = assertThrows(InvalidInputException.class,
                () -> store.store(new ByteArrayInputStream("just text, named plan.pdf".getBytes(StandardCharsets.UTF_8))));
        assertEquals("attachment.problem.notPdf", refused.problems().get(0).messageKey());
        assertEquals(0, storedFiles());
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAllAndLeavesNothing() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 2 * 1024 * 1024);
        assertEquals(2 * 1024 * 1024, store.store(new ByteArrayInputStream(exactly(2 * 1024 * 1024))).sizeBytes(),
                "exactly at the limit is accepted");
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return read[0] == 1 ? '%' : 'x';
            }
        };
        var refused = assertThrows(InvalidInputException.class, () -> store.store(endless));
        assertEquals("attachment.problem.tooLarge", refused.problems().get(0).messageKey());
        assertEquals(2L, refused.problems().get(0).arguments().get(0));
        assertTrue(read[0] < 3 * 1024 * 1024);
        assertEquals(1, storedFiles(), "only the earlier file");
    }

    @Test
    void theDefaultLimitIsTwentyMegabytes() {
        assertEquals(20L * 1024 * 1024, AttachmentStore.DEFAULT_MAX_BYTES);
    }

    @Test
    void keysThatAreNotTheStoresOwnAreRefused() {
        AttachmentStore store = new AttachmentStore(dir, 1000);
        assertThrows(IllegalArgumentException.class, () -> store.path("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.path("ab/" + "0".repeat(63) + "/"));
    }

    static byte[] exactly(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, size - tail.length, tail.length);
        return bytes;
    }
}
