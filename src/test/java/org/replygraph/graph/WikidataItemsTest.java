package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.replygraph.extract.agency.Places;
import org.replygraph.lexicon.ReferenceTable;

/** ontology/reference/wikidata.tsv: every row parses, every province is either matched or listed as unverified. */
class WikidataItemsTest {
    private static final WikidataItems TABLE = WikidataItems.standard();

    @Test
    void everyRowParsesWithAQidOfQAndDigitsOrSaysWhyNot() {
        List<String[]> cells = ReferenceTable.load(WikidataItems.RESOURCE, 4);
        assertEquals(cells.size(), TABLE.rows().size());
        for (WikidataItems.Row r : TABLE.rows()) {
            assertTrue(r.qid().isEmpty() || Pattern.matches("Q[1-9]\\d*", r.qid()), r::toString);
            assertTrue(r.verified() ? r.source().startsWith("github:") : r.source().startsWith("unverified: "), r::toString);
        }
    }

    @Test
    void everyProvinceOfProvincesTsvHasAQidOrIsListedUnverified() {
        List<String> missing = new ArrayList<>();
        for (String p : Places.standard().provinces())
            if (!TABLE.isListed(p)) missing.add(p);
        assertEquals(List.of(), missing);
        long verified = TABLE.rows().stream().filter(r -> r.kind().equals("province") && r.verified()).count();
        assertEquals(33, verified, "31 mainland divisions, Hong Kong and Macau; Taiwan unverified");
    }

    @Test
    void verifiedProvincesAreCrossCheckedAndNoTwoShareAnItem() {
        Map<String, String> byQid = new HashMap<>();
        for (WikidataItems.Row r : TABLE.rows()) {
            if (!r.verified()) continue;
            assertTrue(!r.crossCheck().isBlank(), () -> r.name() + " has no second source");
            String before = byQid.put(r.qid(), r.name());
            assertEquals(null, before, r.qid() + " given to " + before + " and " + r.name());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "陕西省, Q47974",         // grammars/ProvincesChi.gf and RegionInfos.java CN-SN
            "北京市, Q956",
            "海南省, Q42200",
            "重庆市, Q11725",
            "香港特别行政区, Q8646",
            "宁夏回族自治区, Q57448"})
    void provincesMatchTheirItems(String name, String qid) {
        assertEquals(Optional.of(NodeFactory.createURI("http://www.wikidata.org/entity/" + qid)), TABLE.item(name));
    }

    @ParameterizedTest
    @CsvSource({"台湾省", "科学技术部", "杭州市", "陕西省科学技术厅"})
    void unverifiedOrUnlistedNamesHaveNoItem(String name) {
        assertEquals(Optional.<Node>empty(), TABLE.item(name));
    }

    @Test
    void badRowsFailWithTheRule() {
        assertEquals("Illegal QID=47974 of 陕西省 : must be Q and digits, e.g. Q47974",
                assertThrows(IllegalArgumentException.class,
                        () -> WikidataItems.of(List.<String[]>of(new String[] {"陕西省", "province", "47974", "github:x"}))).getMessage());
        assertEquals("Illegal Wikidata row 台湾省 : a row without a QID must say 'unverified: why'",
                assertThrows(IllegalArgumentException.class,
                        () -> WikidataItems.of(List.<String[]>of(new String[] {"台湾省", "province", "", "github:x"}))).getMessage());
        assertEquals("Illegal kind=city of 杭州市 : must be one of province, agency",
                assertThrows(IllegalArgumentException.class,
                        () -> WikidataItems.of(List.<String[]>of(new String[] {"杭州市", "city", "Q4970", "github:x"}))).getMessage());
        assertEquals("Illegal Wikidata row 陕西省 : listed twice in ontology/reference/wikidata.tsv",
                assertThrows(IllegalArgumentException.class, () -> WikidataItems.of(List.<String[]>of(
                        new String[] {"陕西省", "province", "Q47974", "github:x"},
                        new String[] {"陕西省", "province", "Q47974", "github:y"}))).getMessage());
    }
}
