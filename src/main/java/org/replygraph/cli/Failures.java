package org.replygraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand's failures as the user sees them: one line naming the command and the reason, the
 * stack trace only with --verbose, and a named exit code. Every subcommand's body runs inside it:
 * <pre>
 * return Failures.run(spec, build.verbose, () -&gt; {
 *     Corpus corpus = Corpus.require(inputs, build, err);
 *     ...
 *     return Main.OK;
 * });
 * </pre>
 * A bad option or value ({@link IllegalArgumentException}) is {@link Main#USAGE}; unreadable input
 * ({@link InputFailure}), a failed write or a server that cannot start is {@link Main#FAILURE}.
 */
final class Failures {
    private Failures() { }

    static int run(CommandSpec spec, boolean verbose, IntSupplier body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.getAsInt();
        } catch (IllegalArgumentException e) {
            return report(err, spec.name(), e, verbose, Main.USAGE);
        } catch (UncheckedIOException | IllegalStateException | InputFailure e) {
            return report(err, spec.name(), e, verbose, Main.FAILURE);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int report(PrintWriter err, String command, RuntimeException e, boolean verbose, int exitCode) {
        err.println("replygraph " + command + ": " + e.getMessage());
        if (verbose) e.printStackTrace(err);
        return exitCode;
    }
}
