package org.replygraph.ingest;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input file after decoding: its name, the SHA-256 of its bytes, the charset it was read in and
 * its text (for a saved HTML page, the page's text). Offsets elsewhere in ReplyGraph count chars of
 * {@link #text()}.
 *
 * <pre>{@code
 * SourceDocument doc = new DocumentReader().read(Path.of("seeds/000_1a2b3c4d5e6f7a8b.txt"));
 * doc.fileName();  // "000_1a2b3c4d5e6f7a8b.txt"
 * doc.charset();   // "UTF-8"
 * }</pre>
 */
public record SourceDocument(String fileName, String sha256, String charset, String text) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(text, "text");
        if (fileName.isBlank()) throw new IllegalArgumentException("Illegal fileName='' : a document needs a file name");
        if (!SHA256.matcher(sha256).matches())
            throw new IllegalArgumentException("Illegal sha256=" + sha256 + " : must be 64 lower-case hex digits");
    }

    /** The file name without its extension, e.g. {@code 000_1a2b3c4d5e6f7a8b}. */
    public String stem() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
