package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the build stage lands: says so and fails. */
@Command(name = "build", description = "Not yet implemented.")
public final class BuildCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph build: not implemented yet");
        return Main.FAILURE;
    }
}
