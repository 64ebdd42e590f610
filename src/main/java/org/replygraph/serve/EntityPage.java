package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.apache.jena.util.iterator.ExtendedIterator;
import org.replygraph.graph.RG;
import org.replygraph.index.Descriptions;

/**
 * Renders an entity's HTML page from direct lookups: its own description (labels in 简体, 繁體 and
 * pinyin, types, properties) from the entities graph when the dataset has one, else the union; evidence
 * with the mention marked, the letter text for documents, inbound links and a small neighbourhood
 * picture. Every list is one page ({@code ?page=N} pages them all together) with its total, so a page's
 * size and cost do not grow with the corpus; identical values on a page are shown once with a count.
 * <pre>{@code
 * String html = new EntityPage(new EntityIris(RG.DEFAULT_BASE)).render(dataset, centre);
 * String second = page.render(Descriptions.of(dataset, base), agency, 2);   // PastLastPage past the end
 * }</pre>
 */
public final class EntityPage {
    static final int INBOUND_PAGE_SIZE = 50;
    static final int EVIDENCE_PAGE_SIZE = 50;
    static final int VALUES_PAGE_SIZE = 20;
    /** Values of one property sorted by label up to this many; by IRI past it (no label lookup per value). */
    private static final int SORT_BY_LABEL = 500;
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
        return render(Descriptions.of(dataset, iris.base()), entity, 1);
    }

    /** The page {@code page} (1-based) of a graph's entity. */
    public String render(Graph graph, Node entity, int page) {
        return render(Descriptions.of(graph), entity, page);
    }

    /** Page {@code page} (1-based) of every list on the entity's page; PastLastPage when all lists end before it. */
    String render(Descriptions d, Node entity, int page) {
        Graph union = d.union();
        Graph own = d.of(entity);
        Labels labels = new Labels(d);
        ValueHtml values = new ValueHtml(labels, iris, prefixes, vocabulary);
        String pagerHref = iris.href(entity) + ".html?page=";
        PropertyTable props = properties(own, values, entity, page, pagerHref);
        InboundLinks.Inbound inbound = InboundLinks.read(union, entity, vocabulary.properties(), page, INBOUND_PAGE_SIZE);
        EvidenceFinder.Found evidence = new EvidenceFinder(union).page(entity, page, EVIDENCE_PAGE_SIZE);
        Paging.check(page, Math.max(props.pages(), Math.max(inbound.paging().pages(), evidence.paging().pages())));
        StringBuilder body = new StringBuilder(8192);
        body.append(heading(labels, entity));
        body.append(types(own, values, entity));
        body.append(props.html());
        body.append(new EvidenceList(values, iris).render(evidence.paging(), evidence.evidence(), pagerHref));
        if (page == 1) {
            List<Evidence> found = new EvidenceFinder(union).forDocument(entity);
            LetterText letter = new LetterText(values, iris);
            body.append(text(own, entity, RG.cleanText).map(t -> letter.renderClean(t, found))
                    .or(() -> text(own, entity, RG.text).map(t -> letter.render(t, found)))
                    .orElseGet(() -> letter.renderSentences(found)));
        }
        body.append(InboundLinks.render(inbound, values, pagerHref));
        List<Node> inboundSubjects = inbound.rows().stream().map(Triple::getSubject).toList();
        body.append(new NeighbourhoodSvg(own, labels, iris).render(entity, inboundSubjects));
        return PageLayout.page(labels.label(entity), body.toString(), alternates(entity));
    }

    /** The entity's documents in every data format: the page's {@code <link rel="alternate">} and Link header. */
    List<Alternates.Alternate> alternates(Node entity) {
        return iris.path(entity).map(p -> Alternates.document(p, List.of(DocFormat.values()))).orElse(List.of());
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
        types.forEach(t -> sb.append("<span>").append(t.isURI() ? values.classTerm(t) : values.term(t)).append("</span>"));
        return sb.append("</p>").toString();
    }

    private record PropertyTable(String html, int pages) { }

    /**
     * The property table: each property's values (read up to {@link Paging#CAP}) one page of
     * {@value #VALUES_PAGE_SIZE} at a time, with their number when there are more; values that show
     * the same (two figures both "120余人") once with a count.
     */
    private PropertyTable properties(Graph graph, ValueHtml values, Node entity, int page, String pagerHref) {
        Map<String, List<Node>> byPredicate = new TreeMap<>();
        Map<String, Node> predicates = new TreeMap<>();
        boolean capped = false;
        int read = 0;
        ExtendedIterator<Triple> it = graph.find(entity, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                if (read++ >= Paging.CAP) {
                    capped = true;
                    break;
                }
                Triple t = it.next();
                if (!t.getPredicate().equals(RG.rdfType) && !TEXTS.contains(t.getPredicate())) {
                    String key = ValueHtml.shortForm(prefixes, t.getPredicate());
                    byPredicate.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
                    predicates.put(key, t.getPredicate());
                }
            }
        } finally {
            it.close();
        }
        StringBuilder sb = new StringBuilder("<h2>属性 Properties</h2><table class=\"properties\">");
        int pages = 1;
        for (Map.Entry<String, List<Node>> e : byPredicate.entrySet()) {
            List<Node> objs = e.getValue();
            if (objs.size() <= SORT_BY_LABEL) {
                objs.sort(Comparator.comparing(values::label).thenComparing(n -> n.toString()));
            } else {
                objs.sort(Comparator.comparing(Node::toString));
            }
            // A property with one page of values shows it on every page: it is the entity's description.
            Paging paging = Paging.of(objs.size(), capped, objs.size() <= VALUES_PAGE_SIZE ? 1 : page, VALUES_PAGE_SIZE);
            pages = Math.max(pages, paging.pages());
            sb.append("<tr><th>").append(values.predicate(predicates.get(e.getKey())));
            if (paging.pages() > 1) {
                sb.append(" <small>(").append(paging.totalText()).append(")</small>");
            }
            sb.append("</th><td>");
            // Values that read the same (two figures both "120余人") are one entry linking the first, with a count.
            Map<String, String> html = new LinkedHashMap<>();
            Map<String, Integer> shown = new LinkedHashMap<>();
            for (Node o : objs.subList(paging.from(), paging.to())) {
                String key = o.isLiteral() ? values.literal(o, LONG_LITERAL) : o.isURI() && iris.isLocal(o) ? values.label(o) : o.toString();
                html.putIfAbsent(key, o.isLiteral() ? key : values.term(o));
                shown.merge(key, 1, Integer::sum);
            }
            int i = 0;
            for (Map.Entry<String, Integer> v : shown.entrySet()) {
                sb.append(i++ > 0 ? "<br>" : "").append(html.get(v.getKey()));
                if (v.getValue() > 1) {
                    sb.append(" <span class=\"count\">×").append(v.getValue()).append("</span>");
                }
            }
            if (paging.pages() > 1) {
                sb.append(shown.isEmpty() ? "" : "<br>").append("<span class=\"pager\">")
                        .append(paging.to() > paging.from() ? (paging.from() + 1) + "–" + paging.to() : "…")
                        .append(" / ").append(paging.totalText()).append(" · ")
                        .append(Html.link(pagerHref + (paging.page() < paging.pages() ? paging.page() + 1 : 1),
                                paging.page() < paging.pages() ? "下一页 →" : "第1页 page 1"))
                        .append("</span>");
            }
            sb.append("</td></tr>");
        }
        return new PropertyTable(sb.append("</table>").toString(), pages);
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
