package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document's text with every mention marked and linked to its entity: the cleaned text
 * (rg:cleanText, indexed by rg:cleanStart/rg:cleanEnd) when the graph has it, else the original
 * (rg:text, indexed by the TextPositionSelector), else the sentences the mentions were found in
 * ({@code sentences.mustache}). A span whose original words do not match its quote (offsets from
 * another version of the text) is left unmarked rather than marking the wrong words.
 */
final class LetterText {
    /** The whole text, marked ({@code cleaned} says which text it is). */
    record Whole(boolean cleaned, MarkedText.View text) { }

    /** The sentences that have mentions, when the graph has no text. */
    record Sentences(List<Paragraph> paragraphs) { }

    /** One sentence, cut into runs of words and marks. */
    record Paragraph(List<Segment> segments) { }

    /** Words, then a mark when there is one. */
    record Segment(String text, Mark mark) { }

    /** A mention's words, linking to its entity; {@code id} is its anchor, null when it has none. */
    record Mark(String id, String href, String title, String words) { }

    private final Terms terms;
    private final EntityIris iris;

    LetterText(Terms terms, EntityIris iris) {
        this.terms = terms;
        this.iris = iris;
    }

    /** The cleaned text, each mention with cleaned-text offsets marked; nested and crossing mentions too. */
    Whole clean(String cleanText, List<Evidence> mentions) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (Evidence m : mentions) {
            if (m.hasCleanSpan()) {
                spans.add(span(m, m.cleanStart(), m.cleanEnd()));
            }
        }
        return new Whole(true, MarkedText.view(cleanText, spans));
    }

    /** The original text, each mention whose original span matches its quote marked. */
    Whole original(String text, List<Evidence> mentions) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (Evidence m : mentions) {
            if (m.hasSpan() && m.end() <= text.length()
                    && (m.exact().isEmpty() || text.substring(m.start(), m.end()).equals(m.exact()))) {
                spans.add(span(m, m.start(), m.end()));
            }
        }
        return new Whole(false, MarkedText.view(text, spans));
    }

    private MarkedText.Span span(Evidence m, int start, int end) {
        return new MarkedText.Span(start, end, m.anchor().orElse(""), iris.href(m.entity()), terms.label(m.entity()));
    }

    /** The evidence sentences in text order, each with its mentions marked; empty without mentions. */
    Optional<Sentences> sentences(List<Evidence> mentions) {
        Map<String, List<Evidence>> bySentence = new LinkedHashMap<>();
        List<Evidence> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Evidence::start));
        for (Evidence m : sorted) {
            if (!m.sentence().isEmpty()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        if (bySentence.isEmpty()) {
            return Optional.empty();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        bySentence.forEach((sentence, inIt) -> paragraphs.add(markWithin(sentence, inIt)));
        return Optional.of(new Sentences(paragraphs));
    }

    /** Marks each mention's words in a sentence, left to right, skipping words it cannot find. */
    private Paragraph markWithin(String sentence, List<Evidence> mentions) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Evidence m : mentions) {
            int found = m.exact().isEmpty() ? -1 : sentence.indexOf(m.exact(), at);
            if (found < 0) {
                continue;
            }
            segments.add(new Segment(sentence.substring(at, found),
                    new Mark(m.anchor().orElse(null), iris.href(m.entity()), terms.label(m.entity()), m.exact())));
            at = found + m.exact().length();
        }
        segments.add(new Segment(sentence.substring(at), null));
        return new Paragraph(segments);
    }
}
