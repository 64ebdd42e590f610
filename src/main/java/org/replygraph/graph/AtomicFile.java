package org.replygraph.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * An output file written in full or not at all: the bytes go to a hidden temporary file beside the
 * target ({@code .out.nt.<random>.tmp}, same folder so the rename stays on one file system), which is
 * forced to disk and renamed over the target ({@code ATOMIC_MOVE}) only on success. A failed, stopped
 * or killed build leaves the previous file as it was, never a truncated one that looks valid. A full
 * disk is reported as such.
 *
 * <pre>{@code
 * AtomicFile.write(Path.of("out/corpus.nt"), out -> out.write(bytes));
 * try (AtomicFile f = AtomicFile.open(target)) {   // fails now when the folder cannot be written
 *     ...;  f.stream().write(...);  f.commit();      // close() without commit() deletes the temporary file
 * }
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {
    /** Writes the content into the stream it is given. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean done;

    private AtomicFile(Path target, Path temp, FileChannel channel, UnaryOperator<OutputStream> wrap) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = wrap.apply(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
    }

    /** Creates the temporary file beside {@code target} (and the target's folders). */
    public static AtomicFile open(Path target) {
        return open(target, UnaryOperator.identity());
    }

    /** As {@link #open(Path)}, the stream wrapped by {@code wrap} (tests: a stream that fails). */
    static AtomicFile open(Path target, UnaryOperator<OutputStream> wrap) {
        Objects.requireNonNull(target, "target");
        Path temp = null;
        try {
            Path folder = folderOf(target);
            Files.createDirectories(folder);
            String prefix = "." + target.getFileName() + ".";
            StaleTemps.remove(folder, prefix); // what a killed build of the same file left
            temp = folder.resolve(StaleTemps.name(prefix) + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
            FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            temp.toFile().deleteOnExit(); // a build stopped by SIGTERM leaves no temporary file behind
            return new AtomicFile(target, temp, ch, wrap);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Writes {@code body} to {@code target} atomically; an {@link UncheckedIOException} names the file and the reason. */
    public static void write(Path target, Body body) {
        write(target, body, UnaryOperator.identity());
    }

    static void write(Path target, Body body, UnaryOperator<OutputStream> wrap) {
        try (AtomicFile f = open(target, wrap)) {
            try {
                body.write(f.stream());
            } catch (IOException e) {
                throw failure(target, e);
            }
            f.commit();
        }
    }

    /** The folder a file is written in (its absolute parent). */
    public static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : file.toAbsolutePath();
    }

    public OutputStream stream() {
        return stream;
    }

    public Path target() {
        return target;
    }

    /** Flushes, forces to disk, closes and renames the temporary file over the target. */
    public void commit() {
        if (done) throw new IllegalStateException("Already committed or closed: " + target);
        try {
            stream.flush();
            channel.force(true);
            stream.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /** Deletes the temporary file unless it was committed; the target is untouched. */
    @Override
    public void close() {
        if (done) return;
        done = true;
        try {
            channel.close();
        } catch (IOException e) {
            // closing after a failed write may fail again (a full disk): the file is deleted below
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file is hidden and marked delete-on-exit
        }
    }

    /** "Cannot write out.nt : no such folder out", or "disk full writing out.nt" when the device is full. */
    static UncheckedIOException failure(Path target, IOException e) {
        String reason = reason(e);
        if (reason != null && reason.contains("No space left on device"))
            return new UncheckedIOException("disk full writing " + target, e);
        return new UncheckedIOException("Cannot write " + target + " : " + reason, e);
    }

    /**
     * NIO's exceptions carry only the path as their message ("/out/x.nq"); the reason is in their type
     * or {@code getReason()}.
     */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException f) return f.getFile() + " is a file, not a folder";
        if (e instanceof NoSuchFileException f) return "no such folder " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied on " + f.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason() + ": " + f.getFile();
        return e.getMessage();
    }
}
