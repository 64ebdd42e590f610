package org.replygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader();
    @TempDir
    Path dir;

    /** Each encoded copy of a seed or dev letter, with the charset it must be read in. */
    static Stream<Arguments> copies() throws IOException {
        try (Stream<Path> s = Files.walk(TestCorpus.ENCODINGS)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream().map(p -> {
                String variant = p.getParent().getFileName().toString();
                String expected = switch (variant) {
                    case "gb18030" -> "GB18030";
                    case "utf-16le-bom" -> "UTF-16LE";
                    case "utf-16be-bom" -> "UTF-16BE";
                    case "utf-8-bom" -> "UTF-8";
                    case "big5" -> "Big5";
                    case "html" -> null;
                    default -> throw new IllegalArgumentException("Illegal variant=" + variant);
                };
                return Arguments.of(variant + "/" + p.getFileName(), p, expected);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void detectsTheCharsetOfEachEncodedCopy(String label, Path copy, String expected) throws IOException, IngestException {
        SourceDocument doc = reader.read(copy);
        if (expected == null) {
            // Saved pages declare utf-8 or gb2312; gb2312 pages are read as their superset GB18030.
            byte[] bytes = Files.readAllBytes(copy);
            String declared = HtmlText.declaredCharset(bytes);
            assertEquals(declared.equals("utf-8") ? "UTF-8" : "GB18030", doc.charset(), label);
        } else {
            assertEquals(expected, doc.charset(), label);
        }
        assertEquals(copy.getFileName().toString(), doc.fileName());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // a GBK letter opening 李红等8名代表: (dev 03), no BOM: strict UTF-8 fails, detector says GB18030
            "GB18030, 李红等8名代表:你们提出的《关于加大对砚山承接产业加工区支持力度的建议》,已交我们研究办理,现答复如下:",
            // traditional seed 003's salutation and opening, in Big5
            "Big5, 徐甲甲代表:您在杭州市十四屆人大三次會議上的建議《關於在杭州綜合性國家科學中心下設立工業智能研究院的建議》收悉。經我局主辦,現答複如下:",
            "UTF-8, 张大军代表:您提出的《关于解决冀东、尧柏两条水泥万吨生产线错峰问题的建议》(第281号)收悉。"
    })
    void detectsChineseCharsetsWithoutBom(String charset, String text) throws IOException, IngestException {
        Path f = dir.resolve("letter.txt");
        Files.write(f, text.getBytes(Charset.forName(charset)));
        SourceDocument doc = reader.read(f);
        assertEquals(charset, doc.charset());
        assertEquals(text, doc.text());
    }

    @Test
    void readsASavedPageAsOneLinePerBlock() throws IOException, IngestException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<script>alert('扫一扫')</script></head><body><h1>对省十三届人大六次会议第281号建议的答复函</h1>"
                + "<table><tr><td>索引号:</td><td>ynsgxw-1-13202</td></tr></table><p>类别:B</p></body></html>";
        Path f = dir.resolve("page.htm");
        Files.write(f, page.getBytes(Charset.forName("GB18030")));
        SourceDocument doc = reader.read(f);
        assertEquals("GB18030", doc.charset());
        assertEquals("对省十三届人大六次会议第281号建议的答复函\n索引号: | ynsgxw-1-13202\n类别:B", doc.text());
    }

    @Test
    void readsTextThatIsClearlyAPageAsHtmlWhateverItsName() throws IOException, IngestException {
        Path f = dir.resolve("saved.txt");
        Files.writeString(f, "<!DOCTYPE html><html><body><p>张大军代表:</p><p>收悉。</p></body></html>");
        assertEquals("张大军代表:\n收悉。", reader.read(f).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty       | ''                 | empty file (0 bytes)",
            "blank       | '20 0A 20'         | empty file: only white space",
            "nul         | '41 42 00 43'      | binary content: NUL byte at offset 2",
            "controls    | '01 02 03 41'      | binary content: 3 control bytes in 4",
            "undecodable | 'FF FF FF FF'      | undecodable bytes: not UTF-8 (bad byte 0xFF at offset 0); detector said WINDOWS-1252, not a Chinese charset; not valid GB18030 or Big5 either",
            "bad-utf16   | 'FF FE 41 00 00 D8'| undecodable bytes: a UTF-16LE BOM, but bytes at offset 4 are not valid UTF-16LE"
    })
    void rejectsBadInputNamingFileAndReason(String name, String hex, String reason) throws IOException, IngestException {
        Path f = dir.resolve(name + ".txt");
        Files.write(f, bytes(hex));
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertEquals(f + ": " + reason, e.getMessage());
        assertEquals(reason, e.reason());
    }

    @Test
    void rejectsAFolderAsUnreadable() {
        IngestException e = assertThrows(IngestException.class, () -> reader.read(dir));
        assertEquals(dir + ": unreadable: is a folder, not a file", e.getMessage());
    }

    @Test
    void refusesADeviceThatWouldNeverEnd() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(zero));
        assertEquals("/dev/zero: refused: not a regular file (a FIFO, socket or device)", e.getMessage());
    }

    @Test
    void refusesAFifoInsteadOfBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("mkfifo is not available: " + e.getMessage());
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        // Without the check, readAllBytes would wait for a writer forever.
        IngestException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertThrows(IngestException.class, () -> reader.read(fifo)));
        assertEquals("refused: not a regular file (a FIFO, socket or device)", e.reason());
    }

    @Test
    void refusesAFileTooLargeForOneDocumentWithoutReadingIt() throws IOException {
        Path big = Files.write(dir.resolve("dump.txt"), new byte[3 * 1024 * 1024]);
        IngestException e = assertThrows(IngestException.class, () -> new DocumentReader(2L << 20).read(big));
        assertEquals("refused: too large for one document (3.0 MB; the limit is 2.0 MB, set by --max-file-mb)", e.reason());
    }

    @Test
    void rejectsAMissingFileAsUnreadable() {
        Path f = dir.resolve("gone.txt");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(f));
        assertTrue(e.getMessage().startsWith(f + ": unreadable: NoSuchFileException"), e.getMessage());
    }

    @Test
    void aSeedReadsAsUtf8WithItsShaOfTheBytes() throws IOException, IngestException {
        Path seed = TestCorpus.letters().get(0);
        SourceDocument doc = reader.read(seed);
        assertEquals("UTF-8", doc.charset());
        assertEquals(Files.readString(seed, StandardCharsets.UTF_8), doc.text());
        assertEquals(DocumentReader.sha256(Files.readAllBytes(seed)), doc.sha256());
    }

    private static byte[] bytes(String hex) {
        String h = hex.replace(" ", "");
        byte[] b = new byte[h.length() / 2];
        for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
        return b;
    }
}
