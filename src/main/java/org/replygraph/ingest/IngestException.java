package org.replygraph.ingest;

import java.nio.file.Path;

/** A file that cannot be read as a document; the message names the file and the reason. */
public final class IngestException extends Exception {
    private final Path file;

    public IngestException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public IngestException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
