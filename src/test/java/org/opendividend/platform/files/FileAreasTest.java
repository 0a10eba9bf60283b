package org.opendividend.platform.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A component's area of the one file store, the sweep over it, and keeping a file a page holds until it is sent. */
class FileAreasTest {

    @TempDir
    Path dir;

    private static void untouchedFor(AttachmentStore store, String key, Duration age) throws IOException {
        Files.setLastModifiedTime(store.path(key), FileTime.from(Instant.now().minus(age)));
    }

    @Test
    void anAreaIsASubFolderWithTheSameLimitThatTheFolderItselfNeverSweeps() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        AttachmentStore reports = store.area("disbursement-reports");
        assertEquals(store.maxBytes(), reports.maxBytes());
        assertEquals(dir.toAbsolutePath().normalize().resolve("disbursement-reports"), reports.root());
        AttachmentStore.Stored stored = reports.store(new ByteArrayInputStream(AttachmentStoreTest.pdf(10)));
        untouchedFor(reports, stored.storageKey(), Duration.ofDays(2));
        assertFalse(store.exists(stored.storageKey()), "the same key names another folder's file");
        assertEquals(List.of(), store.keysUntouchedFor(), "the folder's sweep never walks into an area");
        assertEquals(0, FileStorage.sweep(store, key -> true));
        assertEquals(List.of(stored.storageKey()), reports.keysUntouchedFor());
        assertTrue(reports.exists(stored.storageKey()));
    }

    @Test
    void areaNamesThatCouldBeAKeysFolderOrLeaveTheStoreAreRefused() {
        AttachmentStore store = new AttachmentStore(dir, 1000);
        for (String name : new String[] {"ab", "../x", "a/b", "", null, "Reports"}) {
            assertThrows(IllegalArgumentException.class, () -> store.area(name), String.valueOf(name));
        }
    }

    @Test
    void theSweepDeletesOnlyOldFilesNoRecordRefersTo() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        AttachmentStore.Stored kept = store.store(new ByteArrayInputStream(AttachmentStoreTest.pdf(1)));
        AttachmentStore.Stored released = store.store(new ByteArrayInputStream(AttachmentStoreTest.pdf(2)));
        AttachmentStore.Stored recent = store.store(new ByteArrayInputStream(AttachmentStoreTest.pdf(3)));
        untouchedFor(store, kept.storageKey(), Duration.ofDays(1));
        untouchedFor(store, released.storageKey(), Duration.ofDays(1));
        Set<String> referenced = Set.of(kept.storageKey());
        assertEquals(1, FileStorage.sweep(store, key -> !referenced.contains(key)));
        assertTrue(store.exists(kept.storageKey()));
        assertFalse(store.exists(released.storageKey()));
        assertTrue(store.exists(recent.storageKey()), "stored within the grace period");
    }

    @Test
    void aTouchedFileIsKeptForTheGracePeriodAndAMissingOneIsSaid() throws IOException {
        AttachmentStore store = new AttachmentStore(dir, 1_000_000);
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(AttachmentStoreTest.pdf(5)));
        untouchedFor(store, stored.storageKey(), Duration.ofDays(1));
        assertTrue(store.touch(stored.storageKey()));
        assertFalse(store.deleteIfUntouched(stored.storageKey()), "touched: a form about to record it keeps it");
        untouchedFor(store, stored.storageKey(), Duration.ofDays(1));
        assertTrue(store.deleteIfUntouched(stored.storageKey()));
        assertFalse(store.touch(stored.storageKey()), "gone: the page must ask for the file again");
    }
}
