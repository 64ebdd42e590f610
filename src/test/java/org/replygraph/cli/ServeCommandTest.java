package org.replygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void servesTheSeedsByDefaultAndPrintsTheUrls() {
        assumeTrue(Files.isDirectory(Path.of("seeds")), "needs the project's seeds/ folder");
        assertEquals(Main.OK, run("serve", "--port", "0", "--check"), err::toString);
        assertTrue(out.toString().contains("5 documents"), out::toString);
        assertTrue(out.toString().matches("(?s).*SPARQL endpoint http://localhost:[0-9]{2,5}/sparql.*"), out::toString);
    }

    @Test
    void aDumpWithTheOntologyGraphServesAgainWithTheBundledOntology(@TempDir Path dir) throws java.io.IOException {
        Path dump = dir.resolve("dump.nq");
        Files.writeString(dump, """
                <https://w3id.org/replygraph/id/doc/a> <http://www.w3.org/2000/01/rdf-schema#label> "a" <https://w3id.org/replygraph/id/graph/a> .
                <https://w3id.org/replygraph/ns#Old> <http://www.w3.org/2000/01/rdf-schema#label> "old" <https://w3id.org/replygraph/ns> .
                """);
        assertEquals(Main.OK, run("serve", "--port", "0", "--check", dump.toString()), err::toString);
        DatasetGraph loaded = DatasetGraphFactory.create();
        RDFParser.source(dump).parse(loaded);
        DatasetGraph served = ServeCommand.indexed(loaded);
        assertEquals(List.of(NodeFactory.createURI("https://w3id.org/replygraph/id/graph/a")),
                Txn.calculateRead(served, () -> Iter.toList(served.listGraphNodes())));
    }

    @Test
    void badPortIsAUsageError() {
        assertEquals(Main.USAGE, run("serve", "--port", "-1", "--check"));
        assertEquals("replygraph serve: Illegal port=-1 : Port must be 0..65535", err.toString().strip());
    }

    @Test
    void nothingReadableIsAFailure() {
        assertEquals(Main.FAILURE, run("serve", "--port", "0", "--check", "no-such-folder"));
        assertTrue(err.toString().contains("replygraph serve: no document could be read from [no-such-folder]"), err::toString);
    }
}
