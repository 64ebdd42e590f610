package org.replygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM child process on the benchmark's classpath: {@code Child.java(work, "build-1k", List.of(), "org.replygraph.cli.Main",
 * "build", dir, "-o", out).run()} gives its exit code, wall time from start to exit, peak resident set (VmHWM,
 * read from /proc every 20 ms) and its output (kept in files under the work folder).
 */
final class Child {
    /** How one run ended. {@code peakRssMb} is -1 where /proc is absent. */
    record Result(int exit, double seconds, double peakRssMb, String out, String err) {
        boolean ok() {
            return exit == 0;
        }

        /** picocli's answer to an option the command does not have: a feature not on this branch yet. */
        boolean unknownOption() {
            return exit == 2 && (err.contains("Unknown option") || err.contains("Unmatched argument") || err.contains("Unknown options"));
        }

        /**
         * The line of stderr that says why it failed: the command's own message ("replygraph build: …") or the
         * first exception, not a progress line; else the last line.
         */
        String why() {
            String e = err.strip();
            if (e.isEmpty()) e = out.strip();
            String[] lines = e.split("\n");
            for (String line : lines)
                if (line.startsWith("replygraph ") || line.contains("Exception") || line.contains("Error")) return "exit " + exit + ": " + line.strip();
            return "exit " + exit + ": " + lines[lines.length - 1].strip();
        }
    }

    private final ProcessBuilder builder;
    private final Path log;

    private Child(ProcessBuilder builder, Path log) {
        this.builder = builder;
        this.log = log;
    }

    /** {@code java [jvmOptions] -cp CLASSPATH mainClass args} with its output kept under {@code work/logs/name.*}. */
    static Child java(Path work, String name, List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return logged(work, name, cmd);
    }

    /** {@code java [jvmOptions] -jar JAR args}, as the README runs the packaged jar, output kept as {@link #java} keeps it. */
    static Child jar(Path work, String name, List<String> jvmOptions, Path jar, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(List.of(args));
        return logged(work, name, cmd);
    }

    /** {@code cmd} with its output and errors kept in {@code work/logs/name.out} and {@code .err}. */
    private static Child logged(Path work, String name, List<String> cmd) {
        Path logs = work.resolve("logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(logs.resolve(name + ".out").toFile())
                .redirectError(logs.resolve(name + ".err").toFile());
        return new Child(b, logs.resolve(name));
    }

    /** Starts it; the caller stops it ({@link Running#stop}). */
    Running start() {
        try {
            return new Running(builder.start(), System.nanoTime(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + builder.command(), e);
        }
    }

    /** Runs it to the end. */
    Result run() {
        Running r = start();
        return r.waitFor();
    }

    /** A started child: its pid, start time and peak RSS so far. */
    static final class Running {
        final Process process;
        final long startNanos;
        private final Path log;
        private long peakKb = -1;

        Running(Process process, long startNanos, Path log) {
            this.process = process;
            this.startNanos = startNanos;
            this.log = log;
        }

        long pid() {
            return process.pid();
        }

        /** VmHWM so far, in MB (-1 when /proc cannot tell). */
        double peakRssMb() {
            sample();
            return peakKb < 0 ? -1 : peakKb / 1024.0;
        }

        /** VmRSS now, in MB. */
        double rssMb() {
            long kb = procStatus("VmRSS:");
            return kb < 0 ? -1 : kb / 1024.0;
        }

        /** User + system CPU seconds the child has used so far (from /proc/PID/stat), -1 when unknown. */
        double cpuSeconds() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        private void sample() {
            long kb = procStatus("VmHWM:");
            if (kb > peakKb) peakKb = kb;
        }

        private long procStatus(String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                    if (line.startsWith(key)) return Long.parseLong(line.substring(key.length()).replace("kB", "").strip());
                }
            } catch (IOException | RuntimeException e) {
                // the process has ended, or there is no /proc: keep what was sampled
            }
            return -1;
        }

        Result waitFor() {
            try {
                while (process.isAlive()) {
                    sample();
                    process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
                double seconds = (System.nanoTime() - startNanos) / 1e9;
                return new Result(process.exitValue(), seconds, peakKb < 0 ? -1 : peakKb / 1024.0, read(".out"), read(".err"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("Interrupted while waiting for " + log, e);
            }
        }

        /** Stops a server child (SIGTERM, then SIGKILL after 10 s). */
        Result stop() {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Result(process.exitValue(), (System.nanoTime() - startNanos) / 1e9, peakKb < 0 ? -1 : peakKb / 1024.0,
                    read(".out"), read(".err"));
        }

        String read(String suffix) {
            try {
                Path p = Path.of(log + suffix);
                return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                return "";
            }
        }
    }
}
