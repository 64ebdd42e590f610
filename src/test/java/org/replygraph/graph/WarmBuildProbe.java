package org.replygraph.graph;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The CPU one thread spends per letter once the JIT has warmed up: reads, extracts, writes and formats the
 * sorted lines of every letter of a folder, as a build's worker thread does for {@code build -o x.nq}, several
 * passes in one JVM, and prints each pass's thread CPU. Compare two builds of the classes by running it with each,
 * alternated:
 * <pre>
 * java -cp target/replygraph.jar:target/test-classes org.replygraph.graph.WarmBuildProbe DIR 300 8
 * java -Dprobe.jfr=warm.jfr -cp …   # and a JFR profile of the second half's passes
 * java -Dprobe.linesOnly=true -cp … # each letter extracted once, then only its facts made into sorted lines in each pass
 * java -Dprobe.linesOnly=true -Dprobe.viaGraph=true -cp …  # the same through a Jena graph and String lines (the path before LineTripleSink)
 * </pre>
 */
public final class WarmBuildProbe {
    private WarmBuildProbe() { }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int letters = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().limit(letters).toList();
        }
        CorpusBuilder builder = new CorpusBuilder(BuildOptions.defaults(), 1);
        GraphWriter writer = new GraphWriter(BuildOptions.defaults());
        org.replygraph.extract.Extractor extractor = new org.replygraph.extract.Extractor();
        EntityGraph entities = new EntityGraph(BuildOptions.defaults().baseIri());
        LineFormat format = new LineFormat("nq");
        boolean viaGraph = Boolean.getBoolean("probe.viaGraph");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        List<String> perPass = new ArrayList<>();
        boolean linesOnly = Boolean.getBoolean("probe.linesOnly"); // extract once, then only make the sorted lines
        List<org.replygraph.extract.fact.DocumentFacts> extracted = new ArrayList<>();
        String jfr = System.getProperty("probe.jfr"); // a JFR profile of the second half's passes only (warm code)
        jdk.jfr.Recording recording = null;
        for (int p = 1; p <= passes; p++) {
            if (jfr != null && p == passes / 2 + 1) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
                recording.start();
            }
            long cpu = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < files.size(); i++) {
                if (!linesOnly) {
                    checksum += builder.buildLines(files.get(i), builder.read(files.get(i)), "nq").lines().lines();
                    continue;
                }
                if (extracted.size() == i) extracted.add(extractor.extract(builder.read(files.get(i))));
                org.replygraph.extract.fact.DocumentFacts facts = extracted.get(i);
                if (!viaGraph) {
                    checksum += writer.writeLines(facts, "nq").lines();
                    continue;
                }
                List<String> lines = new ArrayList<>();
                entities.forEachQuad(writer.graphName(facts), writer.toGraph(facts), (g, t) -> lines.add(format.line(g, t)));
                String[] sorted = lines.toArray(String[]::new);
                Arrays.sort(sorted);
                checksum += sorted.length;
            }
            double ms = (mx.getCurrentThreadCpuTime() - cpu) / 1e6;
            perPass.add(String.format(Locale.ROOT, "%.2f", ms / files.size()));
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
        double best = perPass.subList(passes / 2, passes).stream().mapToDouble(Double::parseDouble).min().orElse(0);
        System.out.println(String.format(Locale.ROOT, "best of the second half %.2f ms/letter; per pass ", best)
                + String.join(" ", perPass) + "  (" + files.size() + " letters, " + checksum + " lines)");
    }
}
