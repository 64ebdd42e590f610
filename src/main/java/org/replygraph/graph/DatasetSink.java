package org.replygraph.graph;

import java.util.Objects;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes each document into its own named graph of a {@link DatasetGraph} and the descriptions of the
 * entities it names into the {@link EntityGraph} once. Where the dataset has transactions (TIM, TDB2),
 * the whole build is one write transaction (performance-notes trap 3), committed by {@link #finish()}.
 */
public final class DatasetSink implements DocumentSink {
    private final DatasetGraph target;
    private final EntityGraph entities;
    private final boolean txn;

    public DatasetSink(DatasetGraph target, String base) {
        this.target = Objects.requireNonNull(target, "target");
        this.entities = new EntityGraph(base);
        this.txn = target.supportsTransactions() && !target.isInTransaction();
        if (txn) target.begin(TxnType.WRITE);
    }

    @Override
    public void add(BuiltDocument d) {
        entities.forEachQuad(d.graphName(), d.graph(), (g, t) -> target.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    @Override
    public void finish() {
        if (txn && target.isInTransaction()) target.commit();
    }

    @Override
    public void close() {
        if (txn && target.isInTransaction()) target.abort();
        if (txn) target.end();
    }
}
