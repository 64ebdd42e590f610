package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comments go before parsing, nothing else does: # in strings and IRIs stays, line breaks stay. */
class SparqlCommentsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ASK {} # why                              | ASK {} ",
        "ASK { <http://x#y> ?p ?o }                | ASK { <http://x#y> ?p ?o }",
        "ASK { ?s ?p '#1' } #c                     | ASK { ?s ?p '#1' } ",
        "ASK { ?s ?p \"a\\\"#b\" }                 | ASK { ?s ?p \"a\\\"#b\" }",
        "ASK { ?s ?p '''x#y''' }                   | ASK { ?s ?p '''x#y''' }",
        "ASK { FILTER(?a < ?b) } # < and > here    | ASK { FILTER(?a < ?b) } ",
        "ASK { FILTER(?a <?b) } # x>               | ASK { FILTER(?a <?b) } ",
    })
    void stripsCommentsOnly(String in, String out) {
        assertEquals(out, SparqlComments.strip(in).strip());
    }

    @Test
    void keepsLinesAndMeaning() {
        String q = "PREFIX ex: <http://example.org/ns#> # the prefix\nSELECT ?s # all\nWHERE { ?s ex:p \"#\" }\n";
        String stripped = SparqlComments.strip(q);
        assertEquals(4, stripped.split("\n", -1).length);
        Query a = QueryFactory.create(q);
        Query b = QueryFactory.create(stripped);
        assertEquals(a, b);
    }

    /**
     * Parsing a query with a long comment grows linearly: 10x the comment costs at most 15x the time
     * (with a 5 ms floor for timer and JIT noise on a shared machine; unstripped, 1 MB took 1.2-3.3 s).
     */
    @Test
    void aLongCommentIsParsedInLinearTime() {
        parseSeconds(1_000_000); // warm-up
        double small = parseSeconds(100_000);
        double large = parseSeconds(1_000_000);
        assertTrue(large < 15 * Math.max(small, 0.005), "100 KB: " + small + " s, 1 MB: " + large + " s");
    }

    private static double parseSeconds(int commentLength) {
        String q = "ASK {}\n#" + "x".repeat(commentLength);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            QueryFactory.create(SparqlComments.strip(q));
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ASK { ?s ?p 'abc def' }            | 9",
        "ASK { <http://example.org/x> ?p ?o } | 22",
        "ASK { ?abcdefgh ?p ?o }            | 9",
        "ASK {}                             | 3",
    })
    void measuresTheLongestToken(String query, int longest) {
        assertEquals(longest, SparqlComments.longestToken(query));
    }
}
