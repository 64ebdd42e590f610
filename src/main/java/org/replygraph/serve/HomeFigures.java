package org.replygraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.replygraph.graph.AtomicFile;
import org.replygraph.graph.store.StoredSubjects;

/**
 * The home page's figures (entities, letters newest first, agencies by replies) and the data's
 * {@linkplain ClassCounts class counts} kept up to date with the data and, for a store, saved beside it in
 * {@code DIR/home-figures.txt} with the store's {@linkplain StoredSubjects#stamp() stamp}: a build counts
 * them once when it has changed the store, and {@code serve --store} reads them back (counting them on
 * first use took 29 s at 100,000 letters). A file whose stamp is not the store's is ignored (the figures
 * are counted again and saved), so a build killed before saving, or a store copied without the file,
 * costs time, never wrong figures. The class counts are the one count of instances per class that the
 * home page, the class pages, {@code /ns} and VoID show, saved with the triples per ontology property that
 * {@code /ns} shows; an ingest counts both again (passes over the store's POSG index, on node ids) with the
 * other figures, and saves them.
 * <pre>{@code
 * HomeFigures figures = HomeFigures.of(storeDir, store.dataset(), base);   // before a build: what is saved and current
 * ... build ...
 * figures.changed(built.changed());       // counted again where the build changed something, and saved
 * }</pre>
 * Thread-safe.
 */
public final class HomeFigures {
    static final String FILE = "home-figures.txt";
    private static final String HEADER = "replygraph home figures 2";
    /** Past this share of the documents changed, counting everything again is cheaper than updating. */
    private static final int UPDATE_DIVISOR = 10;

    private final Path file;
    private final DatasetGraph dataset;
    private final EntityIris iris;
    private DatasetStats current;
    /** Instances per class; null until read or counted. */
    private ClassCounts classes;
    /** The file is read on first use ({@link #saved}: a served store answers before reading it). */
    private boolean unread;

    private HomeFigures(Path file, DatasetGraph dataset, EntityIris iris, DatasetStats current) {
        this.file = file;
        this.dataset = dataset;
        this.iris = iris;
        this.current = current;
    }

    /** For serving a store: the saved figures are read on first use (counted and saved when not current). */
    public static HomeFigures saved(Path storeDir, DatasetGraph store, String base) {
        HomeFigures f = new HomeFigures(storeDir.resolve(FILE), store, new EntityIris(base), null);
        f.unread = true;
        return f;
    }

    /** For a store in {@code storeDir}: the saved figures when they are the store's as it is now. */
    public static HomeFigures of(Path storeDir, DatasetGraph store, String base) {
        EntityIris iris = new EntityIris(base);
        Path file = storeDir.resolve(FILE);
        HomeFigures f = new HomeFigures(file, store, iris, null);
        Txn.executeRead(store, () -> read(file, store).ifPresent(f::use));
        return f;
    }

    private void use(Saved saved) {
        current = saved.stats();
        classes = saved.classes();
    }

    /** For data that is not a store (served from memory): counted on first use, never saved. */
    static HomeFigures inMemory(DatasetGraph dataset, EntityIris iris) {
        return new HomeFigures(null, dataset, iris, null);
    }

    /** The figures, counted (and saved) now if nothing current was read or counted before. */
    synchronized DatasetStats get() {
        if (current == null && unread) {
            unread = false;
            Txn.executeRead(dataset, () -> read(file, dataset).ifPresent(this::use));
        }
        if (current == null) {
            current = Txn.calculateRead(dataset, () -> DatasetStats.of(dataset, iris));
            save();
        }
        return current;
    }

    /** The home figures and the class counts of one state of the data. */
    record Figures(DatasetStats stats, ClassCounts classes) { }

    /** {@link #get()} and {@link #classes()} together, of the same state (an ingest waits for both). */
    synchronized Figures both() {
        return new Figures(get(), classes());
    }

    /** Instances per class: the saved or held counts, else counted now (and saved beside a store). */
    synchronized ClassCounts classes() {
        get();
        if (classes == null) {
            classes = Txn.calculateRead(dataset, () -> ClassCounts.of(dataset));
            save();
        }
        return classes;
    }

    /**
     * A letter was ingested: figures held are updated, the class counts counted again, and both saved; none
     * held yet, they are counted on first use.
     */
    synchronized void ingested(Set<Node> changed) {
        boolean held = classes != null;
        classes = null;
        if (current != null || unread) {
            get();
            classes = null;
            update(changed);
            if (held || file != null) classes = Txn.calculateRead(dataset, () -> ClassCounts.of(dataset));
            save();
        }
    }

    /**
     * The data changed (a build or an ingest committed): figures held are updated where {@code changed}
     * says (or counted again when much changed), the class counts counted again, and both saved; none
     * held, they are counted and saved.
     */
    public synchronized void changed(Set<Node> changed) {
        if (changed.isEmpty() && current != null && classes != null) return;
        update(changed);
        classes = Txn.calculateRead(dataset, () -> ClassCounts.of(dataset));
        save();
    }

    /** The store was compacted (the same data under a new stamp): what is held is saved again with the new stamp. */
    public synchronized void restamped() {
        if (current != null) save();
    }

    private void update(Set<Node> changed) {
        if (changed.isEmpty() && current != null) return;
        DatasetStats before = current;
        current = Txn.calculateRead(dataset, () -> before == null || changed.size() > before.letters().size() / UPDATE_DIVISOR + 16
                ? DatasetStats.of(dataset, iris) : before.updated(dataset, iris, changed));
    }

    private void save() {
        if (file == null) return;
        String stamp = Txn.calculateRead(dataset, () -> StoredSubjects.of(dataset).map(StoredSubjects::stamp).orElse(null));
        if (stamp == null || !savable(current)) return;
        try {
            write(stamp);
        } catch (java.io.UncheckedIOException e) {
            // a store folder that cannot be written (read-only, full): the figures are served from memory
            // and counted again at the next start
        }
    }

    private void write(String stamp) {
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(HEADER + "\nstamp " + stamp + "\nentities " + current.entities() + "\n");
            for (Node letter : current.letters()) w.write("letter " + letter.getURI() + "\n");
            for (Map.Entry<Node, Integer> e : current.agenciesByReplies())
                w.write("agency " + e.getKey().getURI() + " " + e.getValue() + "\n");
            if (classes != null && savable(classes)) {
                for (Map.Entry<Node, Long> e : classes.counts().entrySet()) {
                    Node example = classes.examples().get(e.getKey());
                    w.write("class " + e.getKey().getURI() + " " + e.getValue() + (example == null ? "" : " " + example.getURI()) + "\n");
                }
                for (Map.Entry<Node, Long> e : classes.properties().entrySet())
                    w.write("property " + e.getKey().getURI() + " " + e.getValue() + "\n");
            }
            w.flush();
        });
    }

    /** Only IRIs are written (a blank node could not be read back as the same node). */
    private static boolean savable(DatasetStats s) {
        return s.letters().stream().allMatch(Node::isURI) && s.agenciesByReplies().stream().allMatch(e -> e.getKey().isURI());
    }

    /** Class, property and example IRIs with no space in them (a line is split on spaces). */
    private static boolean savable(ClassCounts c) {
        return c.counts().keySet().stream().allMatch(n -> n.getURI().indexOf(' ') < 0)
                && c.properties().keySet().stream().allMatch(n -> n.getURI().indexOf(' ') < 0)
                && c.examples().values().stream().allMatch(n -> n.isURI() && n.getURI().indexOf(' ') < 0);
    }

    /** What the file holds: the figures, and the class counts (null when the file has none). */
    private record Saved(DatasetStats stats, ClassCounts classes) {}

    /** The saved figures, when the file is there, whole and stamped with the store's stamp now. */
    private static Optional<Saved> read(Path file, DatasetGraph store) {
        Optional<String> stamp = StoredSubjects.of(store).map(StoredSubjects::stamp);
        if (stamp.isEmpty()) return Optional.empty();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine()) || !("stamp " + stamp.get()).equals(in.readLine())) return Optional.empty();
            int entities = -1;
            Map<Node, Long> classes = new LinkedHashMap<>();
            Map<Node, Node> examples = new LinkedHashMap<>();
            Map<Node, Long> properties = new LinkedHashMap<>();
            List<Node> letters = new ArrayList<>();
            List<Map.Entry<Node, Integer>> agencies = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "entities" -> entities = Integer.parseInt(f[1]);
                    case "letter" -> letters.add(NodeFactory.createURI(f[1]));
                    case "agency" -> agencies.add(Map.entry(NodeFactory.createURI(f[1]), Integer.parseInt(f[2])));
                    case "class" -> {
                        if (f.length > 4) return Optional.empty();
                        Node cls = NodeFactory.createURI(f[1]);
                        classes.put(cls, Long.parseLong(f[2]));
                        if (f.length == 4) examples.put(cls, NodeFactory.createURI(f[3]));
                    }
                    case "property" -> {
                        if (f.length != 3) return Optional.empty();
                        properties.put(NodeFactory.createURI(f[1]), Long.parseLong(f[2]));
                    }
                    default -> { return Optional.empty(); }
                }
            }
            if (entities < 0) return Optional.empty();
            DatasetStats stats = new DatasetStats(entities, List.copyOf(letters), List.copyOf(agencies));
            // The counts are saved with a line per ontology property (and one per class used); without property lines
            // (a file of an earlier version, or counts never taken) they are counted on first use and saved again.
            return Optional.of(new Saved(stats, properties.isEmpty() ? null : new ClassCounts(classes, examples, properties)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut short: counted again, saved again
        }
    }
}
