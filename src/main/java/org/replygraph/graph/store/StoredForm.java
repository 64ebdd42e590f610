package org.replygraph.graph.store;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.replygraph.graph.BuildReport;
import org.replygraph.graph.IriMinter;
import org.replygraph.graph.RG;

/**
 * What a store holds of a build, for a dataset that is not a store: {@code serve} in memory writes its letters
 * through {@link #writer} and {@link #recordVersions} so that it serves the quads {@code serve --store} serves for
 * the same letters, and the dataset description (VoID's triple counts, the dumps' sizes and checksums) agrees.
 * Two things differ otherwise: TDB2 keeps numbers, dates and booleans inline and reads them back in their
 * canonical form ({@code "13"^^xsd:decimal} as {@code 13.0}), and a store records each document's
 * {@code rg:extractorVersion} beside its {@code rg:sha256}.
 * <pre>{@code
 * BuildReport r = builder.build(letters, StoredForm.writer(memory));   // literals as TDB2 reads them back
 * StoredForm.recordVersions(memory, r, options);                       // one rg:extractorVersion per document
 * }</pre>
 */
public final class StoredForm {
    private StoredForm() { }

    /** {@code node} as a TDB2 store reads it back: a literal it keeps inline in its canonical form, else itself. */
    public static Node of(Node node) {
        if (!node.isLiteral() || !NodeIdInline.hasInlineDatatype(node)) return node;
        NodeId id = NodeIdInline.inline(node);
        return id == null ? node : NodeIdInline.extract(id);
    }

    /** {@code target} with every quad added through it in {@linkplain #of stored form}; everything else passes through. */
    public static DatasetGraph writer(DatasetGraph target) {
        return new DatasetGraphWrapper(Objects.requireNonNull(target, "target")) {
            @Override
            public void add(Quad q) {
                super.add(q.getGraph(), q.getSubject(), q.getPredicate(), of(q.getObject()));
            }

            @Override
            public void add(Node g, Node s, Node p, Node o) {
                super.add(g, s, p, of(o));
            }
        };
    }

    /**
     * Adds each built document's {@code rg:extractorVersion} into its graph, as {@link StoreSink} does, in one
     * write transaction. {@code version} is {@link ExtractorVersion#of}'s for the build's options.
     */
    public static void recordVersions(DatasetGraph target, BuildReport report, String base, String version) {
        IriMinter minter = new IriMinter(base);
        Node v = NodeFactory.createLiteralString(version);
        org.apache.jena.system.Txn.executeWrite(target, () -> {
            for (BuildReport.DocumentEntry d : report.documents())
                target.add(minter.graph(d.file()), NodeFactory.createURI(d.iri()), RG.extractorVersion, v);
        });
    }
}
