package org.replygraph.extract.entity;

/**
 * A bracketed or quoted title as written: {@code 《中国制造2025》} gives raw 中国制造2025 with the span of
 * the inner text, [start, end), and the opening mark 《.
 */
public record QuotedTitle(String raw, int start, int end, char open) {
    public QuotedTitle {
        if (start < 1 || end < start)
            throw new IllegalArgumentException("Illegal title span=[" + start + "," + end + ") : the opening mark must precede it");
    }

    /** Offset just after the closing mark. */
    public int after() {
        return end + 1;
    }

    /** Offset of the opening mark. */
    public int before() {
        return start - 1;
    }
}
