package org.replygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * The scale benchmark of issue 8, in one run on one machine: synthetic letters, build in memory at each
 * size (letters/s, triples/s, peak RSS, cost per letter), RIOT's parse of what build wrote, the TDB2 store
 * against Jena's bulk loader, serve start-up, and pages at 1 and 32 clients on the seeds and on the big
 * store. Rows this build cannot measure print "n/a: why". Exits 1 only on breakage (docs/benchmark.md).
 * <pre>
 * bash bench/run            # 1k, 10k, 100k letters
 * bash bench/run --quick    # 200 and 1,000 letters, short load runs: CI
 * bash bench/run --sizes 1000,10000 --seconds 5
 * </pre>
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() { }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        List<String> a = Arrays.asList(args);
        boolean quick = a.contains("--quick");
        List<Integer> sizes = quick ? List.of(200, 1000) : List.of(1000, 10_000, 100_000);
        double seconds = quick ? 1 : 10;
        double warm = quick ? 1 : 5;
        long seed = 42;
        Path work = Path.of("target", "bench");
        boolean serve = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> { }
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--warmup" -> warm = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--no-serve" -> serve = false;
                default -> {
                    System.err.println("usage: bench/run [--quick] [--sizes 1000,10000,100000] [--seconds S] [--warmup S] [--seed N] [--work DIR] [--no-serve]");
                    System.exit(2);
                }
            }
        }
        Files.createDirectories(work);
        Report report = new Report(System.out);
        Bench bench = new Bench(quick, sizes, seed, work, warm, seconds, List.of(1, 32), report);
        header(bench);
        long start = System.nanoTime();
        BuildBench built = new BuildBench(bench);
        built.run();
        if (serve) new ServeBench(bench).run(built);
        report.section("run took " + Math.round((System.nanoTime() - start) / 1e9) + " s; load at the end: " + uptime());
        System.exit(report.finish());
    }

    private static void header(Bench b) {
        System.out.println("ReplyGraph scale benchmark (issue 8)" + (b.quick() ? ", quick mode" : ""));
        System.out.println("  date        " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("  load        " + uptime());
        System.out.println("  machine     " + Runtime.getRuntime().availableProcessors() + " cores, " + memTotal() + ", Java "
                + System.getProperty("java.version"));
        System.out.println("  commit      " + command("git", "rev-parse", "--short", "HEAD"));
        System.out.println("  sizes       " + b.sizes() + " synthetic letters, seed " + b.seed() + "; work folder " + b.work());
        System.out.println("  note        absolute times depend on the load above; compare the ratios, measured in this run");
    }

    private static String uptime() {
        String u = command("uptime");
        return u.isEmpty() ? "n/a" : u.strip();
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemTotal:"))
                    return String.format(java.util.Locale.ROOT, "%.1f GiB RAM", Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0);
        } catch (IOException | RuntimeException e) {
            // no /proc
        }
        return "RAM n/a";
    }

    private static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
