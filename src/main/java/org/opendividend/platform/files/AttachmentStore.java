package org.opendividend.platform.files;

import org.opendividend.platform.validation.FieldProblem;
import org.opendividend.platform.validation.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded PDFs outside the database, in a directory of their own ({@code opendividend.files.dir}). A file is
 * stored under its SHA-256 ({@code ab/abcdef…}), never under a name a person chose, so identical uploads share one
 * file and no name can reach outside the directory. An upload is streamed to a temporary file while it is counted
 * and hashed; it becomes a stored file only when it is a PDF within the size limit, and otherwise leaves nothing.
 */
public class AttachmentStore {

    /** The default limit: 20 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{64}");
    /** An area's folder name: lower-case words, longer than a key's two-digit folder. */
    private static final Pattern AREA = Pattern.compile("[a-z][a-z-]{2,40}");

    /**
     * How long a stored file is kept from deletion after it was last stored: longer than any upload takes from
     * storing its file to committing the record that refers to it (30 s in the admission queue, a minute for a
     * database connection, the transaction itself).
     */
    public static final Duration RELEASE_GRACE = Duration.ofMinutes(10);
    private static final Object[] LOCKS = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    private final Path root;
    private final long maxBytes;

    public AttachmentStore(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    /** What was stored: the key to find the file again, its SHA-256 and its size. */
    public record Stored(String storageKey, String sha256, long sizeBytes) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * Stores what the stream holds if it is a PDF of at most {@link #maxBytes()} bytes; otherwise refuses it with
     * {@code attachment.problem.tooLarge} or {@code attachment.problem.notPdf} and keeps nothing. The stream is read
     * only up to one byte beyond the limit.
     */
    public Stored store(InputStream in) {
        Path incoming = null;
        try {
            Path directory = Files.createDirectories(root.resolve(".incoming"));
            // a random name without SecureRandom, whose shared lock queued the uploads of a deadline rush; never
            // guessable-then-harmful: the folder is ours alone and the file is created new (CREATE_NEW)
            incoming = directory.resolve(Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-"
                    + Long.toHexString(System.nanoTime()) + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[AttachmentContent.HEADER.length];
            int headLength = 0;
            byte[] tail = new byte[AttachmentContent.TAIL_BYTES];
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), sha)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = in.read(buffer)) != -1; ) {
                    if (size + read > maxBytes) {
                        throw refused("attachment.problem.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                    for (int i = 0; i < read && headLength < head.length; i++) {
                        head[headLength++] = buffer[i];
                    }
                    slide(tail, size, buffer, read);
                    size += read;
                }
            }
            int tailLength = (int) Math.min(size, tail.length);
            byte[] lastBytes = java.util.Arrays.copyOfRange(tail, tail.length - tailLength, tail.length);
            if (size == 0 || !AttachmentContent.isPdf(java.util.Arrays.copyOf(head, headLength), lastBytes)) {
                throw refused("attachment.problem.notPdf");
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            String key = keyOf(hex);
            Path target = path(key);
            boolean newFolder = !Files.isDirectory(target.getParent());
            Files.createDirectories(target.getParent());
            // durable before the transaction that records it commits: the bytes, then the name in its folder (and
            // the folder in the root when it is new); otherwise a crash could leave a receipt for a missing file
            force(incoming);
            synchronized (lockOf(key)) {
                try {
                    Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException same) {
                    Files.deleteIfExists(incoming);
                }
                // stored again: a release decided before this upload is recorded must not take the file away
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            }
            force(target.getParent());
            if (newFolder) {
                force(root);
            }
            if (Files.exists(incoming)) {
                // some file systems replace silently; either way the content under the key is the same
                Files.deleteIfExists(incoming);
            }
            return new Stored(key, hex, size);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store an attachment under " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless and never listed
                }
            }
        }
    }

    /** fsync of a file or a folder (a folder's entries: on Linux a folder opened for reading can be forced). */
    static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Keeps the last {@code tail.length} bytes seen: shifts what is there and appends the new bytes. */
    private static void slide(byte[] tail, long seenBefore, byte[] buffer, int read) {
        int n = tail.length;
        if (read >= n) {
            System.arraycopy(buffer, read - n, tail, 0, n);
        } else {
            System.arraycopy(tail, read, tail, 0, n - read);
            System.arraycopy(buffer, 0, tail, n - read, read);
        }
    }

    /** The key a file of this SHA-256 (lower-case hex) is stored under. */
    public static String keyOf(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256;
    }

    /** The stored file of a key; refuses anything that is not a key this store made. */
    public Path path(String storageKey) {
        if (storageKey == null || !KEY.matcher(storageKey).matches()) {
            throw new IllegalArgumentException("not a storage key: " + storageKey);
        }
        return root.resolve(storageKey);
    }

    public boolean exists(String storageKey) {
        return Files.isRegularFile(path(storageKey));
    }

    /**
     * A store of its own in a sub-folder of this one (a component's area): the same limit and writes. The name is
     * never a key's two hex digits, so this store's sweep never walks into it.
     */
    public AttachmentStore area(String name) {
        if (name == null || !AREA.matcher(name).matches()) {
            throw new IllegalArgumentException("not an area name: " + name);
        }
        return new AttachmentStore(root.resolve(name), maxBytes);
    }

    /**
     * Marks a stored file as stored again, now, so that no release or sweep takes it within {@link #RELEASE_GRACE}:
     * for a file stored a while before the record that will refer to it (an upload kept on a page until the form
     * is sent).
     *
     * @return whether the file is (still) there
     */
    public boolean touch(String storageKey) {
        Path file = path(storageKey);
        synchronized (lockOf(storageKey)) {
            try {
                if (!Files.isRegularFile(file)) {
                    return false;
                }
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Deletes a file no record refers to any more, unless it was stored (again) within {@link #RELEASE_GRACE}: an
     * upload of the same content may have stored it and not yet committed the record that refers to it, which the
     * releasing transaction could not see. Such a file is left to {@link #keysUntouchedFor the sweep}.
     *
     * @return whether the file is gone
     */
    public boolean deleteIfUntouched(String storageKey) {
        Path file = path(storageKey);
        synchronized (lockOf(storageKey)) {
            try {
                if (!Files.exists(file)) {
                    return true;
                }
                if (Files.getLastModifiedTime(file).toInstant().isAfter(Instant.now().minus(RELEASE_GRACE))) {
                    return false;
                }
                Files.delete(file);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The keys of the files not stored (again) within {@link #RELEASE_GRACE}: the sweep's candidates. */
    public List<String> keysUntouchedFor() {
        Instant before = Instant.now().minus(RELEASE_GRACE);
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(key -> KEY.matcher(key).matches())
                    .filter(key -> {
                        try {
                            return Files.getLastModifiedTime(path(key)).toInstant().isBefore(before);
                        } catch (IOException gone) {
                            return false;
                        }
                    })
                    .toList();
        } catch (NoSuchFileException empty) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One of a fixed set of locks, by key: storing and deleting the same file take turns, other files do not wait. */
    private static Object lockOf(String storageKey) {
        return LOCKS[Math.floorMod(storageKey.hashCode(), LOCKS.length)];
    }

    private static InvalidInputException refused(String key, Object... arguments) {
        return new InvalidInputException(List.of(FieldProblem.of("file", key, arguments)));
    }
}
