package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the evaluate stage lands: says so and fails. */
@Command(name = "evaluate", description = "Not yet implemented.")
public final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph evaluate: not implemented yet");
        return Main.FAILURE;
    }
}
