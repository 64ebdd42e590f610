package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the export stage lands: says so and fails. */
@Command(name = "export", description = "Not yet implemented.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("replygraph export: not implemented yet");
        return Main.FAILURE;
    }
}
