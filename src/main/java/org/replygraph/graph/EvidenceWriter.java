package org.replygraph.graph;

import org.replygraph.extract.fact.Span;
import org.replygraph.text.CleanText;

/**
 * Records where a mention stands, as a W3C Web Annotation: the annotation's body is the entity, its
 * target a part of the document selected by position and by quote, both in the ORIGINAL decoded
 * text, so {@code original.substring(oa:start, oa:end)} equals {@code oa:exact}. rg:sentence holds the
 * sentence around it (the original's characters, without what cleaning dropped). The cleaned-text
 * offsets stand beside them as rg:cleanStart/rg:cleanEnd, indexing the document's rg:cleanText.
 */
final class EvidenceWriter {
    /** How far a sentence may reach on either side of the mention, in chars. */
    static final int SENTENCE_REACH = 200;
    private static final String SENTENCE_END = "。！？!?；;\n";
    /**
     * A table cell ends a sentence too, and is not part of it: the sentence of a body in a metadata row
     * (来源: 姚安县水务局 | 访问量:82 | 发布时间: …) is its cell, not the page's counters beside it.
     */
    private static final char CELL = '|';

    private final DocGraph g;

    EvidenceWriter(DocGraph g) {
        this.g = g;
    }

    /**
     * The document's cleaned text as rg:cleanText, personal mobiles masked by a run of * as long as the
     * number, so rg:cleanStart/rg:cleanEnd of every annotation index it unchanged.
     */
    void cleanText() {
        String t = g.text().text();
        if (!t.isBlank()) g.add(g.doc, Vocab.cleanText, g.hans(t));
    }

    void annotate(Term entity, Span span) {
        annotate(entity, span, Vocab.oaIdentifying);
    }

    /**
     * An annotation with the given motivation: oa:identifying where the words name the entity,
     * oa:describing where they state something about it (2018年6月获批筹建 of a centre).
     */
    void annotate(Term entity, Span span, Term motivation) {
        CleanText ct = g.text();
        if (span.end() > ct.text().length() || span.length() == 0) return;
        int os = ct.originalStart(span.start());
        int oe = ct.originalEnd(span.end());
        Term ann = DocGraph.term(g.iri.annotation(g.facts.source().fileName(), os, oe, entity.lexical()));
        Term target = DocGraph.part(ann, "target");
        Term position = DocGraph.part(ann, "position");
        g.add(ann, Vocab.rdfType, Vocab.oaAnnotation);
        g.add(ann, Vocab.oaMotivatedBy, motivation);
        g.add(ann, Vocab.oaHasBody, entity);
        g.add(ann, Vocab.oaHasTarget, target);
        g.add(target, Vocab.rdfType, Vocab.oaSpecificResource);
        g.add(target, Vocab.oaHasSource, g.doc);
        g.add(target, Vocab.oaHasSelector, position);
        g.add(position, Vocab.rdfType, Vocab.oaTextPositionSelector);
        g.add(position, Vocab.oaStart, DocGraph.offset(os));
        g.add(position, Vocab.oaEnd, DocGraph.offset(oe));
        // The same mention in the cleaned text (rg:cleanText of the document), for pages that highlight it.
        g.add(ann, Vocab.cleanStart, DocGraph.offset(span.start()));
        g.add(ann, Vocab.cleanEnd, DocGraph.offset(span.end()));
        String exact = ct.original().substring(os, oe);
        // A quote is published only when it is the clean original: no dropped pinyin or chrome inside,
        // no personal number.
        if (exact.equals(g.originalOf(span.start(), span.end())) && !g.hasPersonalMobile(exact) && !exact.isBlank()) {
            Term quote = DocGraph.part(ann, "quote");
            g.add(target, Vocab.oaHasSelector, quote);
            g.add(quote, Vocab.rdfType, Vocab.oaTextQuoteSelector);
            g.add(quote, Vocab.oaExact, g.str(exact));
        }
        String sentence = sentence(span).strip();
        if (!sentence.isEmpty()) g.add(ann, Vocab.sentence, g.lang(sentence, ct.traditional() ? DocGraph.HANT : DocGraph.HANS));
    }

    /** The original sentence around a cleaned span: from after the previous 。 (or line) to the next. */
    String sentence(Span span) {
        String t = g.text().text();
        int s = span.start();
        int floor = Math.max(0, span.start() - SENTENCE_REACH);
        while (s > floor && SENTENCE_END.indexOf(t.charAt(s - 1)) < 0 && t.charAt(s - 1) != CELL) s--;
        int e = span.end();
        int ceiling = Math.min(t.length(), span.end() + SENTENCE_REACH);
        while (e < ceiling && SENTENCE_END.indexOf(t.charAt(e)) < 0 && t.charAt(e) != CELL) e++;
        if (e < t.length() && t.charAt(e) != '\n' && t.charAt(e) != CELL) e++;
        return g.originalOf(s, e);
    }
}
