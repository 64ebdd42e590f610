package org.replygraph.graph;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Runs SPARQL over a built dataset whose default graph is the union of the document graphs, and
 * formats the answer as a text table, CSV, TSV or SPARQL JSON.
 *
 * <pre>{@code
 * String table = new QueryRunner(RG.DEFAULT_BASE).run(ds, NamedQueries.standard().text("letters-per-agency"), Format.TABLE);
 * }</pre>
 */
public final class QueryRunner {
    /** Output formats for SELECT and ASK answers; CONSTRUCT and DESCRIBE answers are Turtle. */
    public enum Format {
        TABLE, CSV, TSV, JSON;

        public static Format of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Illegal format=" + name + " : use table, csv, tsv or json", e);
            }
        }
    }

    private final String base;

    public QueryRunner(String base) {
        this.base = base;
    }

    private PrefixMapping prefixesFor(Query q) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(base));
        return pm.setNsPrefixes(q.getPrefixMapping());
    }

    /** Parses and runs {@code sparql}; a syntax error throws QueryParseException naming line and column. */
    public String run(DatasetGraph ds, String sparql, Format format) {
        Query q = parse(sparql);
        Dataset view = DatasetFactory.wrap(DatasetViews.unionDefault(ds));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecutionFactory.create(q, view)) {
            if (q.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case TABLE -> out.writeBytes(TextTable.format(rs, prefixesFor(q)).getBytes(StandardCharsets.UTF_8));
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                }
            } else if (q.isAskType()) {
                boolean yes = qe.execAsk();
                switch (format) {
                    case CSV -> ResultSetFormatter.outputAsCSV(out, yes);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, yes);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, yes);
                    case TABLE -> out.writeBytes((yes ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
                }
            } else {
                var g = q.isConstructType() ? qe.execConstruct().getGraph() : qe.execDescribe().getGraph();
                g.getPrefixMapping().setNsPrefixes(Prefixes.of(base));
                RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * The standard prefixes are predeclared, so queries need not repeat them (their own PREFIX lines
     * win). Set on the query before parsing rather than prepended as text, so a syntax error names the
     * line and column of the user's own query.
     */
    private Query parse(String sparql) {
        Query q = new Query();
        q.setPrefixMapping(Prefixes.of(base));
        return QueryFactory.parse(q, sparql, null, Syntax.defaultQuerySyntax);
    }
}
