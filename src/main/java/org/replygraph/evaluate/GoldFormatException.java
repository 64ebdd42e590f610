package org.replygraph.evaluate;

import java.nio.file.Path;

/**
 * A gold file that cannot be used; the message names the file and the reason, e.g.
 * {@code "gold/a.json: doc_type: unknown doc_type \"memo\": must be reply_letter, other or either"}.
 * {@link GoldSet#load} keeps it as data, so one bad file does not stop the others.
 */
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
