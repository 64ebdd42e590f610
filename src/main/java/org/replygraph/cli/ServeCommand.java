package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the serve stage lands: says so and fails. */
@Command(name = "serve", description = "Not yet implemented.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph serve: not implemented yet");
        return Main.FAILURE;
    }
}
