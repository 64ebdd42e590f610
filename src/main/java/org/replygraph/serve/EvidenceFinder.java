package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.replygraph.graph.RG;

/**
 * Reads evidence by direct graph lookups. Understands the Web Annotation shape
 * ({@code ?a oa:hasBody ?entity; oa:hasTarget [ oa:hasSource ?doc; oa:hasSelector
 * [ oa:start 812; oa:end 822 ], [ oa:exact "…" ] ]; rg:sentence "…"}) and the flat rg:Mention shape
 * ({@code ?m rg:refersTo ?entity; rg:inDocument ?doc; rg:startOffset …; rg:exact …}). Offsets into the
 * cleaned text ({@code rg:cleanStart}, {@code rg:cleanEnd}) are read from the annotation or its target.
 */
final class EvidenceFinder {
    private static final Comparator<Evidence> ORDER = Comparator
            .comparing((Evidence e) -> e.document().toString())
            .thenComparingInt(Evidence::start)
            .thenComparing(e -> e.annotation().toString());

    private final Graph graph;

    EvidenceFinder(Graph graph) {
        this.graph = graph;
    }

    /** Every mention of an entity, by document then offset (up to {@link Paging#CAP} of them). */
    List<Evidence> forEntity(Node entity) {
        return page(entity, 1, Paging.CAP).evidence();
    }

    /** One page of an entity's mentions and how many there are. */
    record Found(Paging paging, List<Evidence> evidence) { }

    /**
     * Page {@code page} of the mentions of an entity: the annotations pointing at it are counted on
     * their index range (up to {@link Paging#CAP}), ordered by IRI (which names the letter first), and
     * only the page's are read.
     */
    Found page(Node entity, int page, int size) {
        Set<Node> annotations = new LinkedHashSet<>();
        boolean capped = collect(RG.oaHasBody, entity, annotations) | collect(RG.refersTo, entity, annotations);
        List<Node> ordered = new ArrayList<>(annotations);
        ordered.sort(Comparator.comparing(Node::toString));
        Paging paging = Paging.of(ordered.size(), capped, page, size);
        List<Evidence> evidence = read(new LinkedHashSet<>(ordered.subList(paging.from(), paging.to())), null);
        return new Found(paging, evidence);
    }

    /** Adds subjects of {@code ?s p o} until the set holds CAP; true when some were left unread. */
    private boolean collect(Node p, Node o, Set<Node> into) {
        ExtendedIterator<Triple> it = graph.find(Node.ANY, p, o);
        try {
            while (it.hasNext()) {
                if (into.size() >= Paging.CAP) {
                    return true;
                }
                into.add(it.next().getSubject());
            }
            return false;
        } finally {
            it.close();
        }
    }

    /** Every mention found in a document, by offset. */
    List<Evidence> forDocument(Node document) {
        Set<Node> annotations = new LinkedHashSet<>();
        for (Node target : subjects(RG.oaHasSource, document)) {
            annotations.addAll(subjects(RG.oaHasTarget, target));
        }
        annotations.addAll(subjects(RG.oaHasTarget, document));
        annotations.addAll(subjects(RG.inDocument, document));
        return read(annotations, document);
    }

    private List<Evidence> read(Set<Node> annotations, Node onlyDocument) {
        List<Evidence> out = new ArrayList<>();
        for (Node a : annotations) {
            Optional<Node> body = object(a, RG.oaHasBody).or(() -> object(a, RG.refersTo));
            if (body.isEmpty()) {
                continue;
            }
            List<Node> targets = objects(a, RG.oaHasTarget);
            if (targets.isEmpty()) {
                targets = List.of(a); // the flat shape: the mention is its own target
            }
            for (Node target : targets) {
                Node doc = object(target, RG.oaHasSource).or(() -> object(target, RG.inDocument)).orElse(target);
                if (onlyDocument == null || onlyDocument.equals(doc)) {
                    out.add(evidence(a, body.get(), target, doc));
                }
            }
        }
        out.sort(ORDER);
        return out;
    }

    private Evidence evidence(Node annotation, Node body, Node target, Node doc) {
        List<Node> places = new ArrayList<>(objects(target, RG.oaHasSelector));
        places.add(target);
        places.add(annotation);
        int start = -1;
        int end = -1;
        String exact = "";
        String sentence = "";
        int cleanStart = -1;
        int cleanEnd = -1;
        for (Node n : places) {
            cleanStart = cleanStart >= 0 ? cleanStart : integer(n, RG.cleanStart).orElse(-1);
            cleanEnd = cleanEnd >= 0 ? cleanEnd : integer(n, RG.cleanEnd).orElse(-1);
            start = start >= 0 ? start : integer(n, RG.oaStart).or(() -> integer(n, RG.startOffset)).orElse(-1);
            end = end >= 0 ? end : integer(n, RG.oaEnd).or(() -> integer(n, RG.endOffset)).orElse(-1);
            exact = !exact.isEmpty() ? exact : text(n, RG.oaExact).or(() -> text(n, RG.exact)).orElse("");
            sentence = !sentence.isEmpty() ? sentence : text(n, RG.sentence).orElse("");
        }
        return new Evidence(annotation, body, doc, start, end, exact, sentence, cleanStart, cleanEnd);
    }

    private List<Node> subjects(Node p, Node o) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(Node.ANY, p, o);
        try {
            it.forEachRemaining(t -> out.add(t.getSubject()));
        } finally {
            it.close();
        }
        return out;
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        ExtendedIterator<Triple> it = graph.find(s, p, Node.ANY);
        try {
            it.forEachRemaining(t -> out.add(t.getObject()));
        } finally {
            it.close();
        }
        return out;
    }

    private Optional<Node> object(Node s, Node p) {
        return objects(s, p).stream().sorted(Comparator.comparing(Node::toString)).findFirst();
    }

    private Optional<String> text(Node s, Node p) {
        return object(s, p).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    private Optional<Integer> integer(Node s, Node p) {
        Optional<String> lex = text(s, p);
        if (lex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(lex.get().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a malformed offset means "no span": the quote is still shown
        }
    }
}
