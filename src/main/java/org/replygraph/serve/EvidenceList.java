package org.replygraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "evidence" section ({@code evidence.mustache}), one page of it: each mention's sentence with
 * the words marked, linking to the letter, e.g. "……依托<mark>国家增材制造创新中心</mark>……" —
 * 《关于…的答复》 [812–822]. Mentions on the page with the same quote are one row listing their letters,
 * with a count: a sign-off naming the agency in 50 letters is one row "×50", not 50.
 */
final class EvidenceList {
    /** The section: the total; past the list's last page a link to the first, else the rows and a pager. */
    record View(String total, Optional<Link> earlier, Optional<Rows> list) { }

    /** A page of rows. */
    record Rows(List<Row> rows, Optional<Pager> pager) { }

    /** One quote and the letters it is in; {@code count} when more than one. */
    record Row(Quote quote, List<Document> documents, String count) { }

    /** A letter linking to the mention's anchor, with the span when known; {@code sep} after the first. */
    record Document(boolean sep, Link link, String span) { }

    /** The sentence with the mention's words marked ({@code marked}), or the bare words. */
    record Quote(String before, boolean marked, String mark, String after) { }

    private final Terms terms;
    private final EntityIris iris;

    EvidenceList(Terms terms, EntityIris iris) {
        this.terms = terms;
        this.iris = iris;
    }

    /** The section for one page of evidence ({@code pagerHref} ends just before the page number); empty without any. */
    Optional<View> view(Paging paging, List<Evidence> evidence, String pagerHref) {
        if (paging.total() == 0) {
            return Optional.empty();
        }
        if (evidence.isEmpty()) {
            return Optional.of(new View(paging.totalText(), Optional.of(InboundLinks.firstPage(pagerHref)), Optional.empty()));
        }
        Map<Quote, List<Evidence>> byQuote = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byQuote.computeIfAbsent(quote(e), q -> new ArrayList<>()).add(e);
        }
        List<Row> rows = new ArrayList<>();
        byQuote.forEach((quote, same) -> {
            List<Document> documents = new ArrayList<>();
            for (Evidence e : same) {
                documents.add(new Document(!documents.isEmpty(), Link.of(documentHref(e), terms.label(e.document())),
                        e.hasSpan() ? e.start() + "–" + e.end() : null));
            }
            rows.add(new Row(quote, documents, same.size() > 1 ? Integer.toString(same.size()) : null));
        });
        return Optional.of(new View(paging.totalText(), Optional.empty(),
                Optional.of(new Rows(rows, Pager.of(pagerHref, paging.page(), paging.pages(), "")))));
    }

    /** The sentence with the mention marked; the bare quote when the sentence is missing. */
    static Quote quote(Evidence e) {
        Optional<String[]> parts = e.sentenceParts();
        if (parts.isPresent()) {
            String[] p = parts.get();
            return new Quote(p[0], true, p[1], p[2]);
        }
        if (!e.sentence().isEmpty()) {
            return new Quote(e.sentence(), false, null, "");
        }
        return new Quote("", true, e.exact(), "");
    }

    /** The letter page, jumping to the mention's anchor when the span is known. */
    private String documentHref(Evidence e) {
        String href = iris.href(e.document());
        return iris.isLocal(e.document()) ? e.anchor().map(a -> href + "#" + a).orElse(href) : href;
    }
}
