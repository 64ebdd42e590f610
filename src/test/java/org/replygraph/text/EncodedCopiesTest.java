package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.extract.Extractor;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.ingest.DocumentReader;
import org.replygraph.ingest.IngestException;
import org.replygraph.ingest.SourceDocument;
import org.replygraph.ingest.TestCorpus;

/**
 * Every encoded copy under src/test/resources/encodings/ (GB18030, UTF-16 with BOMs, UTF-8 with
 * BOM, saved web pages, Big5) reads and cleans to exactly the text of its UTF-8 original, so
 * extraction finds the same facts in it.
 */
class EncodedCopiesTest {
    private final DocumentReader reader = new DocumentReader();
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> copies() throws IOException {
        try (Stream<Path> s = Files.walk(TestCorpus.ENCODINGS)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream()
                    .map(p -> Arguments.of(p.getParent().getFileName() + "/" + p.getFileName(), p));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void cleansToTheSameTextAsItsOriginal(String label, Path copy) throws IOException, IngestException {
        SourceDocument original = reader.read(TestCorpus.originalOf(copy));
        SourceDocument encoded = reader.read(copy);
        assertEquals(cleaner.clean(original.text()).text(), cleaner.clean(encoded.text()).text(), label);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("copies")
    void extractsTheSameFactsAsItsOriginal(String label, Path copy) throws IOException, IngestException {
        Extractor extractor = new Extractor();
        DocumentFacts original = extractor.extract(reader.read(TestCorpus.originalOf(copy)));
        DocumentFacts encoded = extractor.extract(reader.read(copy));
        assertEquals(original.letter(), encoded.letter(), label);
        assertEquals(original.entities(), encoded.entities(), label);
    }
}
