package org.replygraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.replygraph.synth.SynthWriter;
import org.replygraph.synth.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code replygraph synth --letters 10000 --seed 42 -o target/synth10k}: writes synthetic reply letters
 * for benchmarks and scale tests, the same seed giving the same files byte for byte.
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Writes synthetic reply letters (one .txt per letter) for benchmarks; the same seed gives the same corpus.")
public final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--letters", required = true, paramLabel = "N", description = "How many letters to write.")
    long letters;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write the letters into.")
    Path output;

    @Override
    public Integer call() {
        return Failures.run(spec, false, () -> {
            if (letters < 1) throw new IllegalArgumentException("Illegal --letters=" + letters + " : must be 1 or more");
            long start = System.nanoTime();
            SynthWriter.Summary s = SynthWriter.write(new SyntheticCorpus(letters, seed), output);
            double seconds = (System.nanoTime() - start) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%d letters (%d proposals, %d answered by several letters, %d titles again in a later session,"
                    + " %d traditional, %d damaged), %.1f MB in %.1f s -> %s%n", s.letters(), s.proposals(), s.multiAgencyProposals(),
                    s.repeatedTitles(), s.traditional(), s.damaged(), s.bytes() / 1e6, seconds, output);
            return Main.OK;
        });
    }
}
