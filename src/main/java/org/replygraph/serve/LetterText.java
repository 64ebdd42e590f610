package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's text with every mention marked and linked to its entity: the cleaned text
 * (rg:cleanText, indexed by rg:cleanStart/rg:cleanEnd) when the graph has it, else the original
 * (rg:text, indexed by the TextPositionSelector), else the sentences the mentions were found in.
 * A span whose original words do not match its quote (offsets from another version of the text)
 * is left unmarked rather than marking the wrong words.
 */
final class LetterText {
    private final ValueHtml values;
    private final EntityIris iris;

    LetterText(ValueHtml values, EntityIris iris) {
        this.values = values;
        this.iris = iris;
    }

    /** The cleaned text, each mention with cleaned-text offsets marked; nested and crossing mentions too. */
    String renderClean(String cleanText, List<Evidence> mentions) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (Evidence m : mentions) {
            if (m.hasCleanSpan()) {
                spans.add(span(m, m.cleanStart(), m.cleanEnd()));
            }
        }
        return "<h2>正文 Text <small>(cleaned)</small></h2><div class=\"letter\">"
                + MarkedText.render(cleanText, spans) + "</div>";
    }

    /** The original text, each mention whose original span matches its quote marked. */
    String render(String text, List<Evidence> mentions) {
        List<MarkedText.Span> spans = new ArrayList<>();
        for (Evidence m : mentions) {
            if (m.hasSpan() && m.end() <= text.length()
                    && (m.exact().isEmpty() || text.substring(m.start(), m.end()).equals(m.exact()))) {
                spans.add(span(m, m.start(), m.end()));
            }
        }
        return "<h2>原文 Text</h2><div class=\"letter\">" + MarkedText.render(text, spans) + "</div>";
    }

    private MarkedText.Span span(Evidence m, int start, int end) {
        return new MarkedText.Span(start, end, m.anchor().orElse(""), iris.href(m.entity()), values.label(m.entity()));
    }

    /** The evidence sentences in text order, each with its mentions marked; empty without mentions. */
    String renderSentences(List<Evidence> mentions) {
        Map<String, List<Evidence>> bySentence = new LinkedHashMap<>();
        List<Evidence> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Evidence::start));
        for (Evidence m : sorted) {
            if (!m.sentence().isEmpty()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        if (bySentence.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>原文摘句 Sentences with mentions</h2><div class=\"letter sentences\">");
        bySentence.forEach((sentence, inIt) -> sb.append("<p>").append(markWithin(sentence, inIt)).append("</p>"));
        return sb.append("</div>").toString();
    }

    /** Marks each mention's words in a sentence, left to right, skipping words it cannot find. */
    private String markWithin(String sentence, List<Evidence> mentions) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Evidence m : mentions) {
            int found = m.exact().isEmpty() ? -1 : sentence.indexOf(m.exact(), at);
            if (found < 0) {
                continue;
            }
            sb.append(Html.escape(sentence.substring(at, found)));
            sb.append(mark(m, m.exact()));
            at = found + m.exact().length();
        }
        return sb.append(Html.escape(sentence.substring(at))).toString();
    }

    private String mark(Evidence m, String words) {
        String id = m.anchor().map(a -> " id=\"" + Html.escape(a) + "\"").orElse("");
        return "<mark" + id + "><a href=\"" + Html.escape(iris.href(m.entity()))
                + "\" title=\"" + Html.escape(values.label(m.entity())) + "\">" + Html.escape(words) + "</a></mark>";
    }
}
