package org.replygraph.cli;

import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildProgress;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;
import picocli.CommandLine.Option;

/** Options every subcommand that builds a graph shares: IRI base, mobiles, threads, progress, verbosity. */
final class BuildMixin {
    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = RG.DEFAULT_BASE,
            description = "Base of minted entity IRIs (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--publish-mobiles",
            description = "Publish contacts' personal mobile numbers (off by default: personal data).")
    boolean publishMobiles;

    @Option(names = "--threads", paramLabel = "N",
            description = "Letters extracted in parallel (default: every core the JVM sees).")
    Integer threads;

    @Option(names = {"-q", "--quiet"},
            description = "No progress line on stderr (shown for builds over 2 s: live on a terminal, every 5 s otherwise).")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    BuildOptions options() {
        return new BuildOptions(baseIri, publishMobiles);
    }

    /** The builder these options ask for; a bad --threads is a usage error. */
    CorpusBuilder builder() {
        int n = threads == null ? CorpusBuilder.defaultThreads() : threads;
        if (n < 1) throw new IllegalArgumentException("Illegal --threads=" + n + " : must be 1 or more");
        return new CorpusBuilder(options(), n);
    }

    /** The progress line on stderr, or nothing with --quiet. */
    BuildProgress progress() {
        return quiet ? BuildProgress.NONE : ProgressLine.onStderr();
    }
}
