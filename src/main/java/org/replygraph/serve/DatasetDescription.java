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

    private DatasetDescription() { }

    private static Node u(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Graph voidGraph(String server, String base, DatasetStats stats, DatasetSizes sizes) {
        Graph g = prefixed();
        Node ds = u(server + "/.well-known/void#dataset");
        add(g, ds, RG.rdfType, VOID.Dataset.asNode());
        add(g, ds, RG.rdfType, DCAT.Dataset.asNode());
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("ReplyGraph: government reply letters", "en"));
        add(g, ds, RG.dctTitle, NodeFactory.createLiteralLang("政府答复函知识图谱", "zh-Hans"));
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
        add(g, ontology, VOID.dataDump.asNode(), u(server + "/dump.nq.gz"));
        add(g, ontology, DESCRIPTION, en("The ReplyGraph ontology, served as the named graph <"
                + Vocabulary.GRAPH.getURI() + ">: in /dump.nq.gz and GRAPH queries, not in the default graph, /dump.ttl or /dump.nt.gz."));
        add(g, ds, VOID.entities.asNode(), integer(stats.entities()));
        add(g, ds, VOID.sparqlEndpoint.asNode(), u(server + "/sparql"));
        add(g, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(base));
        add(g, ds, VOID.rootResource.asNode(), u(server + "/"));
        for (String dump : new String[] {"/dump.ttl", "/dump.nt.gz", "/dump.nq.gz"}) {
            add(g, ds, VOID.dataDump.asNode(), u(server + dump));
            Node dist = u(server + dump + "#distribution");
            add(g, ds, DCAT.distribution.asNode(), dist);
            add(g, dist, RG.rdfType, DCAT.Distribution.asNode());
            add(g, dist, DCAT.downloadURL.asNode(), u(server + dump));
            add(g, dist, DCAT.mediaType.asNode(), u("https://www.iana.org/assignments/media-types/"
                    + (dump.endsWith(".ttl") ? "text/turtle" : "application/gzip")));
            add(g, dist, DESCRIPTION, en(dump.endsWith(".nq.gz")
                    ? "Every named graph as N-Quads: the " + sizes.graphs() + " letters' graphs (" + sizes.quads()
                        + " quads) and the ontology graph <" + Vocabulary.GRAPH.getURI() + "> (" + sizes.ontologyTriples() + " triples)."
                    : "The default graph (" + sizes.triples() + " triples): the union of the letters' graphs, without the ontology."));
        }
        Node service = u(server + "/sparql#service");
        add(g, ds, DCAT.accessService.asNode(), service);
        add(g, service, RG.rdfType, DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), u(server + "/sparql"));
        int i = 0;
        for (Map.Entry<Node, Integer> e : stats.classCounts().entrySet()) {
            Node part = u(server + "/.well-known/void#class" + i++);
            add(g, ds, VOID.classPartition.asNode(), part);
            add(g, part, VOID._class.asNode(), e.getKey());
            add(g, part, VOID.entities.asNode(), integer(e.getValue()));
        }
        return g;
    }

    static Graph serviceDescription(String server, DatasetSizes sizes) {
        Graph g = prefixed();
        Node service = u(server + "/sparql#service");
        add(g, service, RG.rdfType, SD.Service);
        add(g, service, SD.endpoint, u(server + "/sparql"));
        add(g, service, SD.supportedLanguage, SD.SPARQL11Query);
        add(g, service, SD.feature, SD.UnionDefaultGraph);
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
            "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"}) {
            add(g, service, SD.resultFormat, u("http://www.w3.org/ns/formats/" + f));
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
        return g;
    }

    private static Node en(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Graph prefixed() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("sd", SD.NS)
                .setNsPrefix("dcterms", RG.DCTERMS).setNsPrefix("rg", RG.NS).setNsPrefix("rdf", RG.RDF);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
