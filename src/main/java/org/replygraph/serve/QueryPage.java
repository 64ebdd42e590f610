package org.replygraph.serve;

import java.util.List;

/**
 * A small SPARQL page: example queries, an editor (a text area over a highlighted copy of the query:
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

    /** The page opened on {@code query} (from {@code ?query=}), which its script runs at once; else on the first example. */
    static String render(List<ExampleQueries.Example> examples, String base, int maxRows, java.util.Optional<String> query) {
        StringBuilder sb = new StringBuilder("<h1>SPARQL</h1><p>Endpoint: <code>/sparql</code> (GET or POST, ")
                .append("SPARQL 1.1 Query; the default graph is the union of all letters' graphs; the ontology is the ")
                .append("named graph <code>&lt;").append(Html.escape(Vocabulary.GRAPH.getURI())).append("&gt;</code>).</p>")
                .append("<label for=\"examples\">Examples</label> <select id=\"examples\">");
        for (int i = 0; i < examples.size(); i++) {
            sb.append("<option value=\"").append(i).append("\">").append(Html.escape(examples.get(i).title()))
                    .append("</option>");
        }
        sb.append("</select><div hidden>");
        for (int i = 0; i < examples.size(); i++) {
            sb.append("<textarea id=\"example-").append(i).append("\">")
                    .append(Html.escape(examples.get(i).sparql())).append("</textarea>");
        }
        String shown = query.orElse(examples.get(0).sparql());
        sb.append("</div><div class=\"editor\"><pre id=\"highlight\" aria-hidden=\"true\"></pre>")
                .append("<textarea id=\"sparql\" rows=\"14\" spellcheck=\"false\" autocapitalize=\"off\"")
                .append(query.isPresent() ? " data-run=\"1\"" : "").append(">").append(Html.escape(shown))
                .append("</textarea></div><p><button id=\"run\" type=\"button\">运行 Run</button> <span id=\"status\"></span> ")
                .append("<a id=\"share\" href=\"/query\" hidden>链接 link to this query</a></p>")
                .append("<div class=\"scroll\"><table id=\"results\" data-base=\"").append(Html.escape(base))
                .append("\" data-max-rows=\"").append(maxRows).append("\"></table></div>")
                .append("<p><button id=\"more\" type=\"button\" hidden>更多 more</button></p><pre id=\"graph-result\" hidden></pre>")
                .append(SCRIPT);
        return PageLayout.page("SPARQL", sb.toString(), Alternates.SERVICE);
    }

    /** The code is {@code /static/query.js}. */
    private static final String SCRIPT = "<script src=\"/static/query.js\"></script>";
}
