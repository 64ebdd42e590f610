package org.replygraph.graph.store;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What {@code tdb2.tdbloader --loc DIR FILE.nq} does on an empty folder (its default, the phased loader),
 * timed, to compare {@code build --store} with: {@code java -cp replygraph.jar:target/test-classes
 * org.replygraph.graph.store.Tdb2Load DIR FILE.nq} prints {@code quads ms}.
 */
public final class Tdb2Load {
    private Tdb2Load() { }

    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[0])));
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        long start = System.nanoTime();
        loader.startBulk();
        loader.load(args[1]);
        loader.finishBulk();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(loader.countQuads() + " quads " + ms + " ms");
        TDBInternal.expel(dsg);
    }
}
