package org.opendividend.platform.files;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The one place uploaded PDFs are kept ({@code opendividend.files.dir}, at most {@code opendividend.files.max-bytes}
 * each), for every component that takes files. Applications' attachments live in the folder itself (where they always
 * were); another component asks for an area of its own, a sub-folder: each component's sweep then sees only the files
 * its own records can vouch for, and never deletes another component's file that happens to have the same content.
 */
@ApplicationScoped
public class FileStorage {

    private static final Logger LOG = Logger.getLogger(FileStorage.class.getName());

    @Inject
    @ConfigProperty(name = "opendividend.files.dir", defaultValue = "./data/files")
    String directory;

    @Inject
    @ConfigProperty(name = "opendividend.files.max-bytes", defaultValue = "20971520")
    long maxBytes;

    private AttachmentStore store;

    @PostConstruct
    void open() {
        store = new AttachmentStore(Path.of(directory), maxBytes);
    }

    /** The folder itself: the applications' attachments (and the benchmark's bare storing endpoint). */
    public AttachmentStore store() {
        return store;
    }

    /** A component's own area, e.g. {@code disbursement-reports}: the same limits and writes, another folder. */
    public AttachmentStore area(String name) {
        return store.area(name);
    }

    public long maxBytes() {
        return store.maxBytes();
    }

    /**
     * Deletes the store's files no record refers to ({@code unreferenced}, asked per file) and nobody stored within
     * the grace period; each file is deleted only if still untouched (a store takes the same lock).
     *
     * @return how many files were deleted
     */
    public static int sweep(AttachmentStore store, Predicate<String> unreferenced) {
        int deleted = 0;
        List<String> candidates = store.keysUntouchedFor();
        for (String key : candidates) {
            if (unreferenced.test(key) && store.deleteIfUntouched(key)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "file sweep of " + store.root() + ": " + count + " file(s) no record refers to deleted");
        }
        return deleted;
    }
}
