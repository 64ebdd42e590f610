package org.replygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * Generation, in-memory build, RIOT's parse of what build wrote, and the TDB2 store against Jena's
 * bulk loader: each a child JVM timed from start to exit with its peak RSS.
 */
final class BuildBench {
    private static final List<String> STORE_HEAP = List.of("-Xmx2g");

    private final Bench b;
    private final Report r;
    /** Wall seconds of the in-memory build by size, for the RIOT ratio and cost per letter. */
    private final Map<Integer, Double> buildSeconds = new LinkedHashMap<>();
    private double fixedSeconds = Double.NaN;
    /** The largest store built, or null when `build --store` is not available. */
    Path largestStore;
    int largestStoreSize;
    String storeUnavailable;

    BuildBench(Bench bench) {
        this.b = bench;
        this.r = bench.report();
    }

    void run() {
        synth();
        build();
        riot();
        store();
    }

    private void synth() {
        r.section("synthetic letters (replygraph synth, child JVM, seed " + b.seed() + ")");
        for (int n : b.sizes()) {
            Bench.deleteTree(b.letters(n));
            Child.Result res = Child.java(b.work(), "synth-" + n, List.of(), Bench.CLI,
                    "synth", "--letters", String.valueOf(n), "--seed", String.valueOf(b.seed()), "-o", b.letters(n).toString()).run();
            if (!res.ok()) {
                r.broken("synth " + n + " letters: " + res.why());
                continue;
            }
            r.row("synth " + Bench.label(n), "%7.1f s  %8.0f letters/s  %7.1f MB  peak RSS %s", res.seconds(), n / res.seconds(),
                    Bench.sizeOf(b.letters(n)) / 1e6, Report.mb(res.peakRssMb()));
        }
        int small = b.sizes().get(0);
        Path again = b.work().resolve("synth").resolve(small + "-again");
        Bench.deleteTree(again);
        Child.Result res = Child.java(b.work(), "synth-again", List.of(), Bench.CLI,
                "synth", "--letters", String.valueOf(small), "--seed", String.valueOf(b.seed()), "-o", again.toString()).run();
        boolean same = res.ok() && Files.isDirectory(b.letters(small)) && Bench.digest(again).equals(Bench.digest(b.letters(small)));
        r.row("synth " + Bench.label(small) + " again, same seed", "%s", same ? "byte-identical" : "DIFFERENT");
        if (!same) r.broken("synth with the same seed wrote different letters (" + (res.ok() ? "bytes differ" : res.why()) + ")");
        Bench.deleteTree(again);
    }

    private void build() {
        r.section("build in memory (build DIR -o N.nt, child JVM, default heap; wall time includes JVM start)");
        try {
            Files.createDirectories(b.out(""));
            Path one = b.work().resolve("synth").resolve("1");
            Bench.deleteTree(one);
            Files.createDirectories(one);
            Path first = firstLetter(b.letters(b.sizes().get(0)));
            if (first != null) Files.copy(first, one.resolve(first.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Child.Result fixed = buildRun(1, b.work().resolve("synth").resolve("1"), b.out("1.nt"));
        if (fixed != null) fixedSeconds = fixed.seconds();
        for (int n : b.sizes()) {
            Child.Result res = buildRun(n, b.letters(n), b.out(n + ".nt"));
            if (res != null) buildSeconds.put(n, res.seconds());
        }
        if (buildSeconds.size() > 1) {
            List<Integer> sizes = new ArrayList<>(buildSeconds.keySet());
            int lo = sizes.get(0);
            int hi = sizes.get(sizes.size() - 1);
            double costLo = buildSeconds.get(lo) / lo * 1000;
            double costHi = buildSeconds.get(hi) / hi * 1000;
            double margLo = (buildSeconds.get(lo) - fixedSeconds) / lo * 1000;
            double margHi = (buildSeconds.get(hi) - fixedSeconds) / hi * 1000;
            r.row("cost per letter " + Bench.label(lo) + " -> " + Bench.label(hi), "%.2f -> %.2f ms (ratio %.2f); without start-up %.2f -> %.2f ms (ratio %.2f)",
                    costLo, costHi, costHi / costLo, margLo, margHi, margHi / margLo);
            r.target("build cost per letter flat " + Bench.label(lo) + " -> " + Bench.label(hi) + " (ratio <= 1.2)",
                    String.format(java.util.Locale.ROOT, "%.2f", margHi / margLo), margHi / margLo <= 1.2);
            double rate = hi / buildSeconds.get(hi);
            r.target("build >= 1,000 letters/s in memory at " + Bench.label(hi), String.format(java.util.Locale.ROOT, "%.0f letters/s", rate), rate >= 1000);
        }
        // Determinism: the smallest corpus again, its files named in reverse order on the command line.
        int small = b.sizes().get(0);
        List<String> args = new ArrayList<>(List.of("build"));
        List<Path> files = files(b.letters(small));
        for (int i = files.size() - 1; i >= 0; i--) args.add(files.get(i).toString());
        args.addAll(List.of("-o", b.out(small + "-reversed.nt").toString()));
        Child.Result res = Child.java(b.work(), "build-reversed", List.of(), Bench.CLI, args.toArray(String[]::new)).run();
        boolean same = res.ok() && Files.exists(b.out(small + ".nt"))
                && Bench.digest(b.out(small + "-reversed.nt")).equals(Bench.digest(b.out(small + ".nt")));
        r.row("build " + Bench.label(small) + " again, files in reverse order", "%s", same ? "byte-identical N-Triples" : "DIFFERENT");
        if (!same) r.broken("build of the same letters in another order wrote different N-Triples (" + (res.ok() ? "bytes differ" : res.why()) + ")");
    }

    /** One in-memory build; prints its row; null (and a breakage) when it failed. */
    private Child.Result buildRun(int n, Path dir, Path out) {
        Child.Result res = Child.java(b.work(), "build-" + n, List.of(), Bench.CLI, "build", dir.toString(), "-o", out.toString()).run();
        long[] total = Bench.total(res.out());
        if (!res.ok() || total == null || total[0] == 0) {
            r.broken(String.format(java.util.Locale.ROOT, "build %d letters: %s (after %.1f s, peak RSS %s)", n,
                    res.ok() ? "no document built" : res.why(), res.seconds(), Report.mb(res.peakRssMb())));
            return null;
        }
        if (total[0] != n) r.broken("build " + n + " letters read " + total[0] + " documents");
        r.row("build " + (n == 1 ? "1 letter (fixed start-up)" : Bench.label(n)), "%7.1f s  %8.1f letters/s  %9.0f quads/s  peak RSS %s  (%d quads, %d failed)",
                res.seconds(), n / res.seconds(), total[2] / res.seconds(), Report.mb(res.peakRssMb()), total[2], total[1]);
        return res;
    }

    private void riot() {
        // The fastest of a few parses: on a shared machine the load only ever slows a run down.
        int tries = b.quick() ? 3 : 2;
        r.section("RIOT parse of the N-Triples build wrote (in-process, warmed up, fastest of " + tries + ")");
        for (int n : buildSeconds.keySet()) parse(b.out(n + ".nt")); // warm-up
        for (Map.Entry<Integer, Double> e : buildSeconds.entrySet()) {
            Path nt = b.out(e.getKey() + ".nt");
            double s = Double.MAX_VALUE;
            long triples = 0;
            for (int i = 0; i < tries; i++) {
                long t0 = System.nanoTime();
                triples = parse(nt);
                s = Math.min(s, (System.nanoTime() - t0) / 1e9);
            }
            double ratio = e.getValue() / s;
            double marginal = (e.getValue() - fixedSeconds) / s;
            r.row("RIOT " + Bench.label(e.getKey()), "%7.2f s  %9.0f triples/s  (%d triples)  build/RIOT %.1fx, without build start-up %.1fx",
                    s, triples / s, triples, ratio, marginal);
            r.row("build " + Bench.label(e.getKey()) + " triples/s", "%9.0f triples/s of N-Triples written", triples / e.getValue());
            if (e.getKey().equals(new ArrayList<>(buildSeconds.keySet()).get(buildSeconds.size() - 1)))
                r.target("build time <= 3x RIOT parse at " + Bench.label(e.getKey()), String.format(java.util.Locale.ROOT, "%.1fx", ratio), ratio <= 3);
        }
    }

    private static long parse(Path nt) {
        long[] n = new long[1];
        RDFParser.source(nt).lang(Lang.NTRIPLES).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                n[0]++;
            }

            @Override
            public void quad(Quad q) {
                n[0]++;
            }
        });
        return n[0];
    }

    private void store() {
        r.section("TDB2 store (build --store DIR, child JVM -Xmx2g) against Jena's TDB2 bulk loader on the same N-Quads");
        if (!b.supports("build", "--store")) {
            storeUnavailable = "build --help lists no --store option: the TDB2 store is not in this build";
            r.na("build --store", storeUnavailable);
            r.target("into TDB2 <= 1.5x Jena's bulk loader", "-", null);
            r.target("rebuild with nothing changed <= 15% of the first build", "-", null);
            r.target("100k letters into TDB2 with -Xmx2g", "-", null);
            return;
        }
        boolean canExport = b.supports("export", "--store");
        // Quick mode: the largest size only (the store that serve --store is measured on).
        List<Integer> sizes = b.quick() ? List.of(b.sizes().get(b.sizes().size() - 1)) : b.sizes();
        for (int n : sizes) {
            Path store = b.work().resolve("store").resolve(String.valueOf(n));
            Bench.deleteTree(store);
            Child.Result first = Child.java(b.work(), "store-" + n, STORE_HEAP, Bench.CLI,
                    "build", "--store", store.toString(), b.letters(n).toString()).run();
            if (!first.ok()) {
                r.broken("build --store " + n + " letters: " + first.why());
                continue;
            }
            long[] total = Bench.total(first.out());
            if (total != null && total[0] == 0) r.broken("build --store " + n + " letters built no document");
            r.row("build --store " + Bench.label(n), "%7.1f s  %8.1f letters/s  %s  peak RSS %s  store %.0f MB", first.seconds(),
                    n / first.seconds(), total == null ? "quads n/a" : String.format(java.util.Locale.ROOT, "%9.0f quads/s", total[2] / first.seconds()),
                    Report.mb(first.peakRssMb()), Bench.sizeOf(store) / 1e6);
            r.note("    " + lastLine(first.out()));
            Child.Result again = Child.java(b.work(), "store-again-" + n, STORE_HEAP, Bench.CLI,
                    "build", "--store", store.toString(), b.letters(n).toString()).run();
            if (!again.ok()) r.broken("rebuild --store " + n + " letters: " + again.why());
            else {
                r.row("rebuild --store " + Bench.label(n) + ", nothing changed", "%7.1f s  = %.0f%% of the first build", again.seconds(),
                        100 * again.seconds() / first.seconds());
                r.note("    " + lastLine(again.out()));
            }
            largestStore = store;
            largestStoreSize = n;

            Path nq = b.out(n + ".nq");
            String source = canExport ? "export --store" : "build -o .nq";
            Child.Result export = canExport
                    ? Child.java(b.work(), "export-" + n, STORE_HEAP, Bench.CLI, "export", "--store", store.toString(), "-o", nq.toString()).run()
                    : Child.java(b.work(), "build-nq-" + n, List.of(), Bench.CLI, "build", b.letters(n).toString(), "-o", nq.toString()).run();
            if (!export.ok()) {
                r.broken("N-Quads for the loader (" + source + ") " + n + " letters: " + export.why());
                continue;
            }
            Path loc = b.work().resolve("tdbloader").resolve(String.valueOf(n));
            Bench.deleteTree(loc);
            Child.Result load = Child.java(b.work(), "tdbloader-" + n, STORE_HEAP, TdbLoad.class.getName(), loc.toString(), nq.toString()).run();
            if (!load.ok()) {
                r.broken("Jena TDB2 loader on " + n + " letters' N-Quads: " + load.why());
                continue;
            }
            double ratio = first.seconds() / load.seconds();
            r.row("Jena TDB2 loader " + Bench.label(n), "%7.1f s  peak RSS %s  %s (N-Quads from %s)  build --store / loader %.2fx",
                    load.seconds(), Report.mb(load.peakRssMb()), load.out().strip(), source, ratio);
            if (n == b.sizes().get(b.sizes().size() - 1)) {
                r.target("into TDB2 <= 1.5x Jena's bulk loader at " + Bench.label(n), String.format(java.util.Locale.ROOT, "%.2fx", ratio), ratio <= 1.5);
                if (again.ok()) {
                    double pct = 100 * again.seconds() / first.seconds();
                    r.target("rebuild with nothing changed <= 15% at " + Bench.label(n), String.format(java.util.Locale.ROOT, "%.0f%%", pct), pct <= 15);
                }
                r.target("letters into TDB2 with -Xmx2g at " + Bench.label(n), first.ok() ? "built" : "failed", n >= 100_000 ? first.ok() : null);
            }
        }
    }

    private static String lastLine(String out) {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static Path firstLetter(Path dir) {
        List<Path> f = files(dir);
        return f.isEmpty() ? null : f.get(0);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
