package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code HEAD /sparql?query=…}, which Fuseki refuses (405): run as the GET it stands for, the headers
 * sent (status, Content-Type, CORS) and the body dropped, as RFC 9110 §9.3.2 asks. The query runs,
 * under the same limits as a GET, so a HEAD costs what the GET costs.
 */
final class SparqlHead extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!"HEAD".equals(req.getMethod()) || req.getParameter("query") == null) {
            chain.doFilter(req, resp);
            return;
        }
        HttpServletRequest asGet = new HttpServletRequestWrapper(req) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        chain.doFilter(asGet, new NoBody(resp));
    }

    /** A response whose body goes nowhere. */
    private static final class NoBody extends HttpServletResponseWrapper {
        private final ServletOutputStream sink = new ServletOutputStream() {
            @Override
            public void write(int b) { }

            @Override
            public void write(byte[] b, int off, int len) { }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) { }
        };

        NoBody(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return sink;
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8));
        }
    }
}
