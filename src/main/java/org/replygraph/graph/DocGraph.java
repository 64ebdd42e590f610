package org.replygraph.graph;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.LiteralLabelFactory;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Span;
import org.replygraph.text.CleanText;

/**
 * One document's graph while it is written: the facts, the minter, the options, and helpers that
 * make literals and labels the same way for every writer. Literals pass one guard: personal data (a
 * mobile number such as 139 0000 1234 unless the operator opted in, an ID number, an e-mail address) is masked.
 */
final class DocGraph {
    static final String HANS = "zh-Hans";
    static final String HANT = "zh-Hant";
    static final String PINYIN = "zh-Latn-pinyin";
    /** Spaces and title or quotation marks around a name. */
    private static final Pattern FRAME = Pattern.compile("^[\\s《〈\"“]+|[\\s》〉\"”]+$");

    final DocumentFacts facts;
    final IriMinter iri;
    final BuildOptions options;
    final Node doc;
    final Graph graph = new DocTriples();
    private final EvidenceWriter evidence = new EvidenceWriter(this);

    DocGraph(DocumentFacts facts, IriMinter iri, BuildOptions options) {
        this.facts = facts;
        this.iri = iri;
        this.options = options;
        this.doc = iri.document(facts.source().fileName());
    }

    /** Records where {@code entity} was read: an annotation with offsets, quote and sentence. */
    void evidence(Node entity, Span span) {
        if (span != null) evidence.annotate(entity, span);
    }

    /** Records where the text states something about {@code entity} (oa:describing), e.g. a centre's approval date. */
    void description(Node entity, Span span) {
        if (span != null) evidence.annotate(entity, span, RG.oaDescribing);
    }

    /** Writes the document's cleaned text (rg:cleanText), which rg:cleanStart/rg:cleanEnd index. */
    void cleanText() {
        evidence.cleanText();
    }

    CleanText text() {
        return facts.text();
    }

    void add(Node s, Node p, Node o) {
        graph.add(Triple.create(s, p, o));
    }

    Node hans(String s) {
        return lang(s, HANS);
    }

    Node lang(String s, String tag) {
        String formatted = FORMATTED_TAGS.get(tag);
        if (formatted == null) return NodeFactory.createLiteralLang(guard(s), tag);
        return NodeFactory.createLiteral(LiteralLabelFactory.createLang(guard(s), formatted));
    }

    /**
     * The tags the writers use, as Jena formats them: {@code createLiteralLang} parses and formats its tag for every
     * literal (3% of a build's CPU, and two of C2's larger compilations); the same node comes from the formatted tag.
     */
    private static final java.util.Map<String, String> FORMATTED_TAGS = java.util.Map.of(HANS, formatted(HANS), HANT, formatted(HANT),
            PINYIN, formatted(PINYIN), "en", formatted("en"));

    private static String formatted(String tag) {
        return NodeFactory.createLiteralLang("", tag).getLiteralLanguage();
    }

    Node str(String s) {
        return NodeFactory.createLiteralString(guard(s));
    }

    /** An identifier the machine made (file name, hash, charset): never masked, so 64-hex stays 64-hex. */
    static Node id(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node offset(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /**
     * Masks personal data ({@link PersonalData}: mobiles in any written form unless publishing them
     * was asked for, resident ID numbers and e-mail addresses always), a star per char so offsets hold.
     */
    String guard(String s) {
        return PersonalData.mask(s, options.publishPersonalMobiles());
    }

    /** Whether {@link #guard} would mask something in {@code s}. */
    boolean hasPersonalMobile(String s) {
        return PersonalData.contains(s, options.publishPersonalMobiles());
    }

    /**
     * rdfs:label @zh-Hans; for a traditional-character source whose span spells this very name, the
     * original form @zh-Hant; for people, agencies and centres a pinyin label.
     */
    void labels(Node entity, String name, Span span, boolean pinyin) {
        add(entity, RG.rdfsLabel, hans(name));
        String hant = traditionalForm(name, span);
        if (hant != null) add(entity, RG.rdfsLabel, lang(hant, HANT));
        if (pinyin) {
            String py = Slugs.tonedPinyin(name);
            if (!py.isEmpty()) add(entity, RG.rdfsLabel, lang(py, PINYIN));
        }
    }

    /** The original (traditional) spelling of {@code name} at {@code span}, or null when not applicable. */
    String traditionalForm(String name, Span span) {
        if (span == null || !text().traditional() || span.end() > text().text().length()) return null;
        String cleaned = strip(span.of(text().text()));
        if (!IriMinter.normaliseTitle(cleaned).equals(IriMinter.normaliseTitle(name))) return null;
        String original = strip(originalOf(span.start(), span.end()));
        return original.isEmpty() ? null : original;
    }

    /**
     * The original text behind cleaned range [start, end) without what cleaning dropped inside it
     * (pinyin annotations, chrome): the original chars of each cleaned char, in order.
     */
    String originalOf(int start, int end) {
        CleanText ct = text();
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = start; i < end && i < ct.starts().length; i++) {
            int s = ct.starts()[i];
            int e = ct.ends()[i];
            if (s >= last) {
                sb.append(ct.original(), s, e);
                last = e;
            }
        }
        return sb.toString();
    }

    private static String strip(String s) {
        return FRAME.matcher(s).replaceAll("");
    }
}
