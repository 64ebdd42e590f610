package org.replygraph.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Sorts lines in Java String order and drops duplicates, holding at most about {@code bufferBytes} of
 * them in memory (twice that while a full buffer is written): past that bound the buffer is sorted and
 * written to a run file by a background thread while the next fills, and the runs are merged (k-way,
 * at most {@link #FAN_IN} at a time) when the lines are read back. No step holds the
 * whole output in one array or string (performance-notes trap 9), so 100k letters sort as 100 do.
 *
 * <pre>{@code
 * try (LineSorter s = new LineSorter(runDir, 64 << 20)) {
 *     s.add("<b> <p> <o> .");  s.add("<a> <p> <o> .");  s.add("<b> <p> <o> .");
 *     try (LineSorter.SortedLines lines = s.sorted()) {
 *         lines.forEachRemaining(...);   // "<a> <p> <o> .", "<b> <p> <o> ."
 *     }
 * }
 * }</pre>
 * Run files go in a fresh folder under {@code tempParent} (the output's own folder for exports, so a
 * RAM-backed /tmp does not hold them) and are deleted by {@link #close()}.
 */
public final class LineSorter implements AutoCloseable {
    /** Runs merged at once; more are first merged into intermediate runs. */
    static final int FAN_IN = 64;
    /** The run folder's name: this prefix, the PID, a dash, a random part ({@link StaleTemps}). */
    static final String RUN_DIR_PREFIX = ".replygraph-sort-";
    /** Bytes a buffered line costs beyond its characters: String and array headers, a list slot. */
    private static final long LINE_OVERHEAD = 56;

    private final Path tempParent;
    private final long bufferBytes;
    private List<String> buffer = new ArrayList<>();
    /** The run being sorted and written on the sort thread while the next buffer fills (at most one). */
    private Future<?> pending;
    private ExecutorService spiller;
    private final List<Path> runs = new ArrayList<>();
    private Path runDir;
    private long buffered;
    private boolean read;

    public LineSorter(Path tempParent, long bufferBytes) {
        if (bufferBytes <= 0) throw new IllegalArgumentException("Illegal bufferBytes=" + bufferBytes + " : must be positive");
        this.tempParent = tempParent;
        this.bufferBytes = bufferBytes;
    }

    /** Adds one line (without its line break); spills a sorted run when the buffer passes its bound. */
    public void add(String line) {
        if (read) throw new IllegalStateException("Lines added after they were read");
        buffer.add(line);
        buffered += LINE_OVERHEAD + 2L * line.length();
        if (buffered >= bufferBytes) spillInBackground();
    }

    /** The number of run files written so far (0 while everything fits the buffer). */
    public int runs() {
        return runs.size();
    }

    /**
     * The distinct lines in String order, read once; close it to release the run files' readers.
     * Runs beyond {@link #FAN_IN} are first merged into intermediate runs.
     */
    public SortedLines sorted() {
        if (read) throw new IllegalStateException("Lines read twice");
        read = true;
        awaitPending();
        try {
            if (runs.isEmpty()) {
                buffer.sort(null);
                List<String> lines = new ArrayList<>(buffer);
                buffer.clear();
                return new SortedLines(lines.iterator(), List.of());
            }
            spill();
            while (runs.size() > FAN_IN) mergeSome();
            return open(runs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge sort runs under " + runDir + " : " + e.getMessage(), e);
        }
    }

    /**
     * Writes the distinct lines in String order to {@code out} as UTF-8, a line break after each, telling
     * {@code written} the lines written every {@value BuildProgress#WRITING_EVERY}; the lines are read once, as
     * by {@link #sorted()}. The runs are merged as bytes ({@link #compareAsStrings}): decoding each line of
     * the runs into a String and encoding it again was most of this last, single-threaded step of a build.
     */
    public void writeDistinct(OutputStream out, LongConsumer written) throws IOException {
        if (read) throw new IllegalStateException("Lines read twice");
        awaitPending();
        if (runs.isEmpty()) {
            try (SortedLines lines = sorted()) {
                long n = 0;
                while (lines.hasNext()) {
                    writeLine(out, lines.next());
                    if (++n % BuildProgress.WRITING_EVERY == 0) written.accept(n);
                }
            }
            return;
        }
        read = true;
        spill();
        while (runs.size() > FAN_IN) mergeSome();
        List<ByteHead> heads = new ArrayList<>();
        try {
            for (Path f : runs) heads.add(new ByteHead(new RunReader(Files.newInputStream(f))));
            PriorityQueue<ByteHead> queue = new PriorityQueue<>();
            for (ByteHead h : heads) if (h.advance()) queue.add(h);
            byte[] last = new byte[1 << 10];
            int lastLength = -1;
            long n = 0;
            ByteHead h;
            while ((h = queue.poll()) != null) {
                if (lastLength < 0 || !Arrays.equals(h.line, 0, h.length, last, 0, lastLength)) {
                    out.write(h.line, 0, h.length);
                    out.write('\n');
                    if (last.length < h.length) last = new byte[Math.max(2 * last.length, h.length)];
                    System.arraycopy(h.line, 0, last, 0, h.length);
                    lastLength = h.length;
                    if (++n % BuildProgress.WRITING_EVERY == 0) written.accept(n);
                }
                if (h.advance()) queue.add(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge sort runs under " + runDir + " : " + e.getMessage(), e);
        } finally {
            for (ByteHead x : heads) x.reader.close();
        }
    }

    /**
     * Compares two UTF-8 lines as {@link String#compareTo} compares them decoded, without decoding. UTF-8 bytes
     * sort by code point, Java strings by UTF-16 unit: the two differ only where a supplementary character
     * (a 4-byte sequence, lead byte F0-F4; in UTF-16 a surrogate pair, D800-DBFF first) meets one of
     * U+E000-U+FFFF (lead EE or EF), e.g. 𠀀 (U+20000) against ， (U+FF0C): the string puts 𠀀 first. Both lines
     * agree up to their first differing byte, so that byte is in the same position of a character on both
     * sides; ranking the lead bytes F0-F4 between ED and EE settles it.
     */
    static int compareAsStrings(byte[] a, int aLength, byte[] b, int bLength) {
        int i = Arrays.mismatch(a, 0, aLength, b, 0, bLength);
        if (i < 0) return 0;
        if (i == aLength || i == bLength) return aLength - bLength;
        return utf16Rank(a[i]) - utf16Rank(b[i]);
    }

    private static int utf16Rank(byte b) {
        int x = b & 0xff;
        if (x >= 0xF0) return x - 0xF0 + 0xEE; // F0-F4: surrogate pairs, before U+E000
        if (x >= 0xEE) return x + 5;            // EE, EF: U+E000-U+FFFF, after every surrogate pair
        return x;
    }

    /** Merges the first {@link #FAN_IN} runs into one new run at the end of the list. */
    private void mergeSome() throws IOException {
        List<Path> some = new ArrayList<>(runs.subList(0, FAN_IN));
        runs.subList(0, FAN_IN).clear();
        Path merged = newRun();
        try (SortedLines in = open(some); OutputStream w = runOutput(merged)) {
            while (in.hasNext()) writeLine(w, in.next());
        }
        for (Path p : some) Files.deleteIfExists(p);
        runs.add(merged);
    }

    /** A pull over sorted lines, duplicates dropped; a k-way merge when the lines come from runs. */
    public static final class SortedLines implements Iterator<String>, AutoCloseable {
        private final Iterator<String> memory;
        private final List<Head> heads;
        private final PriorityQueue<Head> queue = new PriorityQueue<>();
        private String next;
        private String last;

        private SortedLines(Iterator<String> memory, List<Head> heads) throws IOException {
            this.memory = memory;
            this.heads = heads;
            for (Head h : heads) if (h.advance()) queue.add(h);
            next = step();
        }

        private String step() throws IOException {
            while (true) {
                String line;
                if (memory != null && heads.isEmpty()) {
                    if (!memory.hasNext()) return null;
                    line = memory.next();
                } else {
                    Head h = queue.poll();
                    if (h == null) return null;
                    line = h.line;
                    if (h.advance()) queue.add(h);
                }
                if (!line.equals(last)) {
                    last = line;
                    return line;
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public String next() {
            if (next == null) throw new NoSuchElementException();
            String line = next;
            try {
                next = step();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a sort run : " + e.getMessage(), e);
            }
            return line;
        }

        @Override
        public void close() throws IOException {
            for (Head h : heads) h.reader.close();
        }
    }

    private static SortedLines open(List<Path> files) throws IOException {
        List<Head> heads = new ArrayList<>();
        try {
            for (Path f : files) heads.add(new Head(new RunReader(Files.newInputStream(f))));
            return new SortedLines(null, heads);
        } catch (IOException | RuntimeException e) {
            for (Head h : heads) h.reader.close();
            throw e;
        }
    }

    /**
     * Hands the full buffer to the sort thread and starts a new one: sorting and writing a run overlaps
     * with filling the next (so at most two buffers are held). The run's file is named here, in order.
     */
    private void spillInBackground() {
        awaitPending();
        List<String> full = buffer;
        buffer = new ArrayList<>();
        buffered = 0;
        Path run = newRunOrFail();
        runs.add(run);
        if (spiller == null) spiller = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "replygraph-sort");
            t.setDaemon(true);
            return t;
        });
        pending = spiller.submit(() -> writeRun(full, run));
    }

    /** Writes what is buffered as the last run, in this thread. */
    private void spill() {
        if (buffer.isEmpty()) return;
        Path run = newRunOrFail();
        runs.add(run);
        writeRun(buffer, run);
        buffer = new ArrayList<>();
        buffered = 0;
    }

    private void awaitPending() {
        if (pending == null) return;
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a sort run", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            pending = null;
        }
    }

    private Path newRunOrFail() {
        try {
            return newRun();
        } catch (IOException e) {
            throw runFailure(e);
        }
    }

    /** Sorts {@code lines} and writes them, each once, to {@code run}. */
    private void writeRun(List<String> lines, Path run) {
        lines.sort(null);
        try (OutputStream w = runOutput(run)) {
            String last = null;
            for (String l : lines) {
                if (!l.equals(last)) writeLine(w, l);
                last = l;
            }
        } catch (IOException e) {
            throw runFailure(e);
        }
    }

    private UncheckedIOException runFailure(IOException e) {
        String m = String.valueOf(e.getMessage());
        return new UncheckedIOException(m.contains("No space left on device")
                ? "disk full writing sort runs under " + runDir : "Cannot write a sort run under " + runDir + " : " + m, e);
    }

    private Path newRun() throws IOException {
        if (runDir == null) {
            Path parent = tempParent != null ? tempParent : Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(parent);
            runDir = Files.createTempDirectory(parent, StaleTemps.name(RUN_DIR_PREFIX));
            runDir.toFile().deleteOnExit();
            StaleTemps.remove(parent, RUN_DIR_PREFIX); // runs a killed build left here
        }
        Path run = Files.createTempFile(runDir, "run-", ".txt");
        run.toFile().deleteOnExit(); // a build stopped by SIGTERM leaves no run behind
        return run;
    }

    private static OutputStream runOutput(Path run) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(run), 1 << 16);
    }

    /**
     * A line and its break in UTF-8, as a BufferedWriter would write it (an unpaired surrogate becomes '?'),
     * encoded by String.getBytes: the writer's char-array encoder was 5% of a build's CPU in a JFR profile.
     */
    static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /**
     * The lines of a run file, decoded by {@code new String(bytes, UTF_8)} (BufferedReader's decoder was 6% of a
     * build's CPU). A run's lines hold no line break of their own (N-Triples escapes \n and \r), so \n ends a line.
     */
    private static final class RunReader implements AutoCloseable {
        private final java.io.InputStream in;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int end;
        private byte[] line = new byte[1 << 10];

        RunReader(java.io.InputStream in) {
            this.in = in;
        }

        /** The next line without its break; null at the end of the file. */
        String readLine() throws IOException {
            int n = readBytes();
            return n < 0 ? null : new String(line, 0, n, StandardCharsets.UTF_8);
        }

        /** Reads the next line's bytes into {@link #line}: their number, -1 at the end of the file. */
        int readBytes() throws IOException {
            int n = 0;
            while (true) {
                if (pos == end) {
                    end = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        return n == 0 ? -1 : n;
                    }
                }
                int start = pos;
                while (pos < end && buf[pos] != '\n') pos++;
                int len = pos - start;
                if (n + len > line.length) line = Arrays.copyOf(line, Math.max(2 * line.length, n + len));
                System.arraycopy(buf, start, line, n, len);
                n += len;
                if (pos < end) {
                    pos++; // the break
                    return n;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A run's current line as bytes (the reader's own buffer, valid until it advances), for {@link #writeDistinct}. */
    private static final class ByteHead implements Comparable<ByteHead> {
        final RunReader reader;
        byte[] line;
        int length;

        ByteHead(RunReader reader) {
            this.reader = reader;
        }

        boolean advance() throws IOException {
            length = reader.readBytes();
            line = reader.line;
            return length >= 0;
        }

        @Override
        public int compareTo(ByteHead o) {
            return compareAsStrings(line, length, o.line, o.length);
        }
    }

    private static final class Head implements Comparable<Head> {
        final RunReader reader;
        String line;

        Head(RunReader reader) {
            this.reader = reader;
        }

        boolean advance() throws IOException {
            line = reader.readLine();
            return line != null;
        }

        @Override
        public int compareTo(Head o) {
            return line.compareTo(o.line);
        }
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        buffer = new ArrayList<>();
        if (pending != null) pending.cancel(false);
        if (spiller != null) {
            spiller.shutdown();
            try {
                spiller.awaitTermination(1, TimeUnit.MINUTES); // let a run being written finish before it is deleted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (runDir == null) return;
        try (var files = Files.list(runDir)) {
            for (Iterator<Path> it = files.iterator(); it.hasNext(); ) Files.deleteIfExists(it.next());
            Files.deleteIfExists(runDir);
        } catch (IOException e) {
            // best effort: the folder is hidden and marked delete-on-exit
        }
    }
}
