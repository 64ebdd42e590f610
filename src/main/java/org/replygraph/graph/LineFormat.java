package org.replygraph.graph;

import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.Quad;

/**
 * One quad as the line {@link SortedQuads} sorts for a format, byte-identical to Jena's own N-Triples /
 * N-Quads writer (UTF-8), so sorted lines are byte-identical to RIOT's output sorted:
 * <pre>{@code
 * LineFormat nq = new LineFormat("nq");
 * nq.line(graph, triple);   // "<s> <p> \"o\"@zh-Hans <g> ."
 * new LineFormat("nt").line(graph, triple);     // "<s> <p> \"o\"@zh-Hans ."
 * new LineFormat("trig").line(graph, triple);   // "<g> <s> <p> \"o\"@zh-Hans ." : sorted by graph first
 * }</pre>
 * The common terms (an IRI with no char Jena escapes, a literal with no char it escapes, no base
 * direction) are appended here as whole strings; a line with any other term is written by Jena's
 * writer. Jena writes an IRI one char at a time through its writer interface: that, not the sort,
 * was 21% of a build's CPU in a JFR profile of 3,000 synthetic letters.
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
        String fast = fastLine(g, t);
        return fast != null ? fast : jenaLine(g, t);
    }

    /** The line of {@code t} in {@code g} as Jena's writer makes it, every term through its formatter. */
    String jenaLine(Node g, Triple t) {
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

    /**
     * The line of {@code t} in named graph {@code g} written here, or null when a term needs Jena's
     * writer (an escape, a blank node, a base direction) or {@code g} is the default graph.
     */
    private String fastLine(Node g, Triple t) {
        if (g == null || Quad.isDefaultGraph(g)) return null;
        StringBuilder sb = fast;
        sb.setLength(0);
        boolean ok = switch (extension) {
            case "nq" -> term(sb, t.getSubject()) && term(sb.append(' '), t.getPredicate())
                    && term(sb.append(' '), t.getObject()) && term(sb.append(' '), g);
            case "trig" -> term(sb, g) && term(sb.append(' '), t.getSubject()) && term(sb.append(' '), t.getPredicate())
                    && term(sb.append(' '), t.getObject());
            default -> term(sb, t.getSubject()) && term(sb.append(' '), t.getPredicate()) && term(sb.append(' '), t.getObject());
        };
        return ok ? sb.append(" .").toString() : null;
    }

    private final StringBuilder fast = new StringBuilder(1 << 14);

    /**
     * IRI nodes already found free of escapes on this thread, by identity, in a table indexed by their identity
     * hash (a slot keeps the last one): a letter's lines repeat the same node objects (the graph's name on every
     * line, the vocabulary's predicates and classes, an annotation's IRI as the subject of its ten triples), and
     * scanning every char of every IRI was 5% of a build's warm CPU in a JFR profile of 300 synthetic letters.
     */
    private final Node[] plainIris = new Node[1 << 10];

    /** Appends {@code n} as Jena's N-Triples formatter (UTF-8) writes it; false when it needs that formatter. */
    private boolean term(StringBuilder sb, Node n) {
        if (n.isURI()) {
            int slot = System.identityHashCode(n) & (plainIris.length - 1);
            if (plainIris[slot] == n) {
                sb.append('<').append(n.getURI()).append('>');
                return true;
            }
            if (!iri(sb, n.getURI())) return false;
            plainIris[slot] = n;
            return true;
        }
        if (!n.isLiteral() || n.getLiteralBaseDirection() != null) return false;
        String lex = n.getLiteralLexicalForm();
        if (!plainLexical(lex)) return false;
        sb.append('"').append(lex).append('"');
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            sb.append('@').append(lang);
            return true;
        }
        RDFDatatype dt = n.getLiteralDatatype();
        if (dt == null || dt.equals(XSDDatatype.XSDstring)) return true;
        return iri(sb.append("^^"), dt.getURI());
    }

    /** &lt;iri&gt; when no char of it is one Jena's writer escapes (controls, space, &lt;&gt;"{}|^`\\, DEL). */
    private static boolean iri(StringBuilder sb, String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c < ESCAPED.length && ESCAPED[c]) return false;
        }
        sb.append('<').append(iri).append('>');
        return true;
    }

    /** The ASCII chars Jena's writer escapes in an IRI (QuotedURI): controls, space, &lt;&gt;"{}|^`\\ and DEL. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (char c = 0; c <= ' '; c++) ESCAPED[c] = true;
        for (char c : "<>\"{}|^`\\\u007F".toCharArray()) ESCAPED[c] = true;
    }

    /** Whether Jena writes {@code lex} as it is between quotes (no \\, ", \t, \n, \r, \f, nor U+FFFD, which it escapes). */
    private static boolean plainLexical(String lex) {
        for (int i = 0, n = lex.length(); i < n; i++) {
            char c = lex.charAt(i);
            if (c == '\\' || c == '"' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\uFFFD') return false;
        }
        return true;
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
