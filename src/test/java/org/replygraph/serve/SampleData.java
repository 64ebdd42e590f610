package org.replygraph.serve;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** The hand-made two-letter dataset in src/test/resources/serve/sample.trig, in the graph stage's shape. */
final class SampleData {
    static final String BASE = "https://w3id.org/replygraph/id/";
    static final String CENTRE = BASE + "centre/guojia-zengcai-zhizao-chuangxin-zhongxin";
    static final String AGENCY = BASE + "agency/陕西省工业和信息化厅";
    static final String LETTER = BASE + "letter-1";

    private SampleData() { }

    static DatasetGraph load() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = SampleData.class.getResourceAsStream("/serve/sample.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }
}
