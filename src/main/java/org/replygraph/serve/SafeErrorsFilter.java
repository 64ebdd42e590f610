package org.replygraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No 500 answer carries what caused it: an exception's message can hold a file path, a class name,
 * data from a remote server or from the dataset. Whatever a handler throws, or writes after setting
 * status 500, is replaced by one line with an incident number; the cause goes to the server log
 * under that number.
 */
final class SafeErrorsFilter extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger(SafeErrorsFilter.class);
    private static final AtomicLong INCIDENTS = new AtomicLong();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        Guarded guarded = new Guarded(resp);
        try {
            chain.doFilter(req, guarded);
        } catch (IOException | RuntimeException | ServletException | Error e) {
            if (e instanceof VirtualMachineError vm && !(e instanceof StackOverflowError)) {
                throw vm;
            }
            long n = INCIDENTS.incrementAndGet();
            LOG.warn("Incident {}: {} {} failed", n, req.getMethod(), req.getRequestURI(), e);
            if (!resp.isCommitted()) {
                resp.resetBuffer();
                PlainError.send(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, message(n));
            }
            return;
        }
        if (guarded.failed && !resp.isCommitted()) {
            long n = INCIDENTS.incrementAndGet();
            LOG.warn("Incident {}: {} {} answered 500: {}", n, req.getMethod(), req.getRequestURI(), guarded.dropped);
            PlainError.send(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, message(n));
        }
    }

    private static String message(long incident) {
        return "Internal server error (incident " + incident + " in the server log)";
    }

    /** Passes everything through until status 500 is set; from then on the body is held back. */
    private static final class Guarded extends HttpServletResponseWrapper {
        boolean failed;
        final StringBuilder dropped = new StringBuilder();

        Guarded(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public void setStatus(int sc) {
            if (sc == SC_INTERNAL_SERVER_ERROR && !isCommitted()) {
                failed = true;
                return;
            }
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc == SC_INTERNAL_SERVER_ERROR && !isCommitted()) {
                failed = true;
                dropped.append(msg);
                return;
            }
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void setContentLength(int len) {
            if (!failed) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!failed) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!failed) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (dropped.length() < 2000) {
                        dropped.append((char) b);
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new IllegalStateException("Blocking writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!failed) {
                return super.getWriter();
            }
            return new PrintWriter(OutputStream.nullOutputStream());
        }
    }
}
