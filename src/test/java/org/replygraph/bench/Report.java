package org.replygraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the benchmark prints: section headings, rows of figures, "n/a: why" for what this build cannot
 * measure yet, targets with their measured figure, and the breakages that make the run fail (a command
 * failing, nothing built, output that differs between identical runs). Slowness is never a breakage.
 */
final class Report {
    private final PrintStream out;
    private final List<String> breakages = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();

    Report(PrintStream out) {
        this.out = out;
    }

    void section(String title) {
        out.println();
        out.println("== " + title);
        out.flush();
    }

    void row(String name, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-48s " + format + "%n", prepend(name, args));
        out.flush();
    }

    void na(String name, String why) {
        row(name, "n/a: %s", why);
    }

    void note(String text) {
        out.println("  " + text);
        out.flush();
    }

    void broken(String what) {
        breakages.add(what);
        row("BROKEN", "%s", what);
    }

    /** A target: its name, the measured figure as text, and whether it holds (null when not measurable). */
    void target(String name, String measured, Boolean holds) {
        targets.add(String.format(Locale.ROOT, "  %-72s %-14s %s", name, measured,
                holds == null ? "n/a" : holds ? "met" : "NOT MET"));
    }

    /** Prints the targets and breakages; the process exit code (0 unless something broke). */
    int finish() {
        section("targets (issue 8)");
        targets.forEach(out::println);
        section("result");
        if (breakages.isEmpty()) {
            out.println("  no breakage");
        } else {
            breakages.forEach(b -> out.println("  BROKEN: " + b));
        }
        out.flush();
        return breakages.isEmpty() ? 0 : 1;
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static String mb(double mb) {
        return mb < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", mb);
    }
}
