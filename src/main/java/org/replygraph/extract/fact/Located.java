package org.replygraph.extract.fact;

import java.util.Objects;

/** A value and the span of text it was read from, e.g. {@code Located(2021-05-07, [5890,5900))}. */
public record Located<T>(T value, Span span) {
    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }

    public static <T> Located<T> at(T value, int start, int end) {
        return new Located<>(value, new Span(start, end));
    }
}
