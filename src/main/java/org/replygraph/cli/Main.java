package org.replygraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/replygraph.jar SUBCOMMAND ...}. The subcommand registry is this one list.
 * Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid data (non-conforming graph, failed thresholds).
 */
@Command(name = "replygraph", mixinStandardHelpOptions = true, version = "ReplyGraph 0.1.0",
        description = "Turns Chinese government reply letters into linked data and serves it.",
        subcommands = {
                BuildCommand.class,
                ServeCommand.class,
                ValidateCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                EvaluateCommand.class,
                SynthCommand.class,
                CompactCommand.class,
        })
public final class Main implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call {@code commandLine().setOut(..).execute(..)}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.getCommandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters(true);
        return cl;
    }

    /** No subcommand given: that is a usage error, so the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
