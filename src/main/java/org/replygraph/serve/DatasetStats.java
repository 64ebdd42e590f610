package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/**
 * What the home page lists, computed once on first use (the data is read-only): counts per class,
 * entities, every document newest first and every agency by number of replies (the page shows a page
 * of each). Entity classes are counted in the entities graph when there is one (one copy each), so
 * this costs a pass over the documents and the entities, not over every letter's copies. The sizes of
 * the graphs (a pass over every quad) are {@link DatasetSizes}, counted only for the dataset description.
 */
record DatasetStats(Map<Node, Integer> classCounts, int entities,
        List<Node> letters, List<Map.Entry<Node, Integer>> agenciesByReplies) {
    static final List<Node> CONTRACT_CLASSES = List.of(RG.Document, RG.ReplyLetter, RG.Proposal, RG.CppccProposal,
            RG.NpcSuggestion, RG.Member, RG.Assembly, RG.Session, RG.Agency, RG.PolicyDocument, RG.InnovationCentre);

    /** Reads the figures inside a read transaction of the caller. */
    static DatasetStats of(DatasetGraph dataset, EntityIris iris) {
        Graph union = dataset.getUnionGraph();
        Descriptions d = Descriptions.of(dataset, iris.base());
        Map<Node, Integer> counts = new LinkedHashMap<>();
        for (Node cls : CONTRACT_CLASSES) {
            boolean documents = cls.equals(RG.Document) || cls.equals(RG.ReplyLetter);
            counts.put(cls, distinctSubjects(documents || !d.hasEntitiesGraph() ? union : d.entities(), RG.rdfType, cls).size());
        }
        Set<Node> entities = new HashSet<>();
        // With an entities graph, its subjects and the documents; else every local subject of the union.
        Graph where = d.hasEntitiesGraph() ? d.entities() : union;
        where.find().forEachRemaining(t -> {
            if (iris.isLocal(t.getSubject())) {
                entities.add(t.getSubject());
            }
        });
        if (d.hasEntitiesGraph()) {
            entities.addAll(distinctSubjects(union, RG.rdfType, RG.Document));
        }
        return new DatasetStats(counts, entities.size(), newestFirst(union, d), agencies(union, d));
    }

    /** Every document, newest first (undated last), then by label: the home page's list. */
    private static List<Node> newestFirst(Graph union, Descriptions d) {
        Labels labels = new Labels(d);
        List<Node> letters = new ArrayList<>(distinctSubjects(union, RG.rdfType, RG.Document));
        Map<Node, String> dates = new java.util.HashMap<>();
        letters.forEach(doc -> dates.put(doc, date(union, doc)));
        Comparator<Node> byDate = Comparator.comparing((Node doc) -> dates.get(doc)).reversed();
        letters.sort(byDate.thenComparing(labels::label).thenComparing(n -> n.toString()));
        return List.copyOf(letters);
    }

    static String date(Graph union, Node doc) {
        for (Node p : List.of(RG.dctDate, RG.dctIssued)) {
            List<Node> dates = EntityPage.objects(union, doc, p);
            if (!dates.isEmpty() && dates.get(0).isLiteral()) {
                return dates.get(0).getLiteralLexicalForm();
            }
        }
        return "";
    }

    private static List<Map.Entry<Node, Integer>> agencies(Graph union, Descriptions d) {
        Map<Node, Integer> replies = new LinkedHashMap<>();
        for (Node letter : distinctSubjects(union, RG.rdfType, RG.Document)) {
            for (Node agency : new HashSet<>(EntityPage.objects(union, letter, RG.issuedBy))) {
                replies.merge(agency, 1, Integer::sum);
            }
        }
        Labels labels = new Labels(d);
        List<Map.Entry<Node, Integer>> sorted = new ArrayList<>(replies.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<Node, Integer> e) -> -e.getValue())
                .thenComparing(e -> labels.label(e.getKey())).thenComparing(e -> e.getKey().toString()));
        return List.copyOf(sorted);
    }

    static Set<Node> distinctSubjects(Graph graph, Node p, Node o) {
        Set<Node> out = new HashSet<>();
        graph.find(Node.ANY, p, o).mapWith(Triple::getSubject).forEachRemaining(out::add);
        return out;
    }
}
