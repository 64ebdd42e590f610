package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    /** A stream that takes {@code limit} bytes, then fails as a full disk does. */
    static OutputStream fullAfter(OutputStream out, int limit, String message) {
        return new FilterOutputStream(out) {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > limit) throw new IOException(message);
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) write(b[off + i]);
            }
        };
    }

    @Test
    void aFullDiskKeepsThePreviousFileAndSaysDiskFull(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("out.nt"), "<a> <b> <c> .\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFile.write(out,
                o -> o.write("<x> <y> <z> .\n".repeat(10_000).getBytes(StandardCharsets.UTF_8)),
                o -> fullAfter(o, 1000, "No space left on device")));
        assertEquals("disk full writing " + out, e.getMessage());
        assertEquals("<a> <b> <c> .\n", Files.readString(out), "the previous good file is untouched");
        assertEquals(List.of(out), list(dir), "the temporary file is gone");
    }

    @Test
    void aFailureInTheMiddleLeavesNoTruncatedFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("new.nq");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> AtomicFile.write(out, o -> {
            o.write("<a> <b> <c> <g> .\n".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("extraction bug");
        }));
        assertEquals("extraction bug", e.getMessage());
        assertFalse(Files.exists(out), "no half-written file that looks valid");
        assertEquals(List.of(), list(dir));
    }

    @Test
    void anIoErrorNamesTheFileAndTheReason(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.nt");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFile.write(out,
                o -> o.write(new byte[10]), o -> fullAfter(o, 5, "Input/output error")));
        assertEquals("Cannot write " + out + " : Input/output error", e.getMessage());
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        UncheckedIOException notAFolder = assertThrows(UncheckedIOException.class, () -> AtomicFile.open(file.resolve("x.nq")));
        assertEquals("Cannot write " + file.resolve("x.nq") + " : " + file + " is a file, not a folder", notAFolder.getMessage());
    }

    @Test
    void successReplacesTheFileWholeAndKeepsTheUsualPermissions(@TempDir Path dir) throws IOException {
        Path out = Files.writeString(dir.resolve("out.nt"), "old\n");
        AtomicFile.write(out, o -> o.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new\n", Files.readString(out));
        assertEquals(List.of(out), list(dir));
        Path fresh = dir.resolve("sub/fresh.nt");
        AtomicFile.write(fresh, o -> o.write('x'));
        assertEquals(Files.getPosixFilePermissions(out), Files.getPosixFilePermissions(fresh),
                "not the owner-only mode of a temp file");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
