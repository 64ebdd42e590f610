package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the validate stage lands: says so and fails. */
@Command(name = "validate", description = "Not yet implemented.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph validate: not implemented yet");
        return Main.FAILURE;
    }
}
