package org.replygraph.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.replygraph.lexicon.ReferenceTable;

/**
 * The checked Wikidata items of provincial-level divisions and national bodies, from
 * {@code ontology/reference/wikidata.tsv} ("陕西省\tprovince\tQ47974\tsource\tcross-check"). A row
 * without a QID lists a name as unverified, with why in its source column: only items a source tied
 * to that exact body are linked.
 * <pre>{@code
 * WikidataItems wd = WikidataItems.standard();
 * wd.item("陕西省");          // Optional[http://www.wikidata.org/entity/Q47974]
 * wd.item("台湾省");          // Optional.empty (listed, unverified)
 * wd.isListed("台湾省");      // true
 * }</pre>
 */
public final class WikidataItems {
    static final String RESOURCE = "ontology/reference/wikidata.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9]\\d*");
    private static final Set<String> KINDS = Set.of("province", "agency");

    /** One row: the Chinese full name, its kind, the QID ("" when unverified) and where it was checked. */
    public record Row(String name, String kind, String qid, String source, String crossCheck) {
        public Row {
            if (name.isBlank()) throw new IllegalArgumentException("Illegal Wikidata row name='' : a row needs the body's full name");
            if (!KINDS.contains(kind))
                throw new IllegalArgumentException("Illegal kind=" + kind + " of " + name + " : must be one of province, agency");
            if (!qid.isEmpty() && !QID.matcher(qid).matches())
                throw new IllegalArgumentException("Illegal QID=" + qid + " of " + name + " : must be Q and digits, e.g. Q47974");
            if (source.isBlank())
                throw new IllegalArgumentException("Illegal Wikidata row " + name + " : the source column must say where the QID was checked, or why it is unverified");
            if (qid.isEmpty() && !source.startsWith("unverified"))
                throw new IllegalArgumentException("Illegal Wikidata row " + name + " : a row without a QID must say 'unverified: why'");
        }

        public boolean verified() {
            return !qid.isEmpty();
        }
    }

    private static final WikidataItems STANDARD = of(ReferenceTable.load(RESOURCE, 4));

    private final Map<String, Row> rows;

    private WikidataItems(Map<String, Row> rows) {
        this.rows = Collections.unmodifiableMap(rows);
    }

    /** The table shipped in the jar (read once; immutable). */
    public static WikidataItems standard() {
        return STANDARD;
    }

    /** A table of the given tab-separated cells: name, kind, qid, source[, cross-check]. */
    static WikidataItems of(List<String[]> cells) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String[] c : cells) {
            Row r = new Row(c[0].strip(), c[1].strip(), c[2].strip(), c[3].strip(), c.length > 4 ? c[4].strip() : "");
            if (rows.putIfAbsent(r.name(), r) != null)
                throw new IllegalArgumentException("Illegal Wikidata row " + r.name() + " : listed twice in " + RESOURCE);
        }
        return new WikidataItems(rows);
    }

    /** The item checked for {@code fullName}, as an IRI; empty when unlisted or unverified. */
    public Optional<Node> item(String fullName) {
        Row r = rows.get(fullName);
        return r == null || !r.verified() ? Optional.empty() : Optional.of(NodeFactory.createURI(RG.WD + r.qid()));
    }

    /** Whether the name has a row, verified or not. */
    public boolean isListed(String fullName) {
        return rows.containsKey(fullName);
    }

    /** Every row, in table order. */
    public List<Row> rows() {
        return new ArrayList<>(rows.values());
    }
}
