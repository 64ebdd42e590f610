package org.replygraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary files and folders named with the PID of the process that made them
 * ({@code .replygraph-sort-4242-8213…}, {@code .out.nt.4242-1f3a9c2e.tmp}), so that the next run removes
 * what a process killed with {@code kill -9} left behind (delete-on-exit never runs then): an entry whose
 * PID is no live process is stale. An entry of a process still running is never touched.
 * <pre>{@code
 * Path dir = Files.createTempDirectory(parent, StaleTemps.name(".replygraph-sort-"));
 * StaleTemps.remove(parent, ".replygraph-sort-");     // others' leftovers, dead PIDs only
 * }</pre>
 */
public final class StaleTemps {
    private StaleTemps() { }

    /** {@code prefix} followed by this process's PID and a dash: the start of a temporary entry's name. */
    public static String name(String prefix) {
        return prefix + ProcessHandle.current().pid() + "-";
    }

    /** Deletes the entries of {@code folder} named {@code prefix}PID-… whose process is gone (best effort). */
    public static void remove(Path folder, String prefix) {
        List<Path> stale;
        try (Stream<Path> entries = Files.list(folder)) {
            stale = entries.filter(p -> isStale(p.getFileName().toString(), prefix)).toList();
        } catch (IOException e) {
            return; // a folder we cannot list holds nothing we can clean
        }
        for (Path p : stale) deleteTree(p);
    }

    static boolean isStale(String name, String prefix) {
        if (!name.startsWith(prefix)) return false;
        int dash = name.indexOf('-', prefix.length());
        if (dash <= prefix.length()) return false;
        long pid;
        try {
            pid = Long.parseLong(name.substring(prefix.length(), dash));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ph -> !ph.isAlive()).orElse(true);
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(q);
        } catch (IOException e) {
            // best effort: the next run tries again
        }
    }
}
