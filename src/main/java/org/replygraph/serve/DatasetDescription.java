package org.replygraph.serve;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.replygraph.graph.RG;

/**
 * The VoID + DCAT description served at {@code /.well-known/void}, and the SPARQL 1.1 Service
 * Description served at {@code /sparql} without a query. Absolute URLs are made from the request's
 * own server address, so they work behind any host name.
 * <p>What the counts cover: the dataset's {@code void:triples} and class partitions count the
 * default graph, the union of the letters' graphs, WITHOUT the ontology. The ontology graph
 * {@code <https://w3id.org/replygraph/ns>} is described apart ({@code …/.well-known/void#ontology},
 * with its own {@code void:triples}); it is in {@code /dump.nq.gz}, not in the two union dumps.
 */
final class DatasetDescription {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final Node DESCRIPTION = NodeFactory.createURI(RG.DCTERMS + "description");

    private DatasetDescription() { }

    private static Node u(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Graph voidGraph(String server, String base, DatasetStats stats) {
        Graph g = prefixed();
        Node ds = u(server + "/.well-known/void#dataset");
        add(g, ds, RG.rdfType, u(VOID + "Dataset"));
        add(g, ds, RG.rdfType, u(DCAT + "Dataset"));
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("ReplyGraph: government reply letters", "en"));
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("政府答复函知识图谱", "zh-Hans"));
        add(g, ds, u(VOID + "triples"), integer(stats.triples()));
        add(g, ds, DESCRIPTION, en("void:triples and the class partitions count the default graph: the union of the "
                + stats.graphs() + " letters' named graphs. The ontology graph <" + Vocabulary.GRAPH.getURI()
                + "> is not counted here; see " + server + "/.well-known/void#ontology."));
        add(g, ds, u(VOID + "vocabulary"), Vocabulary.GRAPH);
        Node ontology = u(server + "/.well-known/void#ontology");
        add(g, ontology, RG.rdfType, u(VOID + "Dataset"));
        add(g, ontology, RG.rdfType, u(SD + "NamedGraph"));
        add(g, ontology, u(SD + "name"), Vocabulary.GRAPH);
        add(g, ontology, u(VOID + "triples"), integer(stats.ontologyTriples()));
        add(g, ontology, u(VOID + "sparqlEndpoint"), u(server + "/sparql"));
        add(g, ontology, u(VOID + "dataDump"), u(server + "/dump.nq.gz"));
        add(g, ontology, DESCRIPTION, en("The ReplyGraph ontology, served as the named graph <"
                + Vocabulary.GRAPH.getURI() + ">: in /dump.nq.gz and GRAPH queries, not in the default graph, /dump.ttl or /dump.nt.gz."));
        add(g, ds, u(VOID + "entities"), integer(stats.entities()));
        add(g, ds, u(VOID + "sparqlEndpoint"), u(server + "/sparql"));
        add(g, ds, u(VOID + "uriSpace"), NodeFactory.createLiteralString(base));
        add(g, ds, u(VOID + "rootResource"), u(server + "/"));
        for (String dump : new String[] {"/dump.ttl", "/dump.nt.gz", "/dump.nq.gz"}) {
            add(g, ds, u(VOID + "dataDump"), u(server + dump));
            Node dist = u(server + dump + "#distribution");
            add(g, ds, u(DCAT + "distribution"), dist);
            add(g, dist, RG.rdfType, u(DCAT + "Distribution"));
            add(g, dist, u(DCAT + "downloadURL"), u(server + dump));
            add(g, dist, u(DCAT + "mediaType"), u("https://www.iana.org/assignments/media-types/"
                    + (dump.endsWith(".ttl") ? "text/turtle" : "application/gzip")));
            add(g, dist, DESCRIPTION, en(dump.endsWith(".nq.gz")
                    ? "Every named graph as N-Quads: the " + stats.graphs() + " letters' graphs (" + stats.quads()
                        + " quads) and the ontology graph <" + Vocabulary.GRAPH.getURI() + "> (" + stats.ontologyTriples() + " triples)."
                    : "The default graph (" + stats.triples() + " triples): the union of the letters' graphs, without the ontology."));
        }
        Node service = u(server + "/sparql#service");
        add(g, ds, u(DCAT + "accessService"), service);
        add(g, service, RG.rdfType, u(DCAT + "DataService"));
        add(g, service, u(DCAT + "endpointURL"), u(server + "/sparql"));
        int i = 0;
        for (Map.Entry<Node, Integer> e : stats.classCounts().entrySet()) {
            Node part = u(server + "/.well-known/void#class" + i++);
            add(g, ds, u(VOID + "classPartition"), part);
            add(g, part, u(VOID + "class"), e.getKey());
            add(g, part, u(VOID + "entities"), integer(e.getValue()));
        }
        return g;
    }

    static Graph serviceDescription(String server, DatasetStats stats) {
        Graph g = prefixed();
        Node service = u(server + "/sparql#service");
        add(g, service, RG.rdfType, u(SD + "Service"));
        add(g, service, u(SD + "endpoint"), u(server + "/sparql"));
        add(g, service, u(SD + "supportedLanguage"), u(SD + "SPARQL11Query"));
        add(g, service, u(SD + "feature"), u(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            add(g, service, u(SD + "resultFormat"), u("http://www.w3.org/ns/formats/" + f));
        }
        Node dataset = u(server + "/sparql#dataset");
        Node dflt = u(server + "/sparql#defaultGraph");
        add(g, service, u(SD + "defaultDataset"), dataset);
        add(g, dataset, RG.rdfType, u(SD + "Dataset"));
        add(g, dataset, u(SD + "defaultGraph"), dflt);
        add(g, dflt, RG.rdfType, u(SD + "Graph"));
        add(g, dflt, u(VOID + "triples"), integer(stats.triples()));
        Node named = u(server + "/sparql#ontologyGraph");
        Node graph = u(server + "/sparql#ontology");
        add(g, dataset, u(SD + "namedGraph"), named);
        add(g, named, RG.rdfType, u(SD + "NamedGraph"));
        add(g, named, u(SD + "name"), Vocabulary.GRAPH);
        add(g, named, u(SD + "graph"), graph);
        add(g, graph, RG.rdfType, u(SD + "Graph"));
        add(g, graph, u(VOID + "triples"), integer(stats.ontologyTriples()));
        return g;
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Graph prefixed() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("sd", SD)
                .setNsPrefix("dcterms", RG.DCTERMS).setNsPrefix("rg", RG.NS).setNsPrefix("rdf", RG.RDF);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
