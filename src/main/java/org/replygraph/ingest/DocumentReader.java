package org.replygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads one file into a {@link SourceDocument}: detects its charset (see {@link EncodingDetector})
 * and turns a saved web page ({@code .html}, {@code .htm}, or text opening with {@code <html>})
 * into plain text.
 *
 * <pre>{@code
 * SourceDocument doc = new DocumentReader().read(Path.of("letters/03.html"));
 * doc.charset();   // "GB18030" when the page declares gb2312
 * doc.text();      // "索引号: | ynsgxw-1-13202 | …\n王芳等8名代表:\n…"
 * }</pre>
 *
 * A file that cannot be read throws {@link IngestException} naming the file and the reason:
 * {@code letters/x.txt: empty file (0 bytes)}, {@code binary content: NUL byte at offset 12},
 * {@code undecodable bytes: …}, {@code unreadable: …}.
 */
public final class DocumentReader {
    /**
     * The largest file read as one document: 16 MiB. A reply letter is 2-50 KB and a saved page with
     * its chrome rarely passes 1 MB; a bigger file is an archive or a dump given by mistake, and reading
     * it whole would cost the build its memory.
     */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    /** Why a FIFO, socket or device is not read: a FIFO blocks a read forever and /dev/zero never ends. */
    static final String NOT_REGULAR = "refused: not a regular file (a FIFO, socket or device)";

    private final EncodingDetector detector = new EncodingDetector();
    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader refusing files over {@code maxBytes}. */
    public DocumentReader(long maxBytes) {
        if (maxBytes < 1) throw new IllegalArgumentException("Illegal maxBytes=" + maxBytes + " : must be at least 1");
        this.maxBytes = maxBytes;
    }

    public SourceDocument read(Path file) throws IngestException {
        if (Files.isDirectory(file)) throw new IngestException(file, "unreadable: is a folder, not a file");
        // A FIFO blocks a read forever and /dev/zero never ends: only regular files are documents.
        if (Files.exists(file) && !Files.isRegularFile(file)) throw new IngestException(file, NOT_REGULAR);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new IngestException(file, "refused: too large for one document (" + megabytes(size)
                        + "; the limit is " + megabytes(maxBytes) + ", set by --max-file-mb)");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, "unreadable: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        return read(file, bytes);
    }

    /** Reads {@code bytes} as the content of {@code file} (the name decides whether it is a web page). */
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        if (bytes.length == 0) throw new IngestException(file, "empty file (0 bytes)");
        boolean htmlName = isHtmlName(file);
        String declared = htmlName || HtmlText.bytesLookLikePage(bytes) ? HtmlText.declaredCharset(bytes) : null;
        DecodedText decoded = detector.decode(file, bytes, declared);
        boolean page = htmlName || HtmlText.looksLikePage(decoded.text());
        String text = page ? HtmlText.toText(decoded.text()) : decoded.text();
        if (text.isBlank())
            throw new IngestException(file, page ? "empty file: the web page has no text" : "empty file: only white space");
        return new SourceDocument(file.getFileName().toString(), sha256(bytes), decoded.charset(), text);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    static boolean isHtmlName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
