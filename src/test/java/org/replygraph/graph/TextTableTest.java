package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {
    @ParameterizedTest
    @CsvSource({
            "604, 3",
            "萧山45, 6",
            "陕西省工业和信息化厅, 20",
            "（第604号）, 11",
    })
    void countsWideCharactersAsTwoColumns(String text, int columns) {
        assertEquals(columns, TextTable.width(text));
    }

    @Test
    void showsLiteralsByTheirTextAndIrisAsPrefixedNames() {
        String sparql = "SELECT ?agency ?type WHERE { VALUES (?agency ?type) {"
                + " (\"陕西省工业和信息化厅\"@zh-Hans <https://w3id.org/replygraph/ns#Agency>) } }";
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefix("rg", RG.NS);
        try (var qe = QueryExecutionFactory.create(sparql, DatasetFactory.create())) {
            String table = TextTable.format(qe.execSelect(), pm);
            assertEquals("""
                    | agency               | type      |
                    |----------------------|-----------|
                    | 陕西省工业和信息化厅 | rg:Agency |
                    1 row
                    """, table);
        }
    }
}
