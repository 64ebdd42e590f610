package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL | HTML",
        "'' | HTML",
        "*/* | HTML",
        "text/turtle | TURTLE",
        "application/ld+json;q=0.9, text/turtle;q=0.5 | JSONLD",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "application/* | NTRIPLES",
        "text/*;q=0.5, application/rdf+xml | RDFXML",
        "text/turtle;q=0, */* | HTML",
        "application/n-triples; q=0.3, text/html; q=0.2 | NTRIPLES",
        "text/turtle;q=oops, application/ld+json;q=0.1 | JSONLD",
        "image/png | NONE",
        "text/plain | NTRIPLES",
        "text/plain, */*;q=0.1 | NTRIPLES",
        "text/n3 | TURTLE",
        "application/json | JSONLD",
        "application/n-quads | NQUADS",
        "application/trig | TRIG",
        "application/x-turtle;q=0.5, application/n-triples;q=0.4 | TURTLE",
    })
    void choosesByQuality(String header, String expected) {
        String chosen = AcceptHeader.choose(header, Arrays.asList(DocFormat.values())).map(Enum::name).orElse("NONE");
        assertEquals(expected, chosen);
    }
}
