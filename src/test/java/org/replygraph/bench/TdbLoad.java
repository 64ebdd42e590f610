package org.replygraph.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Jena's own TDB2 bulk loader (what {@code tdb2.tdbloader} runs: the phased loader by default) loading
 * an N-Quads file into a new location, as the benchmark's reference for {@code build --store}. Prints
 * the number of quads in the store afterwards.
 * <pre>
 * java -cp ... org.replygraph.bench.TdbLoad LOCATION FILE.nq
 * </pre>
 */
public final class TdbLoad {
    private TdbLoad() { }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: TdbLoad LOCATION FILE.nq");
            System.exit(2);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        MonitorOutput quiet = (fmt, args2) -> { };
        DataLoader loader = LoaderFactory.createLoader(dsg, quiet);
        loader.startBulk();
        try {
            loader.load(args[1]);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long quads = Txn.calculateRead(dsg, () -> dsg.stream().count());
        System.out.println(quads + " quads");
    }
}
