package org.replygraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Federated query ({@code SERVICE}) is refused unless the service's host is on the operator's
 * allow-list: otherwise the endpoint fetches any URL a caller names (SSRF, port scans of the
 * server's own network). {@code SERVICE ?u} is refused too, since its target is only known while
 * the query runs. Checked twice: on the parsed query, so the caller gets a 400 naming the rule, and
 * in ARQ's service executor chain, so no path around the first check reaches the network. A remote
 * failure is reported by its status only, never with the remote body.
 * <pre>{@code
 * ServiceGuard guard = new ServiceGuard(Set.of("query.wikidata.org"));
 * guard.refusal(query).ifPresent(msg -> ...);   // "SERVICE <http://127.0.0.1:8080/> is not allowed: ..."
 * }</pre>
 */
final class ServiceGuard implements ChainingServiceExecutor {
    private final Set<String> allowedHosts;

    ServiceGuard(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
    }

    /** Why the query may not run, or empty when every SERVICE in it (also inside EXISTS) is allowed. */
    Optional<String> refusal(Query query) {
        Op op = Algebra.compile(query);
        String[] first = new String[1];
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                if (first[0] == null) {
                    first[0] = refusal(service.getService()).orElse(null);
                }
            }
        });
        return Optional.ofNullable(first[0]);
    }

    /** Why a SERVICE of this target is refused, or empty when it is allowed. */
    Optional<String> refusal(Node service) {
        if (!service.isURI()) {
            return Optional.of("SERVICE " + service + " is not allowed: the service must be a fixed IRI on the server's allow-list"
                    + hint());
        }
        String host = host(service.getURI());
        if (host == null || !allowedHosts.contains(host)) {
            return Optional.of("SERVICE <" + service.getURI() + "> is not allowed: federated queries are off"
                    + (allowedHosts.isEmpty() ? "" : " except to " + String.join(", ", allowedHosts)) + hint());
        }
        return Optional.empty();
    }

    private String hint() {
        return allowedHosts.isEmpty() ? " (the operator may allow hosts with serve --allow-service HOST,HOST)" : "";
    }

    private static String host(String iri) {
        try {
            URI uri = URI.create(iri);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A service executor registry whose SERVICE calls pass through this guard before ARQ's HTTP executor. */
    ServiceExecutorRegistry registry() {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(this);
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Optional<String> refused = refusal(opExecute.getService());
        if (refused.isPresent()) {
            throw new ActionErrorException(HttpServletResponse.SC_BAD_REQUEST, refused.get(), null);
        }
        try {
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        } catch (QueryExceptionHTTP e) {
            // The remote body (an internal admin page, a stack trace) is never passed on.
            // Answered 502 Bad Gateway whatever the remote said: its status is ours to report, not to take as our own.
            int code = e.getStatusCode();
            throw new QueryExceptionHTTP(HttpServletResponse.SC_BAD_GATEWAY, "SERVICE <" + opExecute.getService().getURI() + "> failed"
                    + (code > 0 ? " with HTTP " + code : ": no connection"));
        }
    }
}
