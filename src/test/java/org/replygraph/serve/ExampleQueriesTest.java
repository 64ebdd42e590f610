package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExampleQueriesTest {
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "'# Letters per agency: how many\\n# more\\nSELECT * {}' | Letters per agency: how many",
        "'SELECT * {}' | file",
        "'\\n## Centres\\nSELECT * {}' | Centres",
    })
    void titleIsTheFirstCommentLine(String text, String title) {
        assertEquals(title, ExampleQueries.title(text.replace("\\n", "\n"), "file.rq"));
    }

    @Test
    void everyProjectQueryParsesOnceItsPrefixesAreDeclared() {
        ExampleQueries examples = ExampleQueries.load(Path.of("queries"), SampleData.BASE);
        assertFalse(examples.list().isEmpty());
        for (ExampleQueries.Example e : examples.list()) {
            assertTrue(e.sparql().startsWith("#") || e.sparql().startsWith("PREFIX") || e.sparql().startsWith("SELECT"), e.title());
            QueryFactory.create(e.sparql()); // throws QueryParseException naming the line when a prefix is missing
        }
    }

    @Test
    void declaredPrefixesAreNotRepeated() {
        String q = ExampleQueries.withPrefixes("# t\nPREFIX rg: <x:>\nSELECT * {}", SampleData.BASE);
        assertEquals(1, q.split("PREFIX rg:", -1).length - 1);
        assertTrue(q.startsWith("# t\nPREFIX dcterms: <http://purl.org/dc/terms/>\n"));
    }
}
