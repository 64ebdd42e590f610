package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.replygraph.index.Descriptions;

/**
 * A class's page ({@code class.mustache}), {@code /class/Agency}: its labels and IRI, how many instances it has and one page
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

    /** What {@code class.mustache} shows. */
    record View(String zh, String en, String qname, Link iri, String total, String range, boolean capped, int cap,
            Optional<Sorts> sorts, int start, List<Instance> instances, Optional<Pager> pager) { }

    /** The orders offered, the current one not a link. */
    record Sorts(List<SortLink> all) { }

    /** One order: its title, and a link unless it is the current one. */
    record SortLink(boolean current, String title, Link link) { }

    /** An instance linking to its page, with the number of letters naming it when counted. */
    record Instance(Term term, String letters) { }

    /** Page {@code page} (1-based) of the class's instances; PastLastPage past the last, BadSort for letters where none are counted. */
    String render(Descriptions d, ClassIndex index, Sort sort, int page) {
        if (sort == Sort.LETTERS && !index.countsLetters()) {
            throw new BadSort("Illegal sort=letters for " + Terms.shortForm(prefixes, index.cls())
                    + " : its instances each sit in one letter; sort=label");
        }
        Paging paging = Paging.of(index.byLabel().size(), false, page, PAGE_SIZE);
        Paging.check(page, paging.pages());
        Terms terms = new Terms(new Labels(d), iris, prefixes, vocabulary);
        Node cls = index.cls();
        String qname = Terms.shortForm(prefixes, cls);
        String href = paths.path(cls).orElseThrow();
        Optional<Sorts> sorts = Optional.empty();
        if (index.countsLetters()) {
            List<SortLink> all = new ArrayList<>();
            for (Sort s : Sort.values()) {
                all.add(new SortLink(s == sort, s.title, Link.of(href + (s == Sort.LABEL ? "" : "?sort=" + s.param), s.title)));
            }
            sorts = Optional.of(new Sorts(all));
        }
        List<Node> order = sort == Sort.LETTERS ? index.byLetters() : index.byLabel();
        List<Instance> instances = new ArrayList<>();
        for (Node n : order.subList(paging.from(), paging.to())) {
            Integer letters = index.letters().get(n);
            instances.add(new Instance(n.isURI() && iris.isLocal(n) ? terms.term(n) : Term.link(iris.href(n), terms.label(n)),
                    letters == null ? null : letters.toString()));
        }
        View view = new View(vocabulary.label(cls, Labels.HANS).orElse(null), vocabulary.label(cls, "en").orElse(null), qname,
                Link.of(cls.getURI(), cls.getURI()), Integer.toString(index.total()),
                paging.pages() > 1 ? (paging.from() + 1) + "–" + paging.to() : null, index.capped(), Paging.CAP, sorts,
                paging.from() + 1, instances,
                Pager.of(href + (sort == Sort.LABEL ? "?page=" : "?sort=" + sort.param + "&page="), page, paging.pages(), ""));
        return Templates.bundled().page("class", vocabulary.label(cls, Labels.HANS).orElse(qname), Alternates.classInstances(cls), view);
    }
}
