package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.replygraph.graph.RG;

/**
 * Triples pointing at an entity ("referenced by", {@code inbound.mustache}), counted per property and read one page at a time,
 * e.g. {@code rg:issuedBy (3000)} for an agency that wrote 3,000 letters. Each property is one range of
 * the POS index ({@code ?s rg:issuedBy <agency>}): counted up to {@link Paging#CAP}, then only the
 * page's rows are read. The properties looked for are the ontology's plus those among the first
 * {@value #DISCOVER} inbound triples (loaded RDF with its own vocabulary). Evidence links
 * (oa:hasBody, rg:refersTo, …) are left to the evidence section.
 * <pre>{@code
 * InboundLinks.Inbound in = InboundLinks.read(union, agency, vocabulary.properties(), 2, 50);
 * in.paging().totalText();   // "3000"
 * in.rows();                 // the 51st to 100th triple
 * }</pre>
 */
final class InboundLinks {
    static final Set<Node> SHOWN_ELSEWHERE = Set.of(RG.oaHasBody, RG.oaHasSource, RG.oaHasTarget, RG.refersTo, RG.inDocument);
    static final int DISCOVER = 1000;

    /** Counts per property (in IRI order), the paging over all of them, the rows of the page asked for. */
    record Inbound(Map<Node, Integer> counts, Map<Node, Boolean> capped, Paging paging, List<Triple> rows) { }

    private InboundLinks() { }

    static Inbound read(Graph union, Node entity, Set<Node> known, int page, int size) {
        Set<Node> predicates = new TreeSet<>(Comparator.comparing(Node::toString));
        predicates.addAll(known);
        ExtendedIterator<Triple> scan = union.find(Node.ANY, Node.ANY, entity);
        try {
            for (int i = 0; i < DISCOVER && scan.hasNext(); i++) {
                predicates.add(scan.next().getPredicate());
            }
        } finally {
            scan.close();
        }
        predicates.removeAll(SHOWN_ELSEWHERE);
        Map<Node, Integer> counts = new LinkedHashMap<>();
        Map<Node, Boolean> capped = new LinkedHashMap<>();
        int total = 0;
        boolean anyCapped = false;
        for (Node p : predicates) {
            ExtendedIterator<Triple> it = union.find(Node.ANY, p, entity);
            try {
                int n = Paging.countCapped(it, t -> true);
                if (n > 0) {
                    counts.put(p, n);
                    capped.put(p, it.hasNext());
                    anyCapped |= it.hasNext();
                    total += n;
                }
            } finally {
                it.close();
            }
        }
        Paging paging = Paging.of(total, anyCapped, page, size);
        List<Triple> rows = new ArrayList<>();
        int skip = paging.from();
        int want = paging.to() - paging.from();
        for (Map.Entry<Node, Integer> e : counts.entrySet()) {
            if (want == 0) {
                break;
            }
            if (skip >= e.getValue()) {
                skip -= e.getValue();
                continue;
            }
            ExtendedIterator<Triple> it = union.find(Node.ANY, e.getKey(), entity);
            try {
                for (int i = 0; i < skip && it.hasNext(); i++) {
                    it.next();
                }
                skip = 0;
                for (int taken = 0; want > 0 && taken < e.getValue() && it.hasNext(); taken++, want--) {
                    rows.add(it.next());
                }
            } finally {
                it.close();
            }
        }
        return new Inbound(counts, capped, paging, rows);
    }

    /** What {@code inbound.mustache} shows: the counts per property, then the page's rows or a link to the first page. */
    record View(String total, List<Count> counts, Optional<Link> earlier, Optional<Rows> list) { }

    /** A property and how many triples use it ({@code capped}: at least that many). */
    record Count(Term predicate, int count, boolean capped) { }

    /** A page of rows. */
    record Rows(List<Row> rows, Optional<Pager> pager) { }

    /** Who points at the entity, and by which property. */
    record Row(Term subject, Term predicate) { }

    /** The section, or nothing when no triple points at the entity. */
    static Optional<View> view(Inbound in, Terms terms, String pagerHref) {
        if (in.counts().isEmpty()) {
            return Optional.empty();
        }
        List<Count> counts = new ArrayList<>();
        in.counts().forEach((p, n) -> counts.add(new Count(terms.predicate(p), n, in.capped().get(p))));
        if (in.rows().isEmpty()) {
            return Optional.of(new View(in.paging().totalText(), counts, Optional.of(firstPage(pagerHref)), Optional.empty()));
        }
        List<Triple> sorted = new ArrayList<>(in.rows());
        sorted.sort(Comparator.comparing((Triple t) -> t.getPredicate().toString())
                .thenComparing(t -> terms.label(t.getSubject())).thenComparing(t -> t.getSubject().toString()));
        List<Row> rows = new ArrayList<>();
        for (Triple t : sorted) {
            rows.add(new Row(terms.term(t.getSubject()), terms.predicate(t.getPredicate())));
        }
        return Optional.of(new View(in.paging().totalText(), counts, Optional.empty(),
                Optional.of(new Rows(rows, Pager.of(pagerHref, in.paging().page(), in.paging().pages(), "")))));
    }

    /** What a list shows on a page past its own last one (another list on the page goes further). */
    static Link firstPage(String pagerHref) {
        return Link.of(pagerHref + "1", "↑ 第1页 page 1");
    }
}
