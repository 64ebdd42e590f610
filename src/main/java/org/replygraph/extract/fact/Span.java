package org.replygraph.extract.fact;

/** A range [start, end) of chars in a document's cleaned text, e.g. where 陕工信函〔2021〕154号 stands. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("Illegal span=[" + start + "," + end + ") : need 0 <= start <= end");
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
