package org.replygraph.serve;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.replygraph.graph.RG;

/**
 * A small inline SVG of an entity and up to {@value #MAX} linked entities on a circle around it,
 * each a link to its page: the agency in the middle, the letters it wrote and the centres it names
 * around. No script, no external assets.
 */
final class NeighbourhoodSvg {
    static final int MAX = 12;
    static final int READ = 200;
    private static final int W = 640;
    private static final int H = 360;

    private final Graph graph;
    private final Labels labels;
    private final EntityIris iris;

    NeighbourhoodSvg(Graph graph, Labels labels, EntityIris iris) {
        this.graph = graph;
        this.labels = labels;
        this.iris = iris;
    }

    /** The picture of {@code entity}, its outbound links and the given subjects linking to it. */
    String render(Node entity, java.util.Collection<Node> inbound) {
        Map<String, Node> neighbours = neighbours(entity, inbound);
        if (neighbours.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>关系图 Neighbourhood</h2><svg class=\"neighbourhood\" role=\"img\" ")
                .append("xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" font-size=\"12\">");
        int n = neighbours.size();
        int i = 0;
        StringBuilder nodes = new StringBuilder();
        for (Node other : neighbours.values()) {
            double angle = 2 * Math.PI * i++ / n - Math.PI / 2;
            String x = fmt(W / 2.0 + 240 * Math.cos(angle));
            String y = fmt(H / 2.0 + 140 * Math.sin(angle));
            sb.append("<line x1=\"").append(W / 2).append("\" y1=\"").append(H / 2).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(y).append("\" stroke=\"#bbb\"/>");
            nodes.append(node(other, x, y, "#f3e3e3"));
        }
        sb.append(nodes).append(node(entity, fmt(W / 2.0), fmt(H / 2.0), "#ffe066"));
        return sb.append("</svg>").toString();
    }

    /**
     * Linked entities under the base, by label: the first {@value #READ} outbound links (types left
     * out) and the inbound subjects the page already read, so the picture costs the same on any corpus.
     */
    private Map<String, Node> neighbours(Node entity, java.util.Collection<Node> inbound) {
        Map<String, Node> byLabel = new TreeMap<>(Comparator.naturalOrder());
        org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> it = graph.find(entity, Node.ANY, Node.ANY);
        try {
            for (int i = 0; i < READ && it.hasNext(); i++) {
                org.apache.jena.graph.Triple t = it.next();
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
            byLabel.remove(((TreeMap<String, Node>) byLabel).lastKey());
        }
        return byLabel;
    }

    private void add(Map<String, Node> byLabel, Node node) {
        if (iris.isLocal(node)) {
            byLabel.putIfAbsent(labels.label(node) + "\u0000" + node.getURI(), node);
        }
    }

    private String node(Node node, String x, String y, String fill) {
        String label = labels.label(node);
        String shown = label.length() > 14 ? label.substring(0, 13) + "…" : label;
        return "<a href=\"" + Html.escape(iris.href(node)) + "\"><title>" + Html.escape(label) + "</title>"
                + "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"6\" fill=\"" + fill + "\" stroke=\"#7a1f1f\"/>"
                + "<text x=\"" + x + "\" y=\"" + y + "\" dy=\"-9\" text-anchor=\"middle\">" + Html.escape(shown)
                + "</text></a>";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
