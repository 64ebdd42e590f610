package org.replygraph.cli;

import java.time.Duration;
import org.replygraph.graph.BuildLimits;
import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.BuildProgress;
import org.replygraph.graph.CorpusBuilder;
import org.replygraph.graph.RG;
import picocli.CommandLine.Option;

/** Options every subcommand that builds a graph shares: IRI base, mobiles, threads, limits of one document, progress, verbosity. */
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

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time one document's extraction may take; past it the document is a failure and the others"
                    + " are built (default: ${DEFAULT-VALUE}).")
    double docTimeoutSeconds;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "16",
            description = "Largest file read as one document, in MiB; a larger one is refused and the others are built"
                    + " (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = {"-q", "--quiet"},
            description = "No progress line on stderr (shown for builds over 2 s: live on a terminal, every 5 s otherwise).")
    boolean quiet;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    BuildOptions options() {
        return new BuildOptions(baseIri, publishMobiles);
    }

    /** The builder these options ask for; a bad --threads, --doc-timeout or --max-file-mb is a usage error. */
    CorpusBuilder builder() {
        int n = threads == null ? CorpusBuilder.defaultThreads() : threads;
        if (n < 1) throw new IllegalArgumentException("Illegal --threads=" + n + " : must be 1 or more");
        return new CorpusBuilder(options(), n, limits());
    }

    /** The limits of one document: --doc-timeout and --max-file-mb. */
    BuildLimits limits() {
        if (!(docTimeoutSeconds >= 0.001) || docTimeoutSeconds > 1e9)
            throw new IllegalArgumentException("Illegal --doc-timeout=" + docTimeoutSeconds + " : must be a number of seconds, at least 0.001");
        if (maxFileMb < 1 || maxFileMb > (Long.MAX_VALUE >> 20))
            throw new IllegalArgumentException("Illegal --max-file-mb=" + maxFileMb + " : must be 1 or more");
        return new BuildLimits(Duration.ofMillis(Math.round(docTimeoutSeconds * 1000)), maxFileMb << 20);
    }

    /** The progress line on stderr, or nothing with --quiet. */
    BuildProgress progress() {
        return quiet ? BuildProgress.NONE : ProgressLine.onStderr();
    }
}
