package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noSubcommandIsAUsageErrorWithTheUsageOnStderr() {
        CliRun r = CliRun.of();
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("Usage: replygraph"), r.err());
        assertTrue(r.err().contains("evaluate"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void helpIsNotAnError() {
        CliRun r = CliRun.of("--help");
        assertEquals(Main.OK, r.exit());
        assertTrue(r.out().contains("Usage: replygraph"), r.out());
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun r = CliRun.of("frobnicate");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("Unmatched argument at index 0: 'frobnicate'"), r.err());
    }
}
