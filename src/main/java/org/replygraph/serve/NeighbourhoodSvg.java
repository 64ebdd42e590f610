package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.replygraph.graph.RG;

/**
 * A small inline SVG ({@code neighbourhood.mustache}) of an entity and up to {@value #MAX} linked
 * entities on a circle around it, each a link to its page: the agency in the middle, the letters it
 * wrote and the centres it names around. No script, no external assets.
 */
final class NeighbourhoodSvg {
    static final int MAX = 12;
    static final int READ = 200;
    private static final int W = 640;
    private static final int H = 360;

    /** The picture: its size, a line from the centre to each neighbour, then the neighbours and the entity on top. */
    record View(int width, int height, int cx, int cy, List<Line> lines, List<Dot> nodes) { }

    /** A line from the centre to ({@code x}, {@code y}). */
    record Line(String x, String y) { }

    /** An entity at ({@code x}, {@code y}), linking to its page, its label cut to 14 characters ({@code shown}). */
    record Dot(String href, String label, String shown, String x, String y, String fill) { }

    private final Graph graph;
    private final Labels labels;
    private final EntityIris iris;

    NeighbourhoodSvg(Graph graph, Labels labels, EntityIris iris) {
        this.graph = graph;
        this.labels = labels;
        this.iris = iris;
    }

    /** The picture of {@code entity}, its outbound links and the given subjects linking to it; empty without any. */
    Optional<View> view(Node entity, java.util.Collection<Node> inbound) {
        Map<String, Node> neighbours = neighbours(entity, inbound);
        if (neighbours.isEmpty()) {
            return Optional.empty();
        }
        int n = neighbours.size();
        int i = 0;
        List<Line> lines = new ArrayList<>();
        List<Dot> nodes = new ArrayList<>();
        for (Node other : neighbours.values()) {
            double angle = 2 * Math.PI * i++ / n - Math.PI / 2;
            String x = fmt(W / 2.0 + 240 * Math.cos(angle));
            String y = fmt(H / 2.0 + 140 * Math.sin(angle));
            lines.add(new Line(x, y));
            nodes.add(dot(other, x, y, "#f3e3e3"));
        }
        nodes.add(dot(entity, fmt(W / 2.0), fmt(H / 2.0), "#ffe066"));
        return Optional.of(new View(W, H, W / 2, H / 2, lines, nodes));
    }

    /**
     * Linked entities under the base, by label: the first {@value #READ} outbound links (types left
     * out) and the inbound subjects the page already read, so the picture costs the same on any corpus.
     */
    private Map<String, Node> neighbours(Node entity, java.util.Collection<Node> inbound) {
        TreeMap<String, Node> byLabel = new TreeMap<>(Comparator.naturalOrder());
        ExtendedIterator<Triple> it = graph.find(entity, Node.ANY, Node.ANY);
        try {
            for (int i = 0; i < READ && it.hasNext(); i++) {
                Triple t = it.next();
                if (!t.getPredicate().equals(RG.rdfType)) {
                    add(byLabel, t.getObject());
                }
            }
        } finally {
            it.close();
        }
        inbound.forEach(s -> add(byLabel, s));
        byLabel.values().remove(entity);
        while (byLabel.size() > MAX) {
            byLabel.remove(byLabel.lastKey());
        }
        return byLabel;
    }

    private void add(Map<String, Node> byLabel, Node node) {
        if (iris.isLocal(node)) {
            byLabel.putIfAbsent(labels.label(node) + "\u0000" + node.getURI(), node);
        }
    }

    private Dot dot(Node node, String x, String y, String fill) {
        String label = labels.label(node);
        return new Dot(iris.href(node), label, label.length() > 14 ? label.substring(0, 13) + "…" : label, x, y, fill);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
