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
 * at most {@link #FAN_IN} at a time) when the lines are read back. Lines are held as UTF-8 bytes: a build
 * adds each document's lines already sorted ({@link SortedLineBlock}, made by {@link LineTripleSink} on the
 * worker that built it), so a run is a k-way merge of those blocks, and the file is written from the bytes;
 * lines added one by one as Strings (an export of a dataset) are encoded and sorted as one more block. No step holds the
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
    /** Sorted blocks of lines held in memory (documents' lines), and Strings added one by one, not yet sorted. */
    private List<SortedLineBlock> blocks = new ArrayList<>();
    private List<String> loose = new ArrayList<>();
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
        loose.add(line);
        buffered += LINE_OVERHEAD + 2L * line.length();
        if (buffered >= bufferBytes) spillInBackground();
    }

    /** Adds a document's sorted, distinct lines; spills a sorted run when the buffer passes its bound. */
    void add(SortedLineBlock block) {
        if (read) throw new IllegalStateException("Lines added after they were read");
        blocks.add(block);
        buffered += block.bytes();
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
            if (runs.isEmpty()) return new SortedLines(memoryMerge(), List.of());
            spill();
            while (runs.size() > FAN_IN) mergeSome();
            List<RunReader> readers = open(runs);
            return new SortedLines(runMerge(readers), readers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge sort runs under " + runDir + " : " + e.getMessage(), e);
        }
    }

    /**
     * Writes the distinct lines in String order to {@code out} as UTF-8, a line break after each, telling
     * {@code written} the lines written every {@value BuildProgress#WRITING_EVERY}; the lines are read once, as
     * by {@link #sorted()}. The lines are merged and written as bytes ({@link #compareAsStrings}), never decoded.
     */
    public void writeDistinct(OutputStream out, LongConsumer written) throws IOException {
        if (read) throw new IllegalStateException("Lines read twice");
        read = true;
        awaitPending();
        List<RunReader> readers = List.of();
        try {
            Merge merge;
            if (runs.isEmpty()) {
                merge = memoryMerge();
            } else {
                spill();
                while (runs.size() > FAN_IN) mergeSome();
                readers = open(runs);
                merge = runMerge(readers);
            }
            long n = 0;
            while (merge.next()) {
                merge.writeTo(out);
                if (++n % BuildProgress.WRITING_EVERY == 0) written.accept(n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot merge sort runs under " + runDir + " : " + e.getMessage(), e);
        } finally {
            for (RunReader r : readers) r.close();
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
        return compareAsStrings(a, 0, aLength, b, 0, bLength);
    }

    /** As {@link #compareAsStrings(byte[], int, byte[], int)}, for the lines a[aFrom, aTo) and b[bFrom, bTo). */
    static int compareAsStrings(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int i = Arrays.mismatch(a, aFrom, aTo, b, bFrom, bTo);
        if (i < 0) return 0;
        if (i == aTo - aFrom || i == bTo - bFrom) return (aTo - aFrom) - (bTo - bFrom);
        return utf16Rank(a[aFrom + i]) - utf16Rank(b[bFrom + i]);
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
        List<RunReader> readers = open(some);
        try (OutputStream w = runOutput(merged)) {
            Merge m = runMerge(readers);
            while (m.next()) m.writeTo(w);
        } finally {
            for (RunReader r : readers) r.close();
        }
        for (Path p : some) Files.deleteIfExists(p);
        runs.add(merged);
    }

    /** A pull over the sorted, distinct lines, decoded; a k-way merge of the in-memory blocks or of the runs. */
    public static final class SortedLines implements Iterator<String>, AutoCloseable {
        private final Merge merge;
        private final List<RunReader> readers;
        private String next;

        private SortedLines(Merge merge, List<RunReader> readers) throws IOException {
            this.merge = merge;
            this.readers = readers;
            next = step();
        }

        private String step() throws IOException {
            return merge.next() ? merge.decoded() : null;
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
            for (RunReader r : readers) r.close();
        }
    }

    private static List<RunReader> open(List<Path> files) throws IOException {
        List<RunReader> readers = new ArrayList<>();
        try {
            for (Path f : files) readers.add(new RunReader(Files.newInputStream(f)));
            return readers;
        } catch (IOException | RuntimeException e) {
            for (RunReader r : readers) r.close();
            throw e;
        }
    }

    private static Merge runMerge(List<RunReader> readers) throws IOException {
        List<Cursor> cursors = new ArrayList<>();
        for (RunReader r : readers) cursors.add(new RunCursor(r));
        return new Merge(cursors);
    }

    /** The lines held in memory (the blocks, and the loose Strings as one more block), merged. */
    private Merge memoryMerge() throws IOException {
        List<SortedLineBlock> all = drain();
        List<Cursor> cursors = new ArrayList<>();
        for (SortedLineBlock b : all) cursors.add(new BlockCursor(b));
        return new Merge(cursors);
    }

    /** The buffer's blocks, the loose Strings sorted into one more; the buffer starts empty again. */
    private List<SortedLineBlock> drain() {
        List<SortedLineBlock> all = blocks;
        if (!loose.isEmpty()) all.add(SortedLineBlock.of(loose));
        blocks = new ArrayList<>();
        loose = new ArrayList<>();
        buffered = 0;
        return all;
    }

    /**
     * Hands the full buffer to the sort thread and starts a new one: merging and writing a run overlaps
     * with filling the next (so at most two buffers are held). The run's file is named here, in order.
     */
    private void spillInBackground() {
        awaitPending();
        List<SortedLineBlock> full = blocks;
        List<String> fullLoose = loose;
        blocks = new ArrayList<>();
        loose = new ArrayList<>();
        buffered = 0;
        Path run = newRunOrFail();
        runs.add(run);
        if (spiller == null) spiller = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "replygraph-sort");
            t.setDaemon(true);
            return t;
        });
        pending = spiller.submit(() -> {
            if (!fullLoose.isEmpty()) full.add(SortedLineBlock.of(fullLoose));
            writeRun(full, run);
        });
    }

    /** Writes what is buffered as the last run, in this thread. */
    private void spill() {
        if (blocks.isEmpty() && loose.isEmpty()) return;
        Path run = newRunOrFail();
        runs.add(run);
        writeRun(drain(), run);
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

    /** Merges the sorted blocks and writes their lines, each once, to {@code run}. */
    private void writeRun(List<SortedLineBlock> sorted, Path run) {
        try (OutputStream w = runOutput(run)) {
            List<Cursor> cursors = new ArrayList<>();
            for (SortedLineBlock b : sorted) cursors.add(new BlockCursor(b));
            Merge m = new Merge(cursors);
            while (m.next()) m.writeTo(w);
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
     * encoded by String.getBytes.
     */
    static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /**
     * The lines of a run file as bytes, never decoded on the way to the output (BufferedReader's decoder was 6% of a
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

    /** A sorted source of lines as bytes: {@link #line}[{@link #from}, {@link #to}) is its current line. */
    private abstract static class Cursor implements Comparable<Cursor> {
        byte[] line;
        int from;
        int to;

        /** Moves to the next line; false at the end. */
        abstract boolean advance() throws IOException;

        @Override
        public int compareTo(Cursor o) {
            return compareAsStrings(line, from, to, o.line, o.from, o.to);
        }
    }

    /** A run file's lines (the reader's own buffer, valid until it advances). */
    private static final class RunCursor extends Cursor {
        private final RunReader reader;

        RunCursor(RunReader reader) {
            this.reader = reader;
        }

        @Override
        boolean advance() throws IOException {
            int n = reader.readBytes();
            line = reader.line;
            from = 0;
            to = Math.max(n, 0);
            return n >= 0;
        }
    }

    /** A block's lines, in its order. */
    private static final class BlockCursor extends Cursor {
        private final SortedLineBlock block;
        private int i = -1;

        BlockCursor(SortedLineBlock block) {
            this.block = block;
            this.line = block.data();
        }

        @Override
        boolean advance() {
            if (++i >= block.lines()) return false;
            from = block.start(i);
            to = block.end(i);
            return true;
        }
    }

    /** The distinct lines of sorted cursors, in order (k-way, by a priority queue). */
    private static final class Merge {
        private final PriorityQueue<Cursor> queue = new PriorityQueue<>();
        private Cursor current;
        private byte[] last = new byte[1 << 10];
        private int lastLength = -1;

        Merge(List<Cursor> cursors) throws IOException {
            for (Cursor c : cursors) if (c.advance()) queue.add(c);
        }

        /** Moves to the next distinct line; false at the end. */
        boolean next() throws IOException {
            if (current != null && current.advance()) queue.add(current);
            current = null;
            Cursor h;
            while ((h = queue.poll()) != null) {
                int n = h.to - h.from;
                if (lastLength == n && Arrays.equals(h.line, h.from, h.to, last, 0, n)) {
                    if (h.advance()) queue.add(h);
                    continue;
                }
                if (last.length < n) last = new byte[Math.max(2 * last.length, n)];
                System.arraycopy(h.line, h.from, last, 0, n);
                lastLength = n;
                current = h;
                return true;
            }
            return false;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(last, 0, lastLength);
            out.write('\n');
        }

        String decoded() {
            return new String(last, 0, lastLength, StandardCharsets.UTF_8);
        }
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        blocks = new ArrayList<>();
        loose = new ArrayList<>();
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
