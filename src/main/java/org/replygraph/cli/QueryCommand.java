package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the query stage lands: says so and fails. */
@Command(name = "query", description = "Not yet implemented.")
public final class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph query: not implemented yet");
        return Main.FAILURE;
    }
}
