package org.replygraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/replygraph.jar SUBCOMMAND ...}. The subcommand registry is this one list.
 * Exit codes: 0 ok, 1 failure, 2 usage, 3 invalid data (non-conforming graph, failed thresholds).
 */
@Command(name = "replygraph", mixinStandardHelpOptions = true, version = "ReplyGraph 0.1.0",
        description = "Turns Chinese government reply letters into linked data and serves it.")
public final class Main implements Callable<Integer> {
    /** The subcommands, in the order --help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            BuildCommand.class,
            ServeCommand.class,
            ValidateCommand.class,
            QueryCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            SynthCommand.class,
            CompactCommand.class);

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine(args.length > 0 ? args[0] : null).execute(args));
    }

    /** The configured command line; tests call {@code commandLine().setOut(..).execute(..)}. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line with only the subcommand named {@code first} when there is one of that name (picocli reads
     * every option of every subcommand it is given: the other seven cost ~0.1 s of CPU at each start of serve),
     * else with all of them (no subcommand, --help, a misspelt name that picocli suggests a name for).
     */
    static CommandLine commandLine(String first) {
        boolean one = first != null && SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> c : SUBCOMMANDS) if (!one || nameOf(c).equals(first)) cl.addSubcommand(c);
        cl.getCommandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters(true);
        return cl;
    }

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    /** No subcommand given: that is a usage error, so the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }
}
