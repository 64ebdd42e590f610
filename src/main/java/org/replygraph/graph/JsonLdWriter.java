package org.replygraph.graph;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;

/**
 * A graph as compacted JSON-LD with the {@link JsonLdContext}: named by URL in the server's documents
 * ({@code /context.jsonld}), inline in an export ({@link #embedding}), so a file stands alone. The
 * document's primary topic first, then every other node in IRI order; per node {@code @id}, {@code @type}, then
 * properties by key. A value the property's term describes is written short (a language map entry,
 * an IRI string, a typed lexical form); any other value of the property goes, as a value object,
 * under the property's full IRI, where no term applies, so every triple reads back as it was:
 * <pre>
 * {"@context": "http://localhost:3030/context.jsonld",
 *  "@graph": [{"@id": "id:centre/x", "@type": "rg:InnovationCentre",
 *              "rdfs:label": {"zh-Hans": "国家增材制造创新中心", "zh-Hant": "國家增材製造創新中心"}}, …]}
 * </pre>
 * Deterministic (same graph, same bytes) and linear, unlike Jena's compacting writer (trap 5). An
 * export streams: {@link #stream} takes triples grouped by subject (sorted N-Triples are) and holds
 * one subject's triples at a time, so a .jsonld export no longer needs the graph in memory.
 * <pre>{@code
 * new JsonLdWriter(context, "http://localhost:3030/context.jsonld").write(graph, entity);  // a served document
 * RDFParser.source(sortedNt).lang(Lang.NTRIPLES).parse(JsonLdWriter.embedding(context).stream(out));  // an export
 * }</pre>
 */
public final class JsonLdWriter {
    private final JsonLdContext context;
    /** The context's URL; null to write the context itself. */
    private final String contextUrl;

    /** A writer whose documents name the context at {@code contextUrl}. */
    public JsonLdWriter(JsonLdContext context, String contextUrl) {
        this.context = context;
        this.contextUrl = contextUrl;
    }

    /** A writer whose documents carry the context inline: the same object {@code /context.jsonld} serves. */
    public static JsonLdWriter embedding(JsonLdContext context) {
        return new JsonLdWriter(context, null);
    }

    /** The document of {@code graph}, {@code primary} (may be null) as its first node. */
    public String write(Graph graph, Node primary) {
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        graph.find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
        List<Node> subjects = new ArrayList<>(bySubject.keySet());
        subjects.sort(Comparator.comparing((Node n) -> !n.equals(primary)).thenComparing(NodeFmtLib::strNT));
        Map<Node, String> blanks = new HashMap<>();
        StringWriter out = new StringWriter(4096);
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent(" ");
            begin(w);
            for (Node s : subjects) {
                node(w, s, bySubject.get(s), blanks);
            }
            w.endArray().endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private void begin(JsonWriter w) throws IOException {
        w.beginObject().name("@context");
        if (contextUrl != null) {
            w.value(contextUrl);
        } else {
            context.writeObject(w);
        }
        w.name("@graph").beginArray();
    }

    /**
     * A stream that writes the triples it is given as one document to {@code out}, each subject's
     * triples arriving together (as sorted N-Triples lines do: a subject met again after another would
     * be written as a second node of the same {@code @id}, which JSON-LD merges); flushed, not closed.
     */
    public StreamRDF stream(Writer out) {
        JsonWriter w = new JsonWriter(out);
        w.setIndent(" ");
        Map<Node, String> blanks = new HashMap<>();
        return new StreamRDFBase() {
            private Node subject;
            private final List<Triple> triples = new ArrayList<>();

            @Override
            public void start() {
                io(() -> begin(w));
            }

            @Override
            public void triple(Triple t) {
                if (!t.getSubject().equals(subject)) {
                    flush();
                    subject = t.getSubject();
                }
                triples.add(t);
            }

            private void flush() {
                if (subject == null) return;
                io(() -> node(w, subject, triples, blanks));
                triples.clear();
            }

            @Override
            public void finish() {
                flush();
                io(() -> {
                    w.endArray().endObject();
                    w.flush();
                    out.write('\n');
                    out.flush();
                });
            }
        };
    }

    private interface IoStep {
        void run() throws IOException;
    }

    private static void io(IoStep step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void node(JsonWriter w, Node s, List<Triple> triples, Map<Node, String> blanks) throws IOException {
        w.beginObject().name("@id").value(id(s, blanks));
        List<String> types = new ArrayList<>();
        // key -> values in order; a key is a term (short values) or a full IRI (value objects)
        Map<String, List<Object>> props = new TreeMap<>();
        Map<String, JsonLdContext.Kind> kinds = new HashMap<>();
        List<Triple> sorted = new ArrayList<>(triples);
        sorted.sort(Comparator.comparing((Triple t) -> NodeFmtLib.strNT(t.getPredicate()))
                .thenComparing(t -> NodeFmtLib.strNT(t.getObject())));
        for (Triple t : sorted) {
            String p = t.getPredicate().getURI();
            Node o = t.getObject();
            if (t.getPredicate().equals(RG.rdfType) && o.isURI()) {
                types.add(context.compact(o.getURI()));
                continue;
            }
            JsonLdContext.Term term = context.term(p).orElse(null);
            if (term != null && fits(term, o)) {
                props.computeIfAbsent(term.key(), k -> new ArrayList<>()).add(o);
                kinds.put(term.key(), term.kind());
            } else {
                String key = term != null ? p : context.compact(p);
                props.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            }
        }
        if (!types.isEmpty()) {
            w.name("@type");
            if (types.size() == 1) {
                w.value(types.get(0));
            } else {
                w.beginArray();
                for (String type : types) w.value(type);
                w.endArray();
            }
        }
        for (Map.Entry<String, List<Object>> e : props.entrySet()) {
            w.name(e.getKey());
            JsonLdContext.Kind kind = kinds.get(e.getKey());
            List<Object> values = e.getValue();
            if (kind == JsonLdContext.Kind.LANGUAGE) {
                languageMap(w, values);
                continue;
            }
            if (values.size() > 1) w.beginArray();
            for (Object v : values) {
                Node o = (Node) v;
                if (kind == JsonLdContext.Kind.ID) {
                    w.value(id(o, blanks));
                } else if (kind == JsonLdContext.Kind.TYPED) {
                    w.value(o.getLiteralLexicalForm());
                } else {
                    valueObject(w, o, blanks);
                }
            }
            if (values.size() > 1) w.endArray();
        }
        w.endObject();
    }

    /** Whether the term's short form says what {@code o} is. */
    private static boolean fits(JsonLdContext.Term term, Node o) {
        return switch (term.kind()) {
            case ID -> o.isURI() || o.isBlank();
            case LANGUAGE -> o.isLiteral() && (!o.getLiteralLanguage().isEmpty()
                    || XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI()));
            case TYPED -> o.isLiteral() && term.datatype().equals(o.getLiteralDatatypeURI());
        };
    }

    /** {@code {"en": "issued by", "zh-Hans": "…"}}; a plain string under {@code @none}. */
    private static void languageMap(JsonWriter w, List<Object> values) throws IOException {
        Map<String, List<String>> byLang = new LinkedHashMap<>();
        for (Object v : values) {
            Node o = (Node) v;
            String lang = o.getLiteralLanguage().isEmpty() ? "@none" : o.getLiteralLanguage();
            byLang.computeIfAbsent(lang, k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
        }
        w.beginObject();
        for (Map.Entry<String, List<String>> e : new TreeMap<>(byLang).entrySet()) {
            w.name(e.getKey());
            if (e.getValue().size() == 1) {
                w.value(e.getValue().get(0));
            } else {
                w.beginArray();
                for (String s : e.getValue()) w.value(s);
                w.endArray();
            }
        }
        w.endObject();
    }

    private void valueObject(JsonWriter w, Node o, Map<Node, String> blanks) throws IOException {
        w.beginObject();
        if (o.isURI() || o.isBlank()) {
            w.name("@id").value(id(o, blanks));
        } else {
            w.name("@value").value(o.getLiteralLexicalForm());
            if (!o.getLiteralLanguage().isEmpty()) {
                w.name("@language").value(o.getLiteralLanguage());
            } else if (!XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
                w.name("@type").value(context.compact(o.getLiteralDatatypeURI()));
            }
        }
        w.endObject();
    }

    private String id(Node n, Map<Node, String> blanks) {
        if (n.isBlank()) {
            return blanks.computeIfAbsent(n, k -> "_:b" + blanks.size());
        }
        return context.compact(n.getURI());
    }
}
