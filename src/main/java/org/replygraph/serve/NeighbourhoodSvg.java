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

    String render(Node entity) {
        Map<String, Node> neighbours = neighbours(entity);
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

    /** Linked entities under the base, both directions, by label; types and evidence left out. */
    private Map<String, Node> neighbours(Node entity) {
        Map<String, Node> byLabel = new TreeMap<>(Comparator.naturalOrder());
        graph.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RG.rdfType)) {
                add(byLabel, t.getObject());
            }
        });
        graph.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RG.oaHasBody) && !t.getPredicate().equals(RG.oaHasSource)) {
                add(byLabel, t.getSubject());
            }
        });
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
