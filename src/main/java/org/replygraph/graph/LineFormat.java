package org.replygraph.graph;

import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;

/**
 * One quad as the line {@link SortedQuads} sorts for a format, formatted by Jena's own N-Triples /
 * N-Quads writer (UTF-8), so sorted lines are byte-identical to RIOT's output sorted:
 * <pre>{@code
 * LineFormat nq = new LineFormat("nq");
 * nq.line(graph, triple);   // "<s> <p> \"o\"@zh-Hans <g> ."
 * new LineFormat("nt").line(graph, triple);     // "<s> <p> \"o\"@zh-Hans ."
 * new LineFormat("trig").line(graph, triple);   // "<g> <s> <p> \"o\"@zh-Hans ." : sorted by graph first
 * }</pre>
 * Not thread-safe: one per thread (they are cheap).
 */
final class LineFormat {
    private final String extension;
    private final LineBuffer buf = new LineBuffer();
    private final WriterStreamRDFPlain formatter = new WriterStreamRDFPlain(buf, CharSpace.UTF8);
    private final NodeFormatter nodes = new NodeFormatterNT(CharSpace.UTF8);

    LineFormat(String extension) {
        this.extension = extension;
    }

    /** The line of {@code t} in the named graph {@code g}. */
    String line(Node g, Triple t) {
        return switch (extension) {
            case "nq" -> line(Quad.create(g, t));
            // the graph first, so the sorted lines come grouped by graph for TRIG_BLOCKS
            case "trig" -> node(g) + ' ' + triple(t);
            default -> triple(t);
        };
    }

    /** The line of a quad; null for a default-graph quad in any format but .nq (the others hold the named graphs). */
    String line(Quad q) {
        if (!q.isDefaultGraph() && !extension.equals("nq")) return line(q.getGraph(), q.asTriple());
        if (q.isDefaultGraph() && !extension.equals("nq")) return null;
        buf.clear();
        formatter.quad(q);
        return lineOf(buf);
    }

    /** "&lt;g&gt; &lt;s&gt; &lt;p&gt; &lt;o&gt; ." (a TriG sort key) back to the N-Quads line "&lt;s&gt; &lt;p&gt; &lt;o&gt; &lt;g&gt; .". */
    static String graphLast(String key) {
        int space = key.indexOf(' '); // a graph name is an IRI or a blank node: no space inside
        return key.substring(space + 1, key.length() - 1) + key.substring(0, space) + " .";
    }

    private String triple(Triple t) {
        buf.clear();
        formatter.triple(t);
        return lineOf(buf);
    }

    private String node(Node n) {
        buf.clear();
        nodes.format(buf, n);
        return buf.asString();
    }

    /** The buffer without the writer's line break, copied once (not a String, then a substring of it). */
    private static String lineOf(LineBuffer b) {
        return b.asLine();
    }

    /**
     * Jena's writers into a StringBuilder. Not Jena's IndentedLineBuffer: that one writes char by char
     * into a synchronized StringBuffer, checking each char for indentation, and cost 14% of a build's
     * CPU in a JFR profile of 2,100 letters.
     */
    private static final class LineBuffer extends AWriterBase {
        private final StringBuilder sb = new StringBuilder(1 << 14); // a letter's text is one literal of ~5,000 chars

        void clear() {
            sb.setLength(0);
        }

        String asString() {
            return sb.toString();
        }

        String asLine() {
            int n = sb.length();
            return sb.substring(0, n > 0 && sb.charAt(n - 1) == '\n' ? n - 1 : n);
        }

        @Override
        public void print(char ch) {
            sb.append(ch);
        }

        @Override
        public void print(char[] cbuf) {
            sb.append(cbuf);
        }

        @Override
        public void print(String string) {
            sb.append(string);
        }

        @Override
        public void printf(String fmt, Object... args) {
            sb.append(String.format(fmt, args));
        }

        @Override
        public void println(String object) {
            sb.append(object).append('\n');
        }

        @Override
        public void println() {
            sb.append('\n');
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }
}
