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

    @Test
    void aSubcommandNamedFirstIsTheOnlyOneReadTheHelpListsThemAll() {
        assertEquals(java.util.List.of("serve"), java.util.List.copyOf(Main.commandLine("serve").getSubcommands().keySet()));
        java.util.List<String> all = java.util.List.of("build", "serve", "validate", "query", "export", "evaluate", "synth", "compact");
        assertEquals(all, java.util.List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
        assertEquals(all, java.util.List.copyOf(Main.commandLine("servee").getSubcommands().keySet()), "a misspelt name: all, for picocli's suggestion");
        CliRun r = CliRun.of("servee");
        assertEquals(Main.USAGE, r.exit());
        assertTrue(r.err().contains("Did you mean: replygraph serve"), r.err());
    }
}
