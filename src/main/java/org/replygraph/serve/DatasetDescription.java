package org.replygraph.serve;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.replygraph.graph.RG;

/**
 * The VoID + DCAT description served at {@code /.well-known/void}, and the SPARQL 1.1 Service
 * Description served at {@code /sparql} without a query. Absolute URLs are made from the configured
 * public URL ({@code serve --public-url}), never from a request's Host header: the answers are
 * publicly cacheable, and a forged Host must not end up in a cache.
 * <p>What the counts cover: the dataset's {@code void:triples} and class partitions count the
 * default graph, the union of the letters' graphs, WITHOUT the ontology. The ontology graph
 * {@code <https://w3id.org/replygraph/ns>} is described apart ({@code …/.well-known/void#ontology},
 * with its own {@code void:triples}); it is in {@code /dump.nq.gz}, not in the two union dumps.
 */
final class DatasetDescription {
    private static final Node DESCRIPTION = DCTerms.description.asNode();
    /**
     * The data's licence, CC BY 4.0: the letters are government information published for the public
     * to read; what ReplyGraph adds (structure, links, evidence) is free to reuse with attribution,
     * which CC BY asks and every linked-data consumer knows (DCAT-AP, data.europa.eu, Wikidata's
     * external sources) — unlike a bespoke or "public domain" statement whose reach differs by country.
     */
    static final Node LICENSE = NodeFactory.createURI("http://creativecommons.org/licenses/by/4.0/");
    static final Node LICENSE_PROPERTY = DCTerms.license.asNode();
    static final Node MODIFIED = DCTerms.modified.asNode();
    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    private static final Node SPDX_CHECKSUM = NodeFactory.createURI(JsonLdContext.SPDX + "checksum");

    static Node dateTime(java.time.Instant t) {
        return NodeFactory.createLiteralDT(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private DatasetDescription() { }

    private static Node u(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * What the dataset description states of the data, besides counts: its dumps written now (a dump
     * missing from {@code dumps} is being written: listed without size and checksum).
     */
    record Published(java.time.Instant modified, long entities, Map<Dumps.Dump, Dumps.Written> dumps) { }

    static Graph voidGraph(String server, String base, TermCounts terms, DatasetSizes sizes, Published published) {
        Graph g = prefixed();
        Node ds = u(server + "/.well-known/void#dataset");
        add(g, ds, RG.rdfType, VOID.Dataset.asNode());
        add(g, ds, RG.rdfType, DCAT.Dataset.asNode());
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("ReplyGraph: government reply letters", "en"));
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("政府答复函知识图谱", "zh-Hans"));
        add(g, ds, LICENSE_PROPERTY, LICENSE);
        add(g, ds, MODIFIED, dateTime(published.modified()));
        Node publisher = u(server + "/.well-known/void#publisher");
        add(g, ds, DCTerms.publisher.asNode(), publisher);
        add(g, publisher, RG.rdfType, u(RG.FOAF + "Agent"));
        add(g, publisher, u(RG.FOAF + "name"), NodeFactory.createLiteralString("ReplyGraph"));
        add(g, publisher, u(RG.FOAF + "homepage"), u(server + "/"));
        add(g, ds, VOID.triples.asNode(), integer(sizes.triples()));
        add(g, ds, DESCRIPTION, en("void:triples and the class partitions count the default graph: the union of the "
                + sizes.graphs() + " letters' named graphs. The ontology graph <" + Vocabulary.GRAPH.getURI()
                + "> is not counted here; see " + server + "/.well-known/void#ontology."));
        add(g, ds, VOID.vocabulary.asNode(), Vocabulary.GRAPH);
        Node ontology = u(server + "/.well-known/void#ontology");
        add(g, ontology, RG.rdfType, VOID.Dataset.asNode());
        add(g, ontology, RG.rdfType, SD.NamedGraph);
        add(g, ontology, SD.name, Vocabulary.GRAPH);
        add(g, ontology, VOID.triples.asNode(), integer(sizes.ontologyTriples()));
        add(g, ontology, VOID.sparqlEndpoint.asNode(), u(server + "/sparql"));
        add(g, ontology, VOID.dataDump.asNode(), u(server + Dumps.Dump.NQ_GZ.path));
        add(g, ontology, u(RG.FOAF + "page"), u(server + "/ns"));
        add(g, ontology, DESCRIPTION, en("The ReplyGraph ontology, served as the named graph <"
                + Vocabulary.GRAPH.getURI() + "> and at " + server + "/ns: in /dump.nq.gz, /dump.trig.gz and GRAPH queries, "
                + "not in the default graph, /dump.ttl or /dump.nt.gz."));
        add(g, ds, VOID.entities.asNode(), integer(published.entities()));
        add(g, ds, VOID.sparqlEndpoint.asNode(), u(server + "/sparql"));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        add(g, ds, VOID.rootResource.asNode(), u(server + "/"));
        for (Dumps.Dump dump : Dumps.Dump.values()) {
            distribution(g, ds, server, dump, published.dumps().get(dump), sizes);
        }
        Node service = u(server + "/sparql#service");
        add(g, ds, DCAT.accessService.asNode(), service);
        add(g, service, RG.rdfType, DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), u(server + "/sparql"));
        terms.classes().examples().values().forEach(example -> add(g, ds, VOID.exampleResource.asNode(), example));
        int i = 0;
        for (Map.Entry<Node, Long> e : terms.classes().counts().entrySet()) {
            Node part = u(server + "/.well-known/void#class" + i++);
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), e.getKey());
            add(g, part, VOID.entities.asNode(), integer(e.getValue()));
        }
        return g;
    }

    /**
     * A dump as a DCAT distribution: its URL, media type (of the data inside: DCAT's
     * {@code dcat:compressFormat} names the gzip), size and SHA-256. The checksum is
     * {@code spdx:checksum} with {@code spdx:checksumAlgorithm_sha256}, the property DCAT 3 names for
     * it (§6.8.9), and SHA-256 because {@code sha256sum} checks it everywhere. A dump not written yet
     * ({@code w} null) has neither, and an {@code rdfs:comment} saying so.
     */
    private static void distribution(Graph g, Node ds, String server, Dumps.Dump dump, Dumps.Written w, DatasetSizes sizes) {
        Node url = u(server + dump.path);
        add(g, ds, VOID.dataDump.asNode(), url);
        Node dist = u(server + dump.path + "#distribution");
        add(g, ds, DCAT.distribution.asNode(), dist);
        add(g, dist, RG.rdfType, DCAT.Distribution.asNode());
        add(g, dist, DCAT.downloadURL.asNode(), url);
        add(g, dist, DCAT.accessURL.asNode(), url);
        add(g, dist, LICENSE_PROPERTY, LICENSE);
        add(g, dist, DCAT.mediaType.asNode(), u(IANA + dump.format.mediaType()));
        add(g, dist, DCTerms.format.asNode(), u(dump.format.formatIri()));
        if (dump.gzip) {
            add(g, dist, DCAT.compressFormat.asNode(), u(IANA + "application/gzip"));
        }
        if (w == null) {
            add(g, dist, RDFS.comment.asNode(), en(PENDING));
        } else {
            sizeAndChecksum(g, dist, server, dump, w);
        }
        add(g, dist, DESCRIPTION, en(dump.format.quads()
                ? "Every named graph: the " + sizes.graphs() + " letters' graphs (" + sizes.quads()
                    + " quads) and the ontology graph <" + Vocabulary.GRAPH.getURI() + "> (" + sizes.ontologyTriples() + " triples)."
                : "The default graph (" + sizes.triples() + " triples): the union of the letters' graphs, without the ontology."));
    }

    /** The note on a dump that is being written. */
    static final String PENDING = "Being written: its size and checksum are stated here once it is written; ask again in a moment.";

    private static void sizeAndChecksum(Graph g, Node dist, String server, Dumps.Dump dump, Dumps.Written w) {
        add(g, dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(Long.toString(w.length()), XSDDatatype.XSDnonNegativeInteger));
        Node checksum = u(server + dump.path + "#checksum");
        add(g, dist, SPDX_CHECKSUM, checksum);
        add(g, checksum, RG.rdfType, u(JsonLdContext.SPDX + "Checksum"));
        add(g, checksum, u(JsonLdContext.SPDX + "algorithm"), u(JsonLdContext.SPDX + "checksumAlgorithm_sha256"));
        add(g, checksum, u(JsonLdContext.SPDX + "checksumValue"), NodeFactory.createLiteralDT(w.sha256(), XSDDatatype.XSDhexBinary));
    }

    /** Named graphs the service description lists by name, at most: past it, it says how many it left out. */
    static final int MAX_LISTED_GRAPHS = 1000;

    /**
     * The SPARQL service description: the endpoint, features, result formats, and the named graphs,
     * the ontology's first, then the letters' in IRI order, up to {@link #MAX_LISTED_GRAPHS} (100,000
     * letters would make a 20 MB answer to every bare GET /sparql); past that the description says how
     * many graphs there are and the query that lists them all.
     */
    static Graph serviceDescription(String server, DatasetSizes sizes, java.util.List<Node> graphNames) {
        Graph g = prefixed();
        Node service = u(server + "/sparql#service");
        add(g, service, RG.rdfType, SD.Service);
        add(g, service, SD.endpoint, u(server + "/sparql"));
        add(g, service, SD.supportedLanguage, SD.SPARQL11Query);
        add(g, service, SD.feature, SD.UnionDefaultGraph);
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"}) {
            add(g, service, SD.resultFormat, u("http://www.w3.org/ns/formats/" + f));
        }
        for (DocFormat f : DocFormat.TRIPLES) { // a CONSTRUCT / DESCRIBE result is one graph
            f.data().ifPresent(d -> add(g, service, SD.resultFormat, u(d.formatIri())));
        }
        Node dataset = u(server + "/sparql#dataset");
        Node dflt = u(server + "/sparql#defaultGraph");
        add(g, service, SD.defaultDataset, dataset);
        add(g, dataset, RG.rdfType, SD.Dataset);
        add(g, dataset, SD.defaultGraph, dflt);
        add(g, dflt, RG.rdfType, SD.Graph);
        add(g, dflt, VOID.triples.asNode(), integer(sizes.triples()));
        Node named = u(server + "/sparql#ontologyGraph");
        Node graph = u(server + "/sparql#ontology");
        add(g, dataset, SD.namedGraph, named);
        add(g, named, RG.rdfType, SD.NamedGraph);
        add(g, named, SD.name, Vocabulary.GRAPH);
        add(g, named, SD.graph, graph);
        add(g, graph, RG.rdfType, SD.Graph);
        add(g, graph, VOID.triples.asNode(), integer(sizes.ontologyTriples()));
        int listed = 0;
        for (Node name : graphNames) {
            if (name.equals(Vocabulary.GRAPH) || !name.isURI()) continue;
            if (listed == MAX_LISTED_GRAPHS) break;
            Node ng = u(server + "/sparql#graph" + listed++);
            add(g, dataset, SD.namedGraph, ng);
            add(g, ng, RG.rdfType, SD.NamedGraph);
            add(g, ng, SD.name, name);
        }
        add(g, dataset, VOID.triples.asNode(), integer(sizes.quads()));
        add(g, dataset, DESCRIPTION, en(sizes.graphs() + 1 + " named graphs: the ontology's and " + sizes.graphs()
                + " of the letters (and the entities graph); "
                + (sizes.graphs() > listed ? "the first " + listed + " in IRI order are listed here, "
                    + "all by SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g." : "all are listed here.")));
        return g;
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Graph prefixed() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("sd", SD.NS)
                .setNsPrefix("dcterms", RG.DCTERMS).setNsPrefix("rg", RG.NS).setNsPrefix("rdf", RG.RDF)
                .setNsPrefix("foaf", RG.FOAF).setNsPrefix("spdx", JsonLdContext.SPDX).setNsPrefix("xsd", RG.XSD);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
