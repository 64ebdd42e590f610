package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.replygraph.graph.RG;

/**
 * Renders an entity's HTML page from direct lookups in the union graph: labels in 简体, 繁體 and
 * pinyin, types, properties, evidence with the mention marked, the letter text for documents,
 * inbound links and a small neighbourhood picture.
 * <pre>{@code
 * String html = new EntityPage(new EntityIris(RG.DEFAULT_BASE)).render(dataset, centre);
 * }</pre>
 */
public final class EntityPage {
    static final int INBOUND_PAGE_SIZE = 50;
    private static final int LONG_LITERAL = 300;
    /** Shown whole in their own section, not cut in the property table. */
    private static final Set<Node> TEXTS = Set.of(RG.text, RG.cleanText);

    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;

    /** Pages labelling classes and properties from the bundled ontology. */
    public EntityPage(EntityIris iris) {
        this(iris, Vocabulary.bundled());
    }

    EntityPage(EntityIris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.prefixes = org.replygraph.graph.Prefixes.of(iris.base()).lock();
        this.vocabulary = vocabulary;
    }

    public String render(DatasetGraph dataset, Node entity) {
        return render(dataset.getUnionGraph(), entity, 1);
    }

    /** The page with inbound links from page {@code inboundPage} (1-based). */
    public String render(Graph graph, Node entity, int inboundPage) {
        Labels labels = new Labels(graph);
        ValueHtml values = new ValueHtml(labels, iris, prefixes, vocabulary);
        StringBuilder body = new StringBuilder(8192);
        body.append(heading(labels, entity));
        body.append(types(graph, values, entity));
        body.append(properties(graph, values, entity));
        List<Evidence> evidence = new EvidenceFinder(graph).forEntity(entity);
        body.append(new EvidenceList(values, iris).render(evidence));
        List<Evidence> found = new EvidenceFinder(graph).forDocument(entity);
        LetterText letter = new LetterText(values, iris);
        body.append(text(graph, entity, RG.cleanText).map(t -> letter.renderClean(t, found))
                .or(() -> text(graph, entity, RG.text).map(t -> letter.render(t, found)))
                .orElseGet(() -> letter.renderSentences(found)));
        body.append(new InboundLinks(graph, values, iris).render(entity, inboundPage));
        body.append(new NeighbourhoodSvg(graph, labels, iris).render(entity));
        return PageLayout.page(labels.label(entity), body.toString());
    }

    private String heading(Labels labels, Node entity) {
        StringBuilder sb = new StringBuilder("<h1>").append(Html.escape(labels.label(entity)));
        for (String lang : List.of(Labels.HANT, Labels.PINYIN)) {
            labels.inLanguage(entity, lang).ifPresent(l -> sb.append("<span class=\"alt\" lang=\"")
                    .append(lang).append("\">").append(Html.escape(l)).append("</span>"));
        }
        sb.append("</h1><p class=\"iri\">").append(Html.escape(entity.getURI())).append(" · ");
        for (DocFormat f : DocFormat.values()) {
            if (f.isData()) {
                iris.path(entity).ifPresent(p -> sb.append(Html.link(p + "." + f.extension(), f.extension())).append(' '));
            }
        }
        return sb.append("</p>").toString();
    }

    private String types(Graph graph, ValueHtml values, Node entity) {
        List<Node> types = objects(graph, entity, RG.rdfType);
        if (types.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"types\">");
        types.forEach(t -> sb.append("<span>").append(values.term(t)).append("</span>"));
        return sb.append("</p>").toString();
    }

    private String properties(Graph graph, ValueHtml values, Node entity) {
        Map<String, List<Node>> byPredicate = new TreeMap<>();
        Map<String, Node> predicates = new TreeMap<>();
        graph.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RG.rdfType) && !TEXTS.contains(t.getPredicate())) {
                String key = ValueHtml.shortForm(prefixes, t.getPredicate());
                byPredicate.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
                predicates.put(key, t.getPredicate());
            }
        });
        StringBuilder sb = new StringBuilder("<h2>属性 Properties</h2><table class=\"properties\">");
        byPredicate.forEach((key, objs) -> {
            objs.sort(Comparator.comparing(values::label).thenComparing(n -> n.toString()));
            sb.append("<tr><th>").append(values.predicate(predicates.get(key))).append("</th><td>");
            for (int i = 0; i < objs.size(); i++) {
                Node o = objs.get(i);
                sb.append(i > 0 ? "<br>" : "").append(o.isLiteral() ? values.literal(o, LONG_LITERAL) : values.term(o));
            }
            sb.append("</td></tr>");
        });
        return sb.append("</table>").toString();
    }

    private static Optional<String> text(Graph graph, Node entity, Node property) {
        return objects(graph, entity, property).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst();
    }

    static List<Node> objects(Graph graph, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).mapWith(Triple::getObject).forEachRemaining(out::add);
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
