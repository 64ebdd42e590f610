package org.replygraph.ingest;

import java.nio.file.Path;

/**
 * A file that cannot be read as a document; the message names the file and the reason:
 * {@code new IngestException(Path.of("a.txt"), "empty file (0 bytes)").getMessage()} is
 * {@code "a.txt: empty file (0 bytes)"}, and {@link #reason()} the part after the colon.
 */
public final class IngestException extends Exception {
    private final Path file;
    private final String reason;

    public IngestException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public IngestException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file, e.g. {@code empty file (0 bytes)}. */
    public String reason() {
        return reason;
    }
}
