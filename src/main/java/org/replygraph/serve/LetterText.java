package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;

/**
 * A document's original text with every mention marked and linked to its entity, using the
 * offsets the graph records. A span whose words do not match the text (offsets from another
 * version of the text) is left unmarked rather than marking the wrong words.
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
            sb.append("<mark id=\"m").append(m.start()).append("\">")
                    .append("<a href=\"").append(Html.escape(iris.href(m.entity())))
                    .append("\" title=\"").append(Html.escape(values.label(m.entity()))).append("\">")
                    .append(Html.escape(text.substring(m.start(), m.end()))).append("</a></mark>");
            at = m.end();
        }
        sb.append(Html.escape(text.substring(at)));
        return sb.append("</div>").toString();
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
