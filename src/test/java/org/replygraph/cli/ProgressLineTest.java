package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line, driven by a hand-moved clock. */
class ProgressLineTest {
    static final long S = 1_000_000_000L;
    long now;
    final StringWriter text = new StringWriter();

    ProgressLine line(boolean terminal) {
        return new ProgressLine(new PrintWriter(text), terminal, () -> now);
    }

    @Test
    void aShortBuildPrintsNothing() {
        ProgressLine p = line(true);
        p.started(100);
        for (int i = 1; i <= 100; i++) {
            now += S / 100; // 1 s in all
            p.documentDone(i);
        }
        p.finished(100);
        assertEquals("", text.toString());
    }

    @Test
    void aTerminalGetsOneLiveLineRedrawnInPlace() {
        ProgressLine p = line(true);
        p.started(1000);
        now = 2 * S;
        p.documentDone(500);   // 250 docs/s, 500 left: 2 s
        now = 2 * S + S / 10;
        p.documentDone(510);   // too soon to redraw
        now = 4 * S;
        p.documentDone(1000);
        p.finished(1000);
        assertEquals("\r500/1,000 documents  250 docs/s  ETA 0:02"
                + "\r1,000/1,000 documents  250 docs/s  ETA 0:00"
                + "\r1,000/1,000 documents in 0:04              \n", text.toString());
    }

    @Test
    void elsewhereAPlainLineEveryFiveSeconds() {
        ProgressLine p = line(false);
        p.started(20_000);
        for (int i = 1; i <= 12; i++) {
            now = i * S;
            p.documentDone(i * 1000);
        }
        p.finished(20_000);
        assertEquals("5,000/20,000 documents  1,000 docs/s  ETA 0:15\n"
                + "10,000/20,000 documents  1,000 docs/s  ETA 0:10\n"
                + "20,000/20,000 documents in 0:12\n", text.toString());
    }

    @Test
    void theLineGoesOnWhileTheSortedOutputIsWritten() {
        ProgressLine p = line(false);
        p.started(20_000);
        now = 6 * S;
        p.documentDone(20_000);
        now = 8 * S;
        p.writing(65_536);      // too soon after the last line
        now = 12 * S;
        p.writing(1_048_576);
        now = 13 * S;
        p.finished(20_000);
        assertEquals("20,000/20,000 documents  3,333 docs/s  ETA 0:00\n"
                + "20,000/20,000 documents, writing the sorted output: 1,048,576 lines\n"
                + "20,000/20,000 documents in 0:13\n", text.toString());
    }

    @Test
    void clockReadsAsMinutesOrHours() {
        assertEquals("0:03", ProgressLine.clock(3 * S));
        assertEquals("12:30", ProgressLine.clock(750 * S));
        assertEquals("1:02:03", ProgressLine.clock(3723 * S));
    }
}
