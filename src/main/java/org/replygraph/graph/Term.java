package org.replygraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.atlas.io.IndentedLineBuffer;

/**
 * An RDF term as the writers emit it to a {@link TripleSink}: an IRI or a literal (the writers make no
 * blank nodes), with its N-Triples form (UTF-8, as Jena's N-Triples writer prints it) made once and
 * kept, and its Jena node made only when a sink asks for one ({@link GraphTripleSink}). A build to a file
 * ({@link LineTripleSink}) formats a letter's lines from these bytes, without a Jena node in between.
 *
 * <pre>{@code
 * Term.iri("https://w3id.org/replygraph/id/doc/a-1f2e");   // <https://…/doc/a-1f2e>
 * Term.lang("陕西省", "zh-Hans");                           // "陕西省"@zh-Hans
 * Term.typed("2022-07-04", XSDDatatype.XSDdate);           // "2022-07-04"^^<http://www.w3.org/2001/XMLSchema#date>
 * Term.of(RG.rdfType).nt();                                // the bytes of <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>
 * }</pre>
 * Immutable apart from the two lazily made forms, which any thread may make again (the same bytes, an equal node).
 */
final class Term {
    private final String lexical;       // the IRI, or the literal's lexical form
    private final String lang;          // a literal's language tag as Jena formats it, else null
    private final RDFDatatype datatype; // a typed literal's datatype (null for xsd:string, a tagged literal or an IRI)
    private final boolean literal;
    private volatile byte[] nt;
    private volatile Node node;

    private Term(String lexical, String lang, RDFDatatype datatype, boolean literal) {
        this.lexical = Objects.requireNonNull(lexical, "lexical");
        this.lang = lang;
        this.datatype = datatype;
        this.literal = literal;
    }

    static Term iri(String iri) {
        return new Term(iri, null, null, false);
    }

    /** A plain literal (xsd:string). */
    static Term string(String lexical) {
        return new Term(lexical, null, null, true);
    }

    /** A literal with a language tag, formatted as Jena formats it (zh-Hans, zh-Latn-pinyin, en). */
    static Term lang(String lexical, String tag) {
        return new Term(lexical, formattedTag(tag), null, true);
    }

    static Term typed(String lexical, RDFDatatype datatype) {
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring)) return string(lexical);
        return new Term(lexical, null, datatype, true);
    }

    /** The term of a Jena IRI or literal node (the vocabulary's constants, a graph read back from a cache). */
    static Term of(Node n) {
        if (n.isURI()) return iri(n.getURI());
        if (!n.isLiteral() || n.getLiteralBaseDirection() != null)
            throw new IllegalArgumentException("Illegal term=" + n + " : only IRIs and literals without a base direction are written");
        String lang = n.getLiteralLanguage();
        Term t = lang != null && !lang.isEmpty() ? new Term(n.getLiteralLexicalForm(), lang, null, true)
                : typed(n.getLiteralLexicalForm(), n.getLiteralDatatype());
        t.node = n;
        return t;
    }

    boolean isIri() {
        return !literal;
    }

    /** The IRI, or the lexical form of a literal. */
    String lexical() {
        return lexical;
    }

    /** This term as a Jena node, made the way the writers made their nodes before (the same node). */
    Node node() {
        Node n = node;
        if (n == null) {
            if (!literal) n = NodeFactory.createURI(lexical);
            else if (lang != null) n = NodeFactory.createLiteral(LiteralLabelFactory.createLang(lexical, lang));
            else if (datatype != null) n = NodeFactory.createLiteralDT(lexical, datatype);
            else n = NodeFactory.createLiteralString(lexical);
            node = n;
        }
        return n;
    }

    /** The N-Triples form in UTF-8, byte-identical to Jena's N-Triples writer (UTF-8 char space). */
    byte[] nt() {
        byte[] b = nt;
        if (b == null) {
            b = format().getBytes(StandardCharsets.UTF_8);
            nt = b;
        }
        return b;
    }

    /**
     * The common terms (an IRI with no char Jena escapes, a literal with none) are written here; any other goes
     * through Jena's own formatter, so an escape is always Jena's.
     */
    private String format() {
        if (!literal) return plainIri(lexical) ? "<" + lexical + ">" : jena();
        String quoted = quoted(lexical);
        if (quoted == null) return jena();
        if (lang != null && !lang.isEmpty()) return quoted + "@" + lang;
        if (datatype == null) return quoted;
        return plainIri(datatype.getURI()) ? quoted + "^^<" + datatype.getURI() + ">" : jena();
    }

    private String jena() {
        IndentedLineBuffer w = new IndentedLineBuffer();
        JENA.get().format(w, node());
        return w.asString();
    }

    private static final ThreadLocal<NodeFormatter> JENA = ThreadLocal.withInitial(() -> new NodeFormatterNT(CharSpace.UTF8));

    /** No char of {@code iri} is one Jena's writer escapes in an IRI (controls, space, &lt;&gt;"{}|^`\\, DEL). */
    static boolean plainIri(String iri) {
        for (int i = 0, n = iri.length(); i < n; i++) {
            char c = iri.charAt(i);
            if (c < ESCAPED.length && ESCAPED[c]) return false;
        }
        return true;
    }

    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (char c = 0; c <= ' '; c++) ESCAPED[c] = true;
        for (char c : "<>\"{}|^`\\\u007F".toCharArray()) ESCAPED[c] = true;
    }

    /**
     * {@code lex} between quotes as Jena's N-Triples writer prints it, escaping \\, ", \t, \n and \r as it does (a
     * letter's clean text holds hundreds of line breaks, which Jena's formatter printed one char at a time, ~10% of the
     * CPU of making a letter's lines); null when a char needs another of its escapes (another control char, DEL,
     * U+FFFD), left to Jena's formatter.
     */
    static String quoted(String lex) {
        int n = lex.length();
        int i = 0;
        while (i < n && plainChar(lex.charAt(i))) i++;
        if (i == n) return "\"" + lex + "\"";
        StringBuilder sb = new StringBuilder(n + 16).append('"');
        int run = 0; // the plain chars since the last escape are appended as one run
        for (; i < n; i++) {
            char c = lex.charAt(i);
            if (plainChar(c)) continue;
            String escape = switch (c) {
                case '\\' -> "\\\\";
                case '"' -> "\\\"";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape == null) return null;
            sb.append(lex, run, i).append(escape);
            run = i + 1;
        }
        sb.append(lex, run, n);
        return sb.append('"').toString();
    }

    /** A char Jena's N-Triples writer prints as it is inside quotes (UTF-8 char space). */
    private static boolean plainChar(char c) {
        return c >= ' ' ? c != '\\' && c != '"' && c != '\u007F' && c != '\uFFFD' : false;
    }

    /**
     * A tag as Jena formats it: {@code createLiteralLang} parses and formats its tag for every literal (3% of a
     * build's CPU, and two of C2's larger compilations), so each tag is formatted once.
     */
    private static String formattedTag(String tag) {
        String f = TAGS.get(tag);
        if (f == null) {
            f = NodeFactory.createLiteralLang("", tag).getLiteralLanguage();
            TAGS.put(tag, f);
        }
        return f;
    }

    private static final Map<String, String> TAGS = new ConcurrentHashMap<>();

    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && literal == t.literal && lexical.equals(t.lexical) && Objects.equals(lang, t.lang)
                && Objects.equals(datatype, t.datatype);
    }

    @Override
    public int hashCode() {
        return lexical.hashCode() * 31 + (lang == null ? 0 : lang.hashCode());
    }

    @Override
    public String toString() {
        return new String(nt(), StandardCharsets.UTF_8);
    }
}
