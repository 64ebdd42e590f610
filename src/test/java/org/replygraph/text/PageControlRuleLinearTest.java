package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The page-control rule is linear in the page: a line's trailing controls are looked for within that line only. It once
 * searched back for a space with String.lastIndexOf, which runs to the text's start on a line without one, so a 2 M-char
 * page of short lines took minutes and never reached its time-limit check (DocumentLimitsTest). Measured as in
 * LinearTimeTest: the thread's CPU time, median of interleaved runs, 10x the text at most 15x the time (the quadratic
 * search measured ~100x here).
 */
class PageControlRuleLinearTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final PageControlRule RULE = new PageControlRule("", "");

    @Test
    void shortLinesWithoutASpaceCostTimeLinearInThePage() {
        Assumptions.assumeTrue(THREADS.isCurrentThreadCpuTimeSupported(), "this JVM cannot measure a thread's CPU time");
        String small = "实验室\n".repeat(10_000);
        String big = "实验室\n".repeat(100_000);
        assertEquals(0, spans(big), "no line here is a control");
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio > 15; attempt++) {
            long[] s = new long[3];
            long[] b = new long[3];
            for (int i = 0; i < 3; i++) {
                s[i] = cpu(small);
                b[i] = cpu(big);
            }
            Arrays.sort(s);
            Arrays.sort(b);
            ratio = (double) b[1] / Math.max(1, s[1]);
        }
        assertTrue(ratio <= 15, "10x the page cost " + ratio + "x the CPU time");
    }

    private static long cpu(String text) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        spans(text);
        return THREADS.getCurrentThreadCpuTime() - t0;
    }

    private static int spans(String text) {
        Spans spans = new Spans();
        RULE.find(text, spans);
        return spans.size();
    }
}
