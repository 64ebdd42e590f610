package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {
    @Test
    void writesTheLettersAndSaysWhatItWrote(@TempDir Path tmp) throws IOException {
        CliRun r = CliRun.of("synth", "--letters", "40", "--seed", "3", "-o", tmp.toString());
        assertEquals(Main.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("40 letters ("), r.out());
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(40, files.filter(p -> p.toString().endsWith(".txt")).count());
        }
    }

    @Test
    void theGeneratedLettersBuild(@TempDir Path tmp) {
        assertEquals(Main.OK, CliRun.of("synth", "--letters", "12", "--seed", "3", "-o", tmp.resolve("letters").toString()).exit());
        CliRun build = CliRun.of("build", tmp.resolve("letters").toString(), "-o", tmp.resolve("out.nq").toString());
        assertEquals(Main.OK, build.exit(), build.err());
        assertTrue(build.out().contains("12 documents (12 reply letters, 0 other), 0 failed"), build.out());
    }

    @Test
    void noLettersIsAUsageError(@TempDir Path tmp) {
        CliRun r = CliRun.of("synth", "--letters", "0", "-o", tmp.toString());
        assertEquals(Main.USAGE, r.exit());
        assertEquals("replygraph synth: Illegal --letters=0 : must be 1 or more", r.err().strip());
    }
}
