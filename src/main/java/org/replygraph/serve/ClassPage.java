package org.replygraph.serve;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.replygraph.index.Descriptions;

/**
 * A class's page, {@code /class/Agency}: its labels and IRI, how many instances it has and one page
 * of {@value #PAGE_SIZE} of them, by label ({@code ?sort=label}, the default) or by the number of
 * letters naming each ({@code ?sort=letters}, for classes of shared entities). Renders from a
 * {@link ClassIndex} (read once per class), so a page costs {@value #PAGE_SIZE} label lookups.
 * <pre>{@code
 * String html = new ClassPage(iris, vocabulary, paths).render(descriptions, index, Sort.LETTERS, 2);
 * }</pre>
 */
final class ClassPage {
    static final int PAGE_SIZE = 50;

    /** The orders a class page offers. */
    enum Sort {
        LABEL("label", "按名称 by label"), LETTERS("letters", "按答复函数 by letters");

        final String param;
        final String title;

        Sort(String param, String title) {
            this.param = param;
            this.title = title;
        }

        /** {@code label} (or absent), {@code letters}; anything else is a BadSort (400). */
        static Sort parse(String param) {
            if (param == null || param.equals("label")) {
                return LABEL;
            }
            if (param.equals("letters")) {
                return LETTERS;
            }
            throw new BadSort("Illegal sort=" + param + " : sort must be label or letters");
        }
    }

    /** A sort the class page does not offer: answered 400. */
    static final class BadSort extends IllegalArgumentException {
        BadSort(String message) {
            super(message);
        }
    }

    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;
    private final ClassPaths paths;

    ClassPage(EntityIris iris, Vocabulary vocabulary, ClassPaths paths) {
        this.iris = iris;
        this.prefixes = org.replygraph.graph.Prefixes.of(iris.base()).lock();
        this.vocabulary = vocabulary;
        this.paths = paths;
    }

    /** Page {@code page} (1-based) of the class's instances; PastLastPage past the last, BadSort for letters where none are counted. */
    String render(Descriptions d, ClassIndex index, Sort sort, int page) {
        if (sort == Sort.LETTERS && !index.countsLetters()) {
            throw new BadSort("Illegal sort=letters for " + ValueHtml.shortForm(prefixes, index.cls())
                    + " : its instances each sit in one letter; sort=label");
        }
        Paging paging = Paging.of(index.total(), index.capped(), page, PAGE_SIZE);
        Paging.check(page, paging.pages());
        ValueHtml values = new ValueHtml(new Labels(d), iris, prefixes, vocabulary);
        Node cls = index.cls();
        String qname = ValueHtml.shortForm(prefixes, cls);
        String href = paths.path(cls).orElseThrow();
        StringBuilder sb = new StringBuilder(8192).append("<h1>");
        vocabulary.label(cls, Labels.HANS).ifPresent(l -> sb.append(Html.escape(l)).append(' '));
        vocabulary.label(cls, "en").ifPresent(l -> sb.append("<span lang=\"en\">").append(Html.escape(l)).append("</span> "));
        sb.append("<small class=\"qname\">").append(Html.escape(qname)).append("</small></h1>")
                .append("<p class=\"iri\">").append(Html.link(cls.getURI(), cls.getURI())).append("</p>");
        sb.append("<p class=\"total\">").append(paging.totalText()).append(" 个实例 instances");
        if (paging.pages() > 1) {
            sb.append(" · ").append(paging.from() + 1).append('–').append(paging.to());
        }
        if (index.capped()) {
            sb.append(" (the first ").append(Paging.CAP).append(" read; SPARQL has the rest)");
        }
        sb.append("</p>");
        if (index.countsLetters()) {
            sb.append("<p class=\"sort\">排序 Sort: ");
            for (Sort s : Sort.values()) {
                sb.append(s == sort ? "<strong>" + Html.escape(s.title) + "</strong>"
                        : Html.link(href + (s == Sort.LABEL ? "" : "?sort=" + s.param), s.title)).append(' ');
            }
            sb.append("</p>");
        }
        List<Node> order = sort == Sort.LETTERS ? index.byLetters() : index.byLabel();
        sb.append("<ol class=\"instances\" start=\"").append(paging.from() + 1).append("\">");
        for (Node n : order.subList(paging.from(), paging.to())) {
            sb.append("<li>").append(n.isURI() && iris.isLocal(n) ? values.term(n) : Html.link(iris.href(n), values.label(n)));
            Integer letters = index.letters().get(n);
            if (letters != null) {
                sb.append(" <span class=\"count\">").append(letters).append(" 封答复函 letters</span>");
            }
            sb.append("</li>");
        }
        sb.append("</ol>");
        sb.append(Pager.html(href + (sort == Sort.LABEL ? "?page=" : "?sort=" + sort.param + "&page="), page, paging.pages(), ""));
        return PageLayout.page(vocabulary.label(cls, Labels.HANS).orElse(qname), sb.toString(), Alternates.classInstances(cls));
    }
}
