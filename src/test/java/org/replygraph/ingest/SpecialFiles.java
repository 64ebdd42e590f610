package org.replygraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Special files for tests: {@code SpecialFiles.mkfifo(dir.resolve("02_pipe.txt"))} makes a named pipe. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A named pipe made by the system's mkfifo; the calling test is skipped where there is none (not POSIX). */
    public static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return null;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(path) && !Files.isRegularFile(path), "mkfifo failed");
        return path;
    }
}
