package org.replygraph.cli;

import org.replygraph.graph.BuildOptions;
import org.replygraph.graph.RG;
import picocli.CommandLine.Option;

/** Options every subcommand that builds a graph shares: IRI base, mobiles, verbosity. */
final class BuildMixin {
    @Option(names = "--base-iri", paramLabel = "IRI", defaultValue = RG.DEFAULT_BASE,
            description = "Base of minted entity IRIs (default: ${DEFAULT-VALUE}).")
    String baseIri;

    @Option(names = "--publish-mobiles",
            description = "Publish contacts' personal mobile numbers (off by default: personal data).")
    boolean publishMobiles;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    BuildOptions options() {
        return new BuildOptions(baseIri, publishMobiles);
    }
}
