package org.replygraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One command-line run with its exit code and what it printed on each writer:
 * {@code CliRun r = CliRun.of("build", "seeds", "-o", "x.nq"); assertEquals(Main.OK, r.exit(), r.err());}
 */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(args.length > 0 ? args[0] : null).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
