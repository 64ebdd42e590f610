package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Completes a future once the server has answered its first request, whatever the answer: work that can wait
 * (building the search index of a {@code serve} on letters) starts then, not while the first page is made.
 * <pre>{@code
 * CompletableFuture<Void> first = new CompletableFuture<>();
 * builder.addFilter("/*", new FirstAnswerFilter(first));
 * first.thenRun(...);   // after the first answer
 * }</pre>
 */
final class FirstAnswerFilter extends HttpFilter {
    private final transient CompletableFuture<Void> firstAnswer;

    FirstAnswerFilter(CompletableFuture<Void> firstAnswer) {
        this.firstAnswer = firstAnswer;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } finally {
            firstAnswer.complete(null);
        }
    }
}
