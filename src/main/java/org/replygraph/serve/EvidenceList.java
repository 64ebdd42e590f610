package org.replygraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "evidence" section, one page of it: each mention's sentence with the words marked, linking to
 * the letter, e.g. "……依托<mark>国家增材制造创新中心</mark>……" — 《关于…的答复》 [812–822]. Mentions on the
 * page with the same quote are one row listing their letters, with a count: a sign-off naming the
 * agency in 50 letters is one row "×50", not 50.
 */
final class EvidenceList {
    private final ValueHtml values;
    private final EntityIris iris;

    EvidenceList(ValueHtml values, EntityIris iris) {
        this.values = values;
        this.iris = iris;
    }

    String render(List<Evidence> evidence) {
        return render(Paging.of(evidence.size(), false, 1, Math.max(1, evidence.size())), evidence, "");
    }

    /** The section for one page of evidence ({@code pagerHref} ends just before the page number). */
    String render(Paging paging, List<Evidence> evidence, String pagerHref) {
        if (paging.total() == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<h2>出处 Evidence <small>(")
                .append(paging.totalText()).append(")</small></h2>");
        if (evidence.isEmpty()) {
            return sb.append(InboundLinks.moreOnEarlierPages(pagerHref)).toString();
        }
        Map<String, List<Evidence>> byQuote = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byQuote.computeIfAbsent(quote(e), q -> new ArrayList<>()).add(e);
        }
        sb.append("<ol class=\"evidence\">");
        byQuote.forEach((quote, same) -> {
            sb.append("<li><q>").append(quote).append("</q> — ");
            for (int i = 0; i < same.size(); i++) {
                Evidence e = same.get(i);
                sb.append(i > 0 ? "; " : "").append(Html.link(documentHref(e), values.label(e.document())));
                if (e.hasSpan()) {
                    sb.append(" <span class=\"lang\">[").append(e.start()).append('–').append(e.end()).append("]</span>");
                }
            }
            if (same.size() > 1) {
                sb.append(" <span class=\"count\">×").append(same.size()).append("</span>");
            }
            sb.append("</li>");
        });
        sb.append("</ol>");
        return sb.append(Pager.html(pagerHref, paging.page(), paging.pages(), "")).toString();
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
