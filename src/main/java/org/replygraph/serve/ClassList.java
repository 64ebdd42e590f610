package org.replygraph.serve;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.replygraph.graph.EntityGraph;
import org.replygraph.graph.RG;
import org.replygraph.graph.store.StoredSubjects;
import org.replygraph.index.Descriptions;

/**
 * Every class the data uses, with its number of instances, for the home page's list of class
 * pages. Computed once per data change ({@link Site#classes}): the classes of the entities graph are
 * counted on its {@code rdf:type} triples (one copy of each entity), the documents' classes on the
 * documents the home page lists, and the classes of what sits only in letters' graphs (evidence
 * annotations, figures, tables) on their type's index range up to {@value Paging#CAP} ("5000+").
 * <pre>{@code
 * ClassList classes = ClassList.of(dataset, base, stats.letters(), vocabulary.classes());
 * classes.counts().get(RG.Agency);   // 99, exact
 * }</pre>
 *
 * @param counts instances per class, most first, then by IRI
 * @param capped the classes whose count stopped at {@link Paging#CAP}
 * @param documentClasses the classes documents have
 */
record ClassList(Map<Node, Integer> counts, Set<Node> capped, Set<Node> documentClasses) {
    /** Classes the graph stage writes besides the ontology's own. */
    static final List<Node> WRITTEN = List.of(RG.orgOrganization, RG.foafPerson, RG.foafDocument, RG.skosConcept,
            RG.oaAnnotation, RG.oaSpecificResource, RG.oaTextPositionSelector, RG.oaTextQuoteSelector,
            RG.qbDataSet, RG.qbObservation);

    /** "120" or "5000+". */
    String countText(Node cls) {
        Integer n = counts.get(cls);
        return n == null ? "0" : capped.contains(cls) ? n + "+" : n.toString();
    }

    /** Counts inside a read transaction on {@code dataset}; {@code ontologyClasses} are checked too. */
    static ClassList of(DatasetGraph dataset, String base, List<Node> documents, Set<Node> ontologyClasses) {
        Descriptions d = Descriptions.of(dataset, base);
        Graph union = d.union();
        Map<Node, Integer> counts = new TreeMap<>(Comparator.comparing(Node::toString));
        Map<Node, Set<Node>> documentTypes = new TreeMap<>(Comparator.comparing(Node::toString));
        org.replygraph.graph.IriMinter minter = new org.replygraph.graph.IriMinter(base);
        for (Node doc : documents) {
            // In the document's own graph (one index range) rather than the union, which looks in every graph.
            Node graph = minter.graphOfDocument(doc).orElse(null);
            Iterator<Triple> types = graph == null ? union.find(doc, RG.rdfType, Node.ANY)
                    : Iter.map(dataset.find(graph, doc, RG.rdfType, Node.ANY), Quad::asTriple);
            types.forEachRemaining(t -> documentTypes.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(doc));
        }
        java.util.Optional<StoredSubjects> stored = StoredSubjects.of(dataset);
        if (d.hasEntitiesGraph() && stored.isPresent()) {
            stored.get().countByObject(EntityGraph.name(base), RG.rdfType).forEach((cls, n) -> {
                if (cls.isURI()) counts.merge(cls, n, Integer::sum);
            });
        } else if (d.hasEntitiesGraph()) {
            d.entities().find(Node.ANY, RG.rdfType, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    counts.merge(t.getObject(), 1, Integer::sum);
                }
            });
        }
        documentTypes.forEach((cls, docs) -> counts.merge(cls, docs.size(), Integer::sum));
        Set<Node> rest = new TreeSet<>(Comparator.comparing(Node::toString));
        rest.addAll(ontologyClasses);
        rest.addAll(WRITTEN);
        Set<Node> capped = new HashSet<>();
        for (Node cls : rest) {
            if (counts.containsKey(cls)) {
                continue;
            }
            Set<Node> seen = new HashSet<>();
            Iterator<Triple> it = union.find(Node.ANY, RG.rdfType, cls);
            try {
                while (it.hasNext() && seen.size() <= Paging.CAP) {
                    seen.add(it.next().getSubject());
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
            if (!seen.isEmpty()) {
                counts.put(cls, Math.min(seen.size(), Paging.CAP));
                if (seen.size() > Paging.CAP) {
                    capped.add(cls);
                }
            }
        }
        Map<Node, Integer> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, Integer> e) -> -e.getValue()).thenComparing(e -> e.getKey().toString()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return new ClassList(java.util.Collections.unmodifiableMap(ordered), Set.copyOf(capped), Set.copyOf(documentTypes.keySet()));
    }
}
