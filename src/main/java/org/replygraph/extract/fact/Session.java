package org.replygraph.extract.fact;

import java.util.Objects;

/**
 * One plenary session: 省十二届政协四次会议 in a Shaanxi letter is
 * {@code Session(Assembly(CPPCC, "陕西省"), 12, 4, span)}.
 */
public record Session(Assembly assembly, int term, int meeting, Span span) {
    public Session {
        Objects.requireNonNull(assembly, "assembly");
        Objects.requireNonNull(span, "span");
        if (term < 1 || meeting < 1)
            throw new IllegalArgumentException("Illegal session term=" + term + " meeting=" + meeting
                    + " : 届 and 次 are counted from 1");
    }
}
