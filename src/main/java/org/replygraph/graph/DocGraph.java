package org.replygraph.graph;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.replygraph.extract.fact.DocumentFacts;
import org.replygraph.extract.fact.Span;
import org.replygraph.text.CleanText;

/**
 * One document's graph while it is written: the facts, the minter, the options, the {@link TripleSink} the
 * triples go to (a Jena graph, or a file's sorted lines), and helpers that make terms and labels the same
 * way for every writer. Literals pass one guard: personal data (a
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
    final Term doc;
    private final TripleSink out;
    private final EvidenceWriter evidence = new EvidenceWriter(this);

    DocGraph(DocumentFacts facts, IriMinter iri, BuildOptions options, TripleSink out) {
        this.facts = facts;
        this.iri = iri;
        this.options = options;
        this.out = out;
        this.doc = Term.of(iri.document(facts.source().fileName()));
    }

    /** Records where {@code entity} was read: an annotation with offsets, quote and sentence. */
    void evidence(Term entity, Span span) {
        if (span != null) evidence.annotate(entity, span);
    }

    /** Records where the text states something about {@code entity} (oa:describing), e.g. a centre's approval date. */
    void description(Term entity, Span span) {
        if (span != null) evidence.annotate(entity, span, Vocab.oaDescribing);
    }

    /** Writes the document's cleaned text (rg:cleanText), which rg:cleanStart/rg:cleanEnd index. */
    void cleanText() {
        evidence.cleanText();
    }

    CleanText text() {
        return facts.text();
    }

    void add(Term s, Term p, Term o) {
        out.triple(s, p, o);
    }

    /** An IRI minted by {@link IriMinter} (or a constant of {@link RG}) as a term. */
    static Term term(Node iri) {
        return Term.of(iri);
    }

    /** A part of an annotation or table ({@link IriMinter#part}): its IRI plus a path segment, e.g. {@code …/target}. */
    static Term part(Term whole, String segment) {
        return Term.iri(IriMinter.part(whole.lexical(), segment));
    }

    Term hans(String s) {
        return lang(s, HANS);
    }

    Term lang(String s, String tag) {
        return Term.lang(guard(s), tag);
    }

    Term str(String s) {
        return Term.string(guard(s));
    }

    /** An identifier the machine made (file name, hash, charset): never masked, so 64-hex stays 64-hex. */
    static Term id(String s) {
        return Term.string(s);
    }

    static Term integer(long n) {
        return Term.typed(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Term offset(int n) {
        return Term.typed(Integer.toString(n), XSDDatatype.XSDnonNegativeInteger);
    }

    static Term date(LocalDate d) {
        return Term.typed(d.toString(), XSDDatatype.XSDdate);
    }

    static Term bool(boolean b) {
        return Term.typed(Boolean.toString(b), XSDDatatype.XSDboolean);
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
    void labels(Term entity, String name, Span span, boolean pinyin) {
        add(entity, Vocab.rdfsLabel, hans(name));
        String hant = traditionalForm(name, span);
        if (hant != null) add(entity, Vocab.rdfsLabel, lang(hant, HANT));
        if (pinyin) {
            String py = Slugs.tonedPinyin(name);
            if (!py.isEmpty()) add(entity, Vocab.rdfsLabel, lang(py, PINYIN));
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
