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
 * The home page's figures (class counts, entities, letters newest first, agencies by replies) kept up to
 * date with the data and, for a store, saved beside it in {@code DIR/home-figures.txt} with the store's
 * {@linkplain StoredSubjects#stamp() stamp}: a build counts them once when it has changed the store, and
 * {@code serve --store} reads them back (counting them on first use took 29 s at 100,000 letters). A
 * file whose stamp is not the store's is ignored (the figures are counted again and saved), so a build
 * killed before saving, or a store copied without the file, costs time, never wrong figures.
 * The home page's {@linkplain ClassList class list} is saved in the same file with the same stamp (with the
 * ontology classes it checked): a build counts it again, an ingest drops it and the next home page counts
 * and saves it (it is one type lookup per letter: ~0.8 s at 10,000 letters).
 * <pre>{@code
 * HomeFigures figures = HomeFigures.of(storeDir, store.dataset(), base);   // before a build: what is saved and current
 * ... build ...
 * figures.changed(built.changed());       // counted again where the build changed something, and saved
 * }</pre>
 * Thread-safe.
 */
public final class HomeFigures {
    static final String FILE = "home-figures.txt";
    private static final String HEADER = "replygraph home figures 1";
    /** Past this share of the documents changed, counting everything again is cheaper than updating. */
    private static final int UPDATE_DIVISOR = 10;

    private final Path file;
    private final DatasetGraph dataset;
    private final EntityIris iris;
    private DatasetStats current;
    /** The class list, with the ontology classes it was counted for; null until read or counted. */
    private ClassList classes;
    private Set<Node> classesChecked;
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
        classesChecked = saved.checked();
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

    /**
     * The class list for the ontology's {@code ontologyClasses}: the saved or held one when it was counted for
     * them, else counted now (and saved beside a store). In memory it is counted on first use after each change.
     */
    synchronized ClassList classes(Set<Node> ontologyClasses) {
        DatasetStats s = get();
        if (classes != null && (classesChecked == ontologyClasses || classesChecked.equals(ontologyClasses))) return classes;
        classes = Txn.calculateRead(dataset, () -> ClassList.of(dataset, iris.base(), s.letters(), ontologyClasses));
        classesChecked = ontologyClasses;
        save();
        return classes;
    }

    /**
     * A letter was ingested: figures held are updated and saved; none held yet, they are counted on first use.
     * The class list is dropped (counted and saved again on next use: an ingest stays one letter's work).
     */
    synchronized void ingested(Set<Node> changed) {
        classes = null;
        if (current != null || unread) {
            get();
            classes = null;
            update(changed);
            save();
        }
    }

    /**
     * The data changed (a build or an ingest committed): figures held are updated where {@code changed}
     * says (or counted again when much changed) and saved; none held, they are counted and saved.
     */
    public synchronized void changed(Set<Node> changed) {
        if (changed.isEmpty() && current != null && classes != null) return;
        update(changed);
        if (file != null) { // a build: the class list is counted again now, so serve reads it back
            Set<Node> ontologyClasses = Vocabulary.bundled().classes();
            DatasetStats s = current;
            classes = Txn.calculateRead(dataset, () -> ClassList.of(dataset, iris.base(), s.letters(), ontologyClasses));
            classesChecked = ontologyClasses;
        } else {
            classes = null;
        }
        save();
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
            for (Map.Entry<Node, Integer> e : current.classCounts().entrySet())
                w.write("class " + e.getKey().getURI() + " " + e.getValue() + "\n");
            for (Node letter : current.letters()) w.write("letter " + letter.getURI() + "\n");
            for (Map.Entry<Node, Integer> e : current.agenciesByReplies())
                w.write("agency " + e.getKey().getURI() + " " + e.getValue() + "\n");
            if (classes != null && savable(classes, classesChecked)) {
                for (Node c : classesChecked) w.write("checked " + c.getURI() + "\n");
                for (Map.Entry<Node, Integer> e : classes.counts().entrySet())
                    w.write("listed " + e.getKey().getURI() + " " + e.getValue()
                            + (classes.capped().contains(e.getKey()) ? " capped" : "")
                            + (classes.documentClasses().contains(e.getKey()) ? " document" : "") + "\n");
            }
            w.flush();
        });
    }

    /** Only IRIs are written (a blank node could not be read back as the same node). */
    private static boolean savable(DatasetStats s) {
        return s.classCounts().keySet().stream().allMatch(Node::isURI) && s.letters().stream().allMatch(Node::isURI)
                && s.agenciesByReplies().stream().allMatch(e -> e.getKey().isURI());
    }

    private static boolean savable(ClassList c, Set<Node> checked) {
        return checked.stream().allMatch(Node::isURI) && c.counts().keySet().stream().allMatch(Node::isURI)
                && c.counts().keySet().containsAll(c.capped()) && c.counts().keySet().containsAll(c.documentClasses());
    }

    /** What the file holds: the figures, and the class list with the ontology classes it checked (or nulls). */
    private record Saved(DatasetStats stats, ClassList classes, Set<Node> checked) {}

    /** The saved figures, when the file is there, whole and stamped with the store's stamp now. */
    private static Optional<Saved> read(Path file, DatasetGraph store) {
        Optional<String> stamp = StoredSubjects.of(store).map(StoredSubjects::stamp);
        if (stamp.isEmpty()) return Optional.empty();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine()) || !("stamp " + stamp.get()).equals(in.readLine())) return Optional.empty();
            int entities = -1;
            Map<Node, Integer> classes = new LinkedHashMap<>();
            List<Node> letters = new ArrayList<>();
            List<Map.Entry<Node, Integer>> agencies = new ArrayList<>();
            Map<Node, Integer> listed = new LinkedHashMap<>();
            Set<Node> capped = new java.util.HashSet<>();
            Set<Node> documentClasses = new java.util.HashSet<>();
            Set<Node> checked = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "entities" -> entities = Integer.parseInt(f[1]);
                    case "class" -> classes.put(NodeFactory.createURI(f[1]), Integer.parseInt(f[2]));
                    case "letter" -> letters.add(NodeFactory.createURI(f[1]));
                    case "agency" -> agencies.add(Map.entry(NodeFactory.createURI(f[1]), Integer.parseInt(f[2])));
                    case "checked" -> checked.add(NodeFactory.createURI(f[1]));
                    case "listed" -> {
                        Node cls = NodeFactory.createURI(f[1]);
                        listed.put(cls, Integer.parseInt(f[2]));
                        for (int i = 3; i < f.length; i++) {
                            switch (f[i]) {
                                case "capped" -> capped.add(cls);
                                case "document" -> documentClasses.add(cls);
                                default -> { return Optional.empty(); }
                            }
                        }
                    }
                    default -> { return Optional.empty(); }
                }
            }
            if (entities < 0 || !classes.keySet().equals(new java.util.LinkedHashSet<>(DatasetStats.CONTRACT_CLASSES)))
                return Optional.empty();
            DatasetStats stats = new DatasetStats(classes, entities, List.copyOf(letters), List.copyOf(agencies));
            if (listed.isEmpty() || checked.isEmpty()) return Optional.of(new Saved(stats, null, null)); // counted on first use
            ClassList list = new ClassList(java.util.Collections.unmodifiableMap(listed), Set.copyOf(capped), Set.copyOf(documentClasses));
            return Optional.of(new Saved(stats, list, java.util.Collections.unmodifiableSet(checked)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable or cut short: counted again, saved again
        }
    }
}
