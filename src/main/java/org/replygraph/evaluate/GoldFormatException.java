package org.replygraph.evaluate;

import java.nio.file.Path;

/** A gold file that cannot be used; the message names the file and the reason. */
public final class GoldFormatException extends Exception {
    private final Path file;
    private final String reason;

    public GoldFormatException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public GoldFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
