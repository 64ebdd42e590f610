package org.replygraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ontology/replygraph.ttl declares, in English and Chinese, every rg: term the graphs use. */
class OntologyTest {
    static Graph ontology = GraphFactory.createDefaultGraph();
    static Set<Node> used = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));

    @BeforeAll
    static void load() {
        RDFParser.source(Path.of("ontology/replygraph.ttl")).parse(ontology);
        DatasetGraph ds = CorpusBuilder.newDataset();
        new CorpusBuilder(BuildOptions.defaults()).build(List.of(Path.of("seeds")), ds);
        List<Graph> graphs = new ArrayList<>(GraphFixtures.graphs(BuildOptions.defaults()));
        graphs.add(ds.getUnionGraph());
        for (Graph g : graphs)
            g.find().forEachRemaining(t -> {
                for (Node n : List.of(t.getPredicate(), t.getObject()))
                    if (n.isURI() && n.getURI().startsWith(RG.NS)) used.add(n);
            });
    }

    @Test
    void everyUsedTermIsDeclaredWithLabelsAndCommentsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Node term : used) {
            for (Node p : List.of(RG.rdfsLabel, RG.rdfsComment))
                for (String lang : List.of("en", "zh-Hans"))
                    if (ontology.find(term, p, Node.ANY).toList().stream().map(Triple::getObject)
                            .noneMatch(o -> o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang))
                            && !isConcept(term))
                        missing.add(term.getURI() + " " + p.getLocalName() + "@" + lang);
        }
        assertEquals(List.of(), missing);
        assertTrue(used.size() > 40, "terms used: " + used.size());
    }

    @Test
    void contractClassesAlignWithFoafOrgAndEachOther() {
        assertTrue(ontology.contains(RG.Document, RG.rdfsSubClassOf, RG.foafDocument));
        assertTrue(ontology.contains(RG.ReplyLetter, RG.rdfsSubClassOf, RG.Document));
        assertTrue(ontology.contains(RG.CppccProposal, RG.rdfsSubClassOf, RG.Proposal));
        assertTrue(ontology.contains(RG.NpcSuggestion, RG.rdfsSubClassOf, RG.Proposal));
        assertTrue(ontology.contains(RG.Member, RG.rdfsSubClassOf, RG.foafPerson));
        for (Node org : List.of(RG.Assembly, RG.Agency, RG.InnovationCentre))
            assertTrue(ontology.contains(org, RG.rdfsSubClassOf, RG.orgOrganization), org::toString);
        assertTrue(ontology.contains(RG.PolicyDocument, RG.rdfsSubClassOf, RG.foafDocument));
    }

    @Test
    void replyCategoriesAreASchemeOfThreeNotations() {
        assertTrue(ontology.contains(RG.ReplyCategories, RG.rdfType, RG.skosConceptScheme));
        for (String n : List.of("A", "B", "C")) {
            Node c = IriMinter.category(n);
            assertTrue(ontology.contains(c, RG.skosNotation, NodeFactory.createLiteralString(n)));
            assertTrue(ontology.contains(c, RG.skosInScheme, RG.ReplyCategories));
        }
    }

    /** Category concepts carry skos:definition rather than rdfs:comment. */
    private static boolean isConcept(Node term) {
        return ontology.contains(term, RG.rdfType, RG.skosConcept);
    }
}
