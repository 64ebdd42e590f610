package org.replygraph.serve;

import java.util.List;

/**
 * A small SPARQL page: example queries, a text area, a run button that POSTs to {@code /sparql}
 * and a results table of at most {@code maxRows} rows. Script in {@code /static/query.js}; cells are set
 * with textContent, never innerHTML, and only http(s) IRIs become links.
 */
final class QueryPage {
    private QueryPage() { }

    static String render(List<ExampleQueries.Example> examples, String base) {
        return render(examples, base, Limits.DEFAULT_MAX_RENDERED_ROWS);
    }

    /** The page; its script draws at most {@code maxRows} result rows. */
    static String render(List<ExampleQueries.Example> examples, String base, int maxRows) {
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
        sb.append("</div><textarea id=\"sparql\" rows=\"14\">").append(Html.escape(examples.get(0).sparql()))
                .append("</textarea><p><button id=\"run\" type=\"button\">运行 Run</button> <span id=\"status\"></span></p>")
                .append("<table id=\"results\" data-base=\"").append(Html.escape(base))
                .append("\" data-max-rows=\"").append(maxRows).append("\"></table>").append(SCRIPT);
        return PageLayout.page("SPARQL", sb.toString(), Alternates.SERVICE);
    }

    /** The code is {@code /static/query.js}. */
    private static final String SCRIPT = "<script src=\"/static/query.js\"></script>";
}
