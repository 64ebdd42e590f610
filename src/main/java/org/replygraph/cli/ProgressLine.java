package org.replygraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.replygraph.graph.BuildProgress;

/**
 * A build's progress on stderr once it has run for a couple of seconds: on a terminal one live line
 * redrawn in place, otherwise (a log, a pipe) a plain line every few seconds. Nothing for a short
 * build; nothing with {@code --quiet}.
 * <pre>
 * 1,250/2,000 documents  312 docs/s  ETA 0:03
 * </pre>
 * The clock (nanoseconds) and the writer are injected, so tests drive time by hand.
 */
final class ProgressLine implements BuildProgress {
    /** Silent for builds shorter than this. */
    static final long QUIET_NANOS = 2_000_000_000L;
    /** A plain line (not a terminal) at most this often. */
    static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    /** The live line is redrawn at most this often. */
    static final long LIVE_EVERY_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private long start;
    private long lastPrint;
    private int total;
    private boolean printed;
    private int width;

    ProgressLine(PrintWriter out, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** On the JVM's stderr, live when there is a console. */
    static ProgressLine onStderr() {
        return new ProgressLine(new PrintWriter(System.err, true), System.console() != null, System::nanoTime);
    }

    @Override
    public void started(int total) {
        this.total = total;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    @Override
    public void documentDone(int done) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS) return;
        if (printed && now - lastPrint < (terminal ? LIVE_EVERY_NANOS : PLAIN_EVERY_NANOS)) return;
        if (!printed && !terminal && now - start < PLAIN_EVERY_NANOS) return;
        print(line(done, now));
        lastPrint = now;
    }

    /** The build's last step: "20,000/20,000 documents, writing the sorted output: 1,234,567 lines". */
    @Override
    public void writing(long lines) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS) return;
        if (printed && now - lastPrint < (terminal ? LIVE_EVERY_NANOS : PLAIN_EVERY_NANOS)) return;
        print(String.format(Locale.ROOT, "%,d/%,d documents, writing the sorted output: %,d lines", total, total, lines));
        lastPrint = now;
    }

    @Override
    public void finished(int total) {
        if (!printed) return;
        long now = clock.getAsLong();
        print(String.format(Locale.ROOT, "%,d/%,d documents in %s", total, this.total, clock(now - start)));
        if (terminal) out.println();
        out.flush();
    }

    private void print(String line) {
        if (terminal) {
            // \r returns to the start; spaces wipe what a longer earlier line left
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            out.println(line);
        }
        out.flush();
        printed = true;
    }

    /** "1,250/2,000 documents  312 docs/s  ETA 0:03". */
    String line(int done, long now) {
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? clock((long) ((total - done) / rate * 1e9)) : "?";
        return String.format(Locale.ROOT, "%,d/%,d documents  %,.0f docs/s  ETA %s", done, total, rate, eta);
    }

    /** "0:03", "12:30", "1:02:03". */
    static String clock(long nanos) {
        long s = Math.round(nanos / 1e9);
        long h = s / 3600, m = s / 60 % 60, sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
