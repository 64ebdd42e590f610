package org.replygraph.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * Fuseki's SPARQL query operation with ReplyGraph's guards: a query naming a {@code SERVICE} off
 * the allow-list is refused with 400 before it runs ({@link ServiceGuard}); every execution gets the
 * configured overall timeout (a {@code ?timeout=} parameter may only shorten it) and is watched by
 * {@link QueryWatchdog}, which cancels it when its client disconnects; sorts and groups past
 * {@value #SPILL_ROWS} rows spill to disk; comments are dropped before parsing.
 */
final class GuardedQueryService extends SPARQL_QueryDataset {
    static final long SPILL_ROWS = 100_000;
    static final int MAX_TOKEN = 65_536;
    private final ServiceGuard guard;
    private final ServiceExecutorRegistry services;
    private final long timeoutMillis;
    private final QueryWatchdog watchdog;

    GuardedQueryService(ServiceGuard guard, Limits limits, QueryWatchdog watchdog) {
        this.guard = guard;
        this.services = guard.registry();
        this.timeoutMillis = limits.queryTimeout().toMillis();
        this.watchdog = watchdog;
    }

    /**
     * Comments are dropped before parsing and a query with a token (string, IRI, name) longer than
     * {@value #MAX_TOKEN} chars is refused: ARQ's parser reads long tokens super-linearly ({@link SparqlComments}).
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        String stripped = SparqlComments.strip(queryString);
        if (SparqlComments.longestToken(stripped) > MAX_TOKEN) {
            ServletOps.errorBadRequest("Query refused: a string, IRI or name longer than " + MAX_TOKEN + " characters");
        }
        super.execute(stripped, action);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        guard.refusal(query).ifPresent(ServletOps::errorBadRequest);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = QueryExec.newBuilder()
                .dataset(dataset)
                .query(query)
                .context(action.getContext())
                .set(ARQConstants.registryServiceExecutors, services)
                // ORDER BY, DISTINCT and GROUP BY over a huge join spill to disk past this many rows
                // instead of growing the heap (an ORDER BY over a cross join once reached 6.5 GB).
                .set(ARQ.spillToDiskThreshold, SPILL_ROWS)
                .overallTimeout(timeoutMillis(action.getRequestParameter("timeout")), TimeUnit.MILLISECONDS)
                .build();
        watchdog.watch(action.getRequest(), exec);
        return exec;
    }

    /** The configured limit, or less when the protocol's {@code timeout=} (seconds) asks for less. */
    long timeoutMillis(String parameter) {
        if (parameter != null && parameter.matches("[0-9]{1,9}(\\.[0-9]{1,3})?")) {
            long asked = Math.round(Double.parseDouble(parameter) * 1000);
            if (asked > 0) {
                return Math.min(asked, timeoutMillis);
            }
        }
        return timeoutMillis;
    }

    @Override
    public void execGet(HttpAction action) {
        try {
            super.execGet(action);
        } finally {
            watchdog.done(action.getRequest());
        }
    }

    @Override
    public void execPost(HttpAction action) {
        try {
            super.execPost(action);
        } finally {
            watchdog.done(action.getRequest());
        }
    }
}
