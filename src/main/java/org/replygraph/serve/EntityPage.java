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
 * Renders an entity's HTML page ({@code entity.mustache}) from direct lookups: its own description (labels in 简体, 繁體 and
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

    /** What {@code entity.mustache} shows; the sections a page has not are empty. */
    record View(String label, List<AltLabel> altLabels, String iri, List<Link> formats, Optional<Types> types,
            List<PropertyRow> properties, Optional<EvidenceList.View> evidence, Optional<LetterText.Whole> text,
            Optional<LetterText.Sentences> sentences, Optional<InboundLinks.View> inbound,
            Optional<NeighbourhoodSvg.View> neighbourhood) { }

    /** The label in another script or in pinyin. */
    record AltLabel(String lang, String label) { }

    /** The type badges. */
    record Types(List<Term> all) { }

    /** A property and one page of its values; {@code total} when they take more than a page. */
    record PropertyRow(Term predicate, String total, List<Value> values, Optional<More> more) { }

    /** A value, shown once with {@code count} when several read the same; {@code sep} after the first. */
    record Value(boolean sep, Term term, String count) { }

    /** The row's own pager: which values, of how many, and a link to the next page or back to the first. */
    record More(boolean sep, String range, String total, Link link) { }

    /** Page {@code page} (1-based) of every list on the entity's page; PastLastPage when all lists end before it. */
    String render(Descriptions d, Node entity, int page) {
        Graph union = d.union();
        Graph own = d.of(entity);
        Labels labels = new Labels(d);
        Terms terms = new Terms(labels, iris, prefixes, vocabulary);
        String pagerHref = iris.href(entity) + ".html?page=";
        PropertyTable props = properties(own, terms, entity, page, pagerHref);
        InboundLinks.Inbound inbound = InboundLinks.read(union, entity, vocabulary.properties(), page, INBOUND_PAGE_SIZE);
        EvidenceFinder.Found evidence = new EvidenceFinder(union).page(entity, page, EVIDENCE_PAGE_SIZE);
        Paging.check(page, Math.max(props.pages(), Math.max(inbound.paging().pages(), evidence.paging().pages())));
        Optional<LetterText.Whole> text = Optional.empty();
        Optional<LetterText.Sentences> sentences = Optional.empty();
        if (page == 1) {
            List<Evidence> found = new EvidenceFinder(union).forDocument(entity);
            LetterText letter = new LetterText(terms, iris);
            text = text(own, entity, RG.cleanText).map(t -> letter.clean(t, found))
                    .or(() -> text(own, entity, RG.text).map(t -> letter.original(t, found)));
            if (text.isEmpty()) {
                sentences = letter.sentences(found);
            }
        }
        List<Node> inboundSubjects = inbound.rows().stream().map(Triple::getSubject).toList();
        List<AltLabel> alt = new ArrayList<>();
        for (String lang : List.of(Labels.HANT, Labels.PINYIN)) {
            labels.inLanguage(entity, lang).ifPresent(l -> alt.add(new AltLabel(lang, l)));
        }
        List<Link> formats = new ArrayList<>();
        for (DocFormat f : DocFormat.values()) {
            if (f.isData()) {
                iris.path(entity).ifPresent(p -> formats.add(Link.of(p + "." + f.extension(), f.extension())));
            }
        }
        List<Term> types = objects(own, entity, RG.rdfType).stream().map(t -> t.isURI() ? terms.classTerm(t) : terms.term(t)).toList();
        View view = new View(labels.label(entity), alt, entity.getURI(), formats,
                types.isEmpty() ? Optional.empty() : Optional.of(new Types(types)), props.rows(),
                new EvidenceList(terms, iris).view(evidence.paging(), evidence.evidence(), pagerHref), text, sentences,
                InboundLinks.view(inbound, terms, pagerHref), new NeighbourhoodSvg(own, labels, iris).view(entity, inboundSubjects));
        return Templates.bundled().page("entity", labels.label(entity), alternates(entity), view);
    }

    /** The entity's documents in every data format: the page's {@code <link rel="alternate">} and Link header. */
    List<Alternates.Alternate> alternates(Node entity) {
        return iris.path(entity).map(p -> Alternates.document(p, List.of(DocFormat.values()))).orElse(List.of());
    }

    private record PropertyTable(List<PropertyRow> rows, int pages) { }

    /**
     * The property table: each property's values (read up to {@link Paging#CAP}) one page of
     * {@value #VALUES_PAGE_SIZE} at a time, with their number when there are more; values that show
     * the same (two figures both "120余人") once with a count.
     */
    private PropertyTable properties(Graph graph, Terms terms, Node entity, int page, String pagerHref) {
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
                    String key = Terms.shortForm(prefixes, t.getPredicate());
                    byPredicate.computeIfAbsent(key, k -> new ArrayList<>()).add(t.getObject());
                    predicates.put(key, t.getPredicate());
                }
            }
        } finally {
            it.close();
        }
        List<PropertyRow> rows = new ArrayList<>();
        int pages = 1;
        for (Map.Entry<String, List<Node>> e : byPredicate.entrySet()) {
            List<Node> objs = e.getValue();
            if (objs.size() <= SORT_BY_LABEL) {
                objs.sort(Comparator.comparing(terms::label).thenComparing(n -> n.toString()));
            } else {
                objs.sort(Comparator.comparing(Node::toString));
            }
            // A property with one page of values shows it on every page: it is the entity's description.
            Paging paging = Paging.of(objs.size(), capped, objs.size() <= VALUES_PAGE_SIZE ? 1 : page, VALUES_PAGE_SIZE);
            pages = Math.max(pages, paging.pages());
            // Values that read the same (two figures both "120余人") are one entry linking the first, with a count.
            Map<Object, Term> shownAs = new LinkedHashMap<>();
            Map<Object, Integer> shown = new LinkedHashMap<>();
            for (Node o : objs.subList(paging.from(), paging.to())) {
                Term literal = o.isLiteral() ? terms.literal(o, LONG_LITERAL) : null;
                Object key = literal != null ? literal : o.isURI() && iris.isLocal(o) ? terms.label(o) : o.toString();
                shownAs.putIfAbsent(key, literal != null ? literal : terms.term(o));
                shown.merge(key, 1, Integer::sum);
            }
            List<Value> values = new ArrayList<>();
            shown.forEach((key, n) -> values.add(new Value(!values.isEmpty(), shownAs.get(key), n > 1 ? n.toString() : null)));
            Optional<More> more = Optional.empty();
            if (paging.pages() > 1) {
                more = Optional.of(new More(!shown.isEmpty(),
                        paging.to() > paging.from() ? (paging.from() + 1) + "–" + paging.to() : "…", paging.totalText(),
                        Link.of(pagerHref + (paging.page() < paging.pages() ? paging.page() + 1 : 1),
                                paging.page() < paging.pages() ? "下一页 →" : "第1页 page 1")));
            }
            rows.add(new PropertyRow(terms.predicate(predicates.get(e.getKey())), paging.pages() > 1 ? paging.totalText() : null,
                    values, more));
        }
        return new PropertyTable(rows, pages);
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
