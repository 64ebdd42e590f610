package org.replygraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.shared.PrefixMapping;

/**
 * The home page ({@code home.mustache}): what the dataset is, counts per class by label, the letters
 * (newest first, paged) with the proposals they answer, agencies by number of replies, and where to go
 * next (search, SPARQL, dumps, VoID, the ontology graph).
 * <pre>{@code
 * String html = new HomePage(iris, vocabulary).render(descriptions, stats, classes, 2);   // PastLastPage past the end
 * }</pre>
 */
final class HomePage {
    private final EntityIris iris;
    private final PrefixMapping prefixes;
    private final Vocabulary vocabulary;

    HomePage(EntityIris iris, Vocabulary vocabulary) {
        this.iris = iris;
        this.prefixes = org.replygraph.graph.Prefixes.of(iris.base()).lock();
        this.vocabulary = vocabulary;
    }

    static final int AGENCIES_PAGE_SIZE = 20;

    /** What {@code home.mustache} shows. */
    record View(int letterCount, int entities, String base, String graph, String contextPath, List<ClassRow> classes,
            LetterTable.View letters, int agencyTotal, Optional<Agencies> agencies) { }

    /** A class linking to its page, with its number of instances. */
    record ClassRow(Term term, String count) { }

    /** The page's agencies, numbered from {@code start}. */
    record Agencies(int start, List<AgencyRow> rows, Optional<Pager> pager) { }

    /** An agency and its number of replies. */
    record AgencyRow(Term term, int count) { }

    /** Page {@code page} (1-based) of the letters and of the agencies; PastLastPage past the last of both. */
    String render(DatasetGraph dataset, DatasetStats stats, int page) {
        return render(org.replygraph.index.Descriptions.of(dataset, iris.base()), stats, ClassCounts.of(dataset), page);
    }

    /** The page, its list of classes (each linking to its class page, most instances first) from {@code classes}. */
    String render(org.replygraph.index.Descriptions d, DatasetStats stats, ClassCounts classes, int page) {
        Graph union = d.union();
        int letterPages = Paging.of(stats.letters().size(), false, page, LetterTable.PAGE_SIZE).pages();
        Paging agencies = Paging.of(stats.agenciesByReplies().size(), false, page, AGENCIES_PAGE_SIZE);
        Paging.check(page, Math.max(letterPages, agencies.pages()));
        Terms terms = new Terms(new Labels(d), iris, prefixes, vocabulary);
        List<ClassRow> classRows = new ArrayList<>();
        classes.mostFirst().forEach((cls, n) -> classRows.add(new ClassRow(terms.classTerm(cls), Long.toString(n))));
        Optional<Agencies> agencyList = Optional.empty();
        if (agencies.from() < agencies.to()) {
            List<AgencyRow> rows = new ArrayList<>();
            for (Map.Entry<Node, Integer> e : stats.agenciesByReplies().subList(agencies.from(), agencies.to())) {
                rows.add(new AgencyRow(terms.term(e.getKey()), e.getValue()));
            }
            agencyList = Optional.of(new Agencies(agencies.from() + 1, rows, Pager.of("/?page=", page, agencies.pages(), "#agencies")));
        }
        View view = new View(stats.letters().size(), stats.entities(), iris.base(), Vocabulary.GRAPH.getURI(), JsonLdContext.PATH,
                classRows, new LetterTable(union, terms).view(stats.letters(), page), agencies.total(), agencyList);
        return Templates.bundled().page("home", "ReplyGraph", Alternates.DATASET, view);
    }
}
