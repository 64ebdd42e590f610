package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README honest: the examples it shows as {@code $ java -jar target/replygraph.jar ...} are
 * run through {@link Main#commandLine()} and their output must be the lines the README prints under
 * them. An output file named with {@code -o} is written to a temporary folder instead, and its path
 * in the output is read as the README's.
 */
class ReadmeTest {
    private static final String PROMPT = "$ java -jar target/replygraph.jar ";
    private static final Path README = Path.of("README.md");
    /** Extraction changes move the counts: the fix is to paste the real output into the README. */
    private static final String OUTDATED = "README.md shows other output than the command gives today: paste the actual lines";

    @Test
    void buildPrintsWhatTheReadmeShows(@TempDir Path dir) throws IOException {
        Example build = Example.find(read(), "build seeds -o ");
        assertEquals(build.output(), build.run(dir), OUTDATED);
    }

    @Test
    void queryPrintsWhatTheReadmeShows(@TempDir Path dir) throws IOException {
        Example query = Example.find(read(), "query who-proposed-what");
        assertEquals(query.output(), query.run(dir), OUTDATED);
    }

    /** The quick start's first line is the build's total, which the build example checks. */
    @Test
    void quickStartTotalIsTheBuildTotal() throws IOException {
        List<String> readme = read();
        List<String> build = Example.find(readme, "build seeds -o ").output();
        String total = build.get(build.size() - 1).replaceFirst(" -> .*$", "");
        int quickStart = readme.indexOf("The first command prints, once the graph of the five seed documents is built and the server is up:");
        assertTrue(quickStart >= 0, "README lost its quick start");
        assertEquals(total, readme.get(quickStart + 3), OUTDATED);
    }

    private static List<String> read() throws IOException {
        return Files.readAllLines(README);
    }

    /** One {@code $ java -jar ...} line of the README and the lines under it up to the fence. */
    private record Example(List<String> args, List<String> output) {
        static Example find(List<String> readme, String startOfArgs) {
            for (int i = 0; i < readme.size(); i++) {
                if (!readme.get(i).startsWith(PROMPT + startOfArgs)) continue;
                List<String> out = new ArrayList<>();
                for (int j = i + 1; !readme.get(j).equals("```"); j++) out.add(readme.get(j));
                return new Example(Arrays.asList(readme.get(i).substring(PROMPT.length()).split(" +")), out);
            }
            throw new AssertionError("README has no example starting with '" + PROMPT + startOfArgs + "'");
        }

        /** Runs the example; an {@code -o FILE} goes to {@code dir/FILE} and is printed as FILE again. */
        List<String> run(Path dir) {
            List<String> actual = new ArrayList<>(args);
            int o = actual.indexOf("-o");
            String readmeFile = o < 0 ? null : actual.get(o + 1);
            if (o >= 0) actual.set(o + 1, dir.resolve(readmeFile).toString());
            CliRun r = CliRun.of(actual.toArray(String[]::new));
            assertEquals(Main.OK, r.exit(), r.err());
            String printed = o < 0 ? r.out() : r.out().replace(dir.resolve(readmeFile).toString(), readmeFile);
            return printed.lines().toList();
        }
    }
}
