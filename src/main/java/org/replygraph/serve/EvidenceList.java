package org.replygraph.serve;

import java.util.List;
import java.util.Optional;

/**
 * The "evidence" section: each mention's sentence with the words marked, linking to the letter,
 * e.g. "……依托<mark>国家增材制造创新中心</mark>……" — 《关于…的答复》 [812–822].
 */
final class EvidenceList {
    private final ValueHtml values;
    private final EntityIris iris;

    EvidenceList(ValueHtml values, EntityIris iris) {
        this.values = values;
        this.iris = iris;
    }

    String render(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>出处 Evidence <small>(")
                .append(evidence.size()).append(")</small></h2><ol class=\"evidence\">");
        for (Evidence e : evidence) {
            sb.append("<li><q>").append(quote(e)).append("</q> — ")
                    .append(Html.link(documentHref(e), values.label(e.document())));
            if (e.hasSpan()) {
                sb.append(" <span class=\"lang\">[").append(e.start()).append('–').append(e.end()).append("]</span>");
            }
            sb.append("</li>");
        }
        return sb.append("</ol>").toString();
    }

    /** The sentence with the mention marked; the bare quote when the sentence is missing. */
    static String quote(Evidence e) {
        Optional<String[]> parts = e.sentenceParts();
        if (parts.isPresent()) {
            String[] p = parts.get();
            return Html.escape(p[0]) + "<mark>" + Html.escape(p[1]) + "</mark>" + Html.escape(p[2]);
        }
        if (!e.sentence().isEmpty()) {
            return Html.escape(e.sentence());
        }
        return "<mark>" + Html.escape(e.exact()) + "</mark>";
    }

    /** The letter page, jumping to the mention's anchor when the span is known. */
    private String documentHref(Evidence e) {
        String href = iris.href(e.document());
        return iris.isLocal(e.document()) ? e.anchor().map(a -> href + "#" + a).orElse(href) : href;
    }
}
