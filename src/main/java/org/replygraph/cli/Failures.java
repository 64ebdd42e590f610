package org.replygraph.cli;

import java.io.PrintWriter;

/** A subcommand's failure as the user sees it: a message, the stack trace only with --verbose. */
final class Failures {
    private Failures() { }

    static int report(PrintWriter err, String command, RuntimeException e, boolean verbose, int exitCode) {
        err.println("replygraph " + command + ": " + e.getMessage());
        if (verbose) e.printStackTrace(err);
        err.flush();
        return exitCode;
    }
}
