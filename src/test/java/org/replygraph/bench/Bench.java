package org.replygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The run's settings and the small helpers its sections share. */
record Bench(boolean quick, List<Integer> sizes, long seed, Path work, double warmSeconds, double seconds,
             List<Integer> clients, Report report) {
    static final String CLI = "org.replygraph.cli.Main";
    /** The build's total line: "200 documents (200 reply letters, 0 other), 0 failed, 31234 quads". */
    private static final Pattern TOTAL = Pattern.compile("(\\d+) documents? \\((\\d+) reply letters?, \\d+ other\\), (\\d+) failed, (\\d+) quads");

    /** Whether {@code replygraph COMMAND --help} lists the option: a feature other branches may not have landed yet. */
    boolean supports(String command, String option) {
        Child.Result help = Child.java(work, "help-" + command, List.of(), CLI, command, "--help").run();
        return help.ok() && Pattern.compile("(^|[\\s,\\[])" + Pattern.quote(option) + "\\b").matcher(help.out()).find();
    }

    Path letters(int n) {
        return work.resolve("synth").resolve(String.valueOf(n));
    }

    Path out(String name) {
        return work.resolve("out").resolve(name);
    }

    static String label(int n) {
        return n % 1000 == 0 ? (n / 1000) + "k" : String.valueOf(n);
    }

    /** Documents read, failed and quads from a build's output; null when it printed no total line. */
    static long[] total(String output) {
        Matcher m = TOTAL.matcher(output);
        long[] last = null;
        while (m.find()) last = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
        return last;
    }

    /** SHA-256 over a file, or over a folder's files in name order (names and bytes). */
    static String digest(Path p) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    for (Path f : s.sorted().toList()) {
                        md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(f));
                    }
                }
            } else {
                try (var in = Files.newInputStream(p)) {
                    byte[] b = new byte[1 << 16];
                    int r;
                    while ((r = in.read(b)) > 0) md.update(b, 0, r);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + p, e);
        }
    }

    static long sizeOf(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
