package org.replygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    private final InputCollector collector = new InputCollector();

    @Test
    void expandsFoldersRecursivelySortedByFileNameInAnyArgumentOrder(@TempDir Path dir) throws IOException, IngestException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path deep = Files.createDirectories(dir.resolve("b/deep"));
        Files.writeString(a.resolve("02_letter.txt"), "张大军代表:");
        Files.writeString(deep.resolve("01_page.HTML"), "<p>李红等8名代表:</p>");
        Files.writeString(deep.resolve("03_page.htm"), "<p>郭小玲委员:</p>");
        Files.writeString(a.resolve("notes.md"), "not an input");
        Files.writeString(dir.resolve("00_single.txt"), "赵向明委员:");

        List<Path> one = collector.collect(List.of(dir.resolve("a"), dir.resolve("b"), dir.resolve("00_single.txt")));
        List<Path> other = collector.collect(List.of(dir.resolve("00_single.txt"), dir.resolve("b"), dir.resolve("a"),
                dir.resolve("a/02_letter.txt")));

        assertEquals(List.of("00_single.txt", "01_page.HTML", "02_letter.txt", "03_page.htm"),
                one.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(one, other);
    }

    @Test
    void aMissingPathIsAnErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        IngestException e = assertThrows(IngestException.class, () -> collector.collect(List.of(dir, missing)));
        assertEquals(missing + ": no such file or folder", e.getMessage());
    }

    @Test
    void listingKeepsTheOtherInputsWhenOneIsMissingAndSkipsHiddenFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("01_letter.txt"), "委员:");
        Files.writeString(dir.resolve("._01_letter.txt"), "resource fork litter");
        Path missing = dir.resolve("no-such-folder");

        InputCollector.Listing listing = collector.list(List.of(missing, dir));

        assertEquals(List.of(dir.resolve("01_letter.txt")), listing.files());
        assertEquals(List.of(new InputCollector.Problem(missing, "no such file or folder")), listing.problems());
    }

    @Test
    void oneBadFileDoesNotStopTheOthers(@TempDir Path dir) throws IOException, IngestException {
        Files.writeString(dir.resolve("01_good.txt"), "张大军代表:\n收悉。");
        Files.write(dir.resolve("02_empty.txt"), new byte[0]);
        Files.write(dir.resolve("03_binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.writeString(dir.resolve("04_good.html"), "<p>李红等8名代表:</p>");

        InputCollector.Batch batch = collector.readAll(List.of(dir));

        assertEquals(List.of("01_good.txt", "04_good.html"), batch.documents().stream().map(SourceDocument::fileName).toList());
        assertEquals(List.of(
                new InputCollector.Problem(dir.resolve("02_empty.txt"), "empty file (0 bytes)"),
                new InputCollector.Problem(dir.resolve("03_binary.txt"), "binary content: NUL byte at offset 4")),
                batch.problems());
    }

    @Test
    void readsTheWholeCorpusWithoutProblems() throws IOException, IngestException {
        InputCollector.Batch batch = collector.readAll(List.of(TestCorpus.DEV, TestCorpus.SEEDS));
        assertEquals(TestCorpus.letters().size(), batch.documents().size());
        assertEquals(List.of(), batch.problems());
    }

    @Test
    void aFifoInAFolderIsRefusedNamingItAndNeverOpened(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01_letter.txt"), "张大军代表:");
        Path sub = Files.createDirectories(dir.resolve("inbox"));
        Path fifo = SpecialFiles.mkfifo(sub.resolve("02_pipe.txt"));
        SpecialFiles.mkfifo(sub.resolve("not-a-letter")); // not a letter's name: ignored like notes.md

        // Opening the FIFO for reading would wait for a writer forever.
        InputCollector.Listing listing = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> collector.list(List.of(dir)));

        assertEquals(List.of(dir.resolve("01_letter.txt")), listing.files());
        assertEquals(List.of(new InputCollector.Problem(fifo, "refused: not a regular file (a FIFO, socket or device)")),
                listing.problems());
        IngestException e = assertThrows(IngestException.class, () -> collector.collect(List.of(dir)));
        assertEquals(fifo + ": refused: not a regular file (a FIFO, socket or device)", e.getMessage());
    }
}
