package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's original text with every mention marked and linked to its entity, using the
 * offsets the graph records. A span whose words do not match the text (offsets from another
 * version of the text) is left unmarked rather than marking the wrong words. When the graph does
 * not carry the text (rg:text), the sentences the mentions were found in stand in for it.
 */
final class LetterText {
    private final ValueHtml values;
    private final EntityIris iris;

    LetterText(ValueHtml values, EntityIris iris) {
        this.values = values;
        this.iris = iris;
    }

    String render(String text, List<Evidence> mentions) {
        StringBuilder sb = new StringBuilder("<h2>原文 Text</h2><div class=\"letter\">");
        int at = 0;
        for (Evidence m : usable(text, mentions)) {
            sb.append(Html.escape(text.substring(at, m.start())));
            sb.append(mark(m, text.substring(m.start(), m.end())));
            at = m.end();
        }
        sb.append(Html.escape(text.substring(at)));
        return sb.append("</div>").toString();
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
        return "<mark id=\"m" + m.start() + "\"><a href=\"" + Html.escape(iris.href(m.entity()))
                + "\" title=\"" + Html.escape(values.label(m.entity())) + "\">" + Html.escape(words) + "</a></mark>";
    }

    /** Mentions in offset order that fit the text, match their quote and do not overlap. */
    static List<Evidence> usable(String text, List<Evidence> mentions) {
        List<Evidence> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        List<Evidence> out = new ArrayList<>();
        int last = 0;
        for (Evidence m : sorted) {
            if (!m.hasSpan() || m.start() < last || m.end() > text.length()) {
                continue;
            }
            if (!m.exact().isEmpty() && !text.substring(m.start(), m.end()).equals(m.exact())) {
                continue;
            }
            out.add(m);
            last = m.end();
        }
        return out;
    }
}
