package org.replygraph.extract.fact;

import java.util.Objects;

/**
 * A problem in a letter's content, as data: {@code Diagnostic("table-total", "stated total 3050 != sum 3051", span)}.
 * The span may be null when the problem concerns the whole document.
 */
public record Diagnostic(String code, String message, Span span) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
