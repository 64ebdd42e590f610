package org.replygraph.serve;

import java.util.List;

/**
 * A small SPARQL page ({@code query.mustache}): example queries, an editor (a text area over a highlighted copy of the query:
 * keywords, variables, IRIs, prefixed names, strings, comments), a run button that POSTs to
 * {@code /sparql}, and a results table of {@code maxRows} rows at a time with a "more" button; IRIs
 * get their labels beside them. {@code /query?query=…} opens with that query and runs it, and the page
 * keeps the address of the query it ran, so it can be shared. Script in {@code /static/query.js}
 * (no inline code, no eval: the CSP allows neither); cells are set with textContent, never innerHTML,
 * and only http(s) IRIs become links.
 * <pre>{@code
 * QueryPage.render(examples, base, 1000, Optional.of("SELECT * { ?s ?p ?o } LIMIT 5"));   // runs on load
 * }</pre>
 */
final class QueryPage {
    private QueryPage() { }

    static String render(List<ExampleQueries.Example> examples, String base) {
        return render(examples, base, Limits.DEFAULT_MAX_RENDERED_ROWS, java.util.Optional.empty());
    }

    /** The page; its script draws {@code maxRows} result rows at a time. */
    static String render(List<ExampleQueries.Example> examples, String base, int maxRows) {
        return render(examples, base, maxRows, java.util.Optional.empty());
    }

    /** What {@code query.mustache} shows: {@code run} when the page was opened on a query, which its script then runs. */
    record View(String graph, List<Example> examples, String shown, boolean run, String base, int maxRows) { }

    /** An example's number (the script finds its text by it), title and query. */
    record Example(int index, String title, String sparql) { }

    /** The page opened on {@code query} (from {@code ?query=}), which its script runs at once; else on the first example. */
    static String render(List<ExampleQueries.Example> examples, String base, int maxRows, java.util.Optional<String> query) {
        List<Example> shown = new java.util.ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            shown.add(new Example(i, examples.get(i).title(), examples.get(i).sparql()));
        }
        View view = new View(Vocabulary.GRAPH.getURI(), shown, query.orElse(examples.get(0).sparql()), query.isPresent(), base, maxRows);
        return Templates.bundled().page("query", "SPARQL", Alternates.SERVICE, view);
    }
}
