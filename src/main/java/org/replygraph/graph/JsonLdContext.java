package org.replygraph.graph;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The JSON-LD {@code @context} of every {@code .jsonld} document: the server's documents name it by
 * URL ({@code /context.jsonld}, and {@code /ns/context.jsonld} beside the ontology), an export carries
 * it inline ({@link JsonLdWriter#embedding}). The prefixes of the export, and a term per property,
 * keyed by its compact IRI so no two vocabularies clash:
 * <pre>
 * "rg:issuedBy": {"@type": "@id"},                  (object properties of the ontology)
 * "rg:proposalNumber": {"@type": "xsd:integer"},    (datatype properties with an XSD range)
 * "rdfs:label": {"@container": "@language"}         (labels and rdf:langString properties)
 * </pre>
 * Labels are language maps ({@code "rdfs:label": {"zh-Hans": "…", "en": "…"}}), chosen over one term
 * per language ({@code "label_zh": {"@language": "zh-Hans"}}): the tag is only a map key, so a
 * processor that lowercases tags (JSON-LD 1.0 processors, pyld) still reads every label, as
 * {@code zh-hans}, the same tag to RDF (tags compare case-insensitively), and the map needs no term
 * per language the data may hold. Built from the bundled ontology: the same bytes for every document.
 * Pure (no HTTP): the graph stage's export and the server share it.
 * <pre>{@code
 * JsonLdContext c = JsonLdContext.standard(RG.DEFAULT_BASE);
 * c.compact(RG.NS + "issuedBy");          // "rg:issuedBy"
 * c.json();                              // {"@context": {"@version": 1.1, "dcterms": "http://purl.org/dc/terms/", …}}
 * }</pre>
 */
public final class JsonLdContext {
    /** The ontology the jar carries, whose properties the terms are made from. */
    public static final String ONTOLOGY = "ontology/replygraph.ttl";

    public enum Kind { ID, LANGUAGE, TYPED }

    /** How a property is written: its key, and what its short values mean. */
    public record Term(String key, Kind kind, String datatype) { }

    private static final Node OBJECT_PROPERTY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#ObjectProperty");
    private static final Node DATATYPE_PROPERTY = NodeFactory.createURI("http://www.w3.org/2002/07/owl#DatatypeProperty");
    private static final Node RANGE = NodeFactory.createURI(RG.RDFS + "range");
    private static final Node LANG_STRING = NodeFactory.createURI(RG.RDF + "langString");
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SPDX = "http://spdx.org/rdf/terms#";
    public static final String SD_NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    /** Label-like properties of other vocabularies, written as language maps. */
    private static final List<String> LANGUAGE_MAPS = List.of(RG.RDFS + "label", RG.RDFS + "comment",
            RG.SKOS + "prefLabel", RG.SKOS + "altLabel", RG.SKOS + "definition", RG.SKOS + "scopeNote",
            RG.DCTERMS + "title", RG.DCTERMS + "description", RG.FOAF + "name");
    /** Link properties of other vocabularies the documents use, written as IRI strings. */
    private static final List<String> LINKS = List.of(RG.FOAF + "primaryTopic", RG.FOAF + "phone", RG.FOAF + "homepage",
            RG.DCTERMS + "license", RG.DCTERMS + "publisher", RG.DCTERMS + "isPartOf", RG.DCTERMS + "source",
            RG.OA + "hasBody", RG.OA + "hasTarget", RG.OA + "hasSource", RG.OA + "hasSelector",
            RG.SKOS + "inScheme", RG.SKOS + "broader", RG.SKOS + "exactMatch", OWL + "sameAs",
            RG.ORG + "subOrganizationOf", RG.PROV + "wasDerivedFrom", RG.RDFS + "isDefinedBy",
            RG.RDFS + "domain", RG.RDFS + "range", RG.RDFS + "subClassOf", RG.RDFS + "subPropertyOf",
            HYDRA + "first", HYDRA + "last", HYDRA + "next",
            HYDRA + "previous");

    private final PrefixMapping prefixes;
    private final Map<String, Term> terms;
    private final String json;

    private JsonLdContext(PrefixMapping prefixes, Map<String, Term> terms) {
        this.prefixes = prefixes;
        this.terms = terms;
        this.json = render();
    }

    /** The context for data under {@code base}, from the ontology the jar carries. */
    public static JsonLdContext standard(String base) {
        Graph ontology = GraphFactory.createDefaultGraph();
        // Read as a stream: RIOT cannot open a jar: URL, which is what the resource is in the packaged jar.
        try (java.io.InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null)
                throw new IllegalStateException("Missing resource=" + ONTOLOGY + " : the ontology must be on the classpath");
            RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(ontology);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read resource=" + ONTOLOGY + " : " + e.getMessage(), e);
        }
        return of(ontology, base);
    }

    /** The context for data under {@code base}, with a term for every property of {@code ontology}. */
    public static JsonLdContext of(Graph ontology, String base) {
        PrefixMapping pm = prefixes(base);
        Map<String, Term> terms = new TreeMap<>();
        ontology.find(Node.ANY, RG.rdfType, OBJECT_PROPERTY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) add(terms, pm, t.getSubject().getURI(), Kind.ID, null);
        });
        ontology.find(Node.ANY, RG.rdfType, DATATYPE_PROPERTY).forEachRemaining(t -> {
            Node p = t.getSubject();
            if (!p.isURI()) return;
            List<Node> ranges = ontology.find(p, RANGE, Node.ANY).mapWith(r -> r.getObject()).toList();
            if (ranges.size() != 1 || !ranges.get(0).isURI()) return;
            Node range = ranges.get(0);
            if (range.equals(LANG_STRING)) {
                add(terms, pm, p.getURI(), Kind.LANGUAGE, null);
            } else if (range.getURI().startsWith(RG.XSD) && !range.getURI().equals(RG.XSD + "string")) {
                add(terms, pm, p.getURI(), Kind.TYPED, range.getURI());
            }
        });
        LANGUAGE_MAPS.forEach(p -> add(terms, pm, p, Kind.LANGUAGE, null));
        LINKS.forEach(p -> add(terms, pm, p, Kind.ID, null));
        return new JsonLdContext(pm, terms);
    }

    private static void add(Map<String, Term> terms, PrefixMapping pm, String iri, Kind kind, String datatype) {
        String key = pm.shortForm(iri);
        if (!key.equals(iri)) terms.putIfAbsent(iri, new Term(key, kind, datatype));
    }

    /** The export's prefixes and those of the descriptions (void, dcat, sd, hydra, owl, spdx). */
    public static PrefixMapping prefixes(String base) {
        PrefixMapping pm = Prefixes.of(base);
        pm.setNsPrefix("owl", OWL).setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS)
                .setNsPrefix("sd", SD_NS).setNsPrefix("hydra", HYDRA).setNsPrefix("spdx", SPDX);
        return pm;
    }

    /** The term of a property, when the context defines one. */
    public Optional<Term> term(String propertyIri) {
        return Optional.ofNullable(terms.get(propertyIri));
    }

    /** An IRI as a compact IRI when a prefix covers it ({@code rg:issuedBy}), else whole. */
    public String compact(String iri) {
        String s = prefixes.shortForm(iri);
        // A local part that JSON-LD would misread (empty, or starting "//") keeps the IRI whole.
        int colon = s.indexOf(':');
        if (s.equals(iri) || colon == s.length() - 1 || s.startsWith("//", colon + 1)) return iri;
        return s;
    }

    /** The context document: {@code {"@context": {…}}}, the same bytes every time. */
    public String json() {
        return json;
    }

    private String render() {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.beginObject().name("@context");
            writeObject(w);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The context's object ({@code {"@version": 1.1, "dcterms": …, "rg:issuedBy": {…}}}) as the next value of {@code w}. */
    public void writeObject(JsonWriter w) throws IOException {
        w.beginObject();
        w.name("@version").value(1.1);
        Map<String, String> ns = new TreeMap<>(prefixes.getNsPrefixMap());
        for (Map.Entry<String, String> e : ns.entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        Map<String, Term> byKey = new LinkedHashMap<>();
        terms.values().stream().sorted(Comparator.comparing(Term::key)).forEach(t -> byKey.put(t.key(), t));
        for (Term t : byKey.values()) {
            w.name(t.key()).beginObject();
            switch (t.kind()) {
                case ID -> w.name("@type").value("@id");
                case LANGUAGE -> w.name("@container").value("@language");
                case TYPED -> w.name("@type").value(compact(t.datatype()));
            }
            w.endObject();
        }
        w.endObject();
    }
}
