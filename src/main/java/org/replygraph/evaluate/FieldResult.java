package org.replygraph.evaluate;

import java.util.Objects;

/**
 * One letter-level field of one document, right or wrong: {@code FieldResult("date", "2021-05-07",
 * "2021-05-08", false)}. {@code got} is null when nothing was extracted.
 */
public record FieldResult(String field, String expected, String got, boolean right, boolean invented) {
    public FieldResult {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(expected, "expected");
    }

    /** Judges {@code got} against the gold: filling a field the gold leaves null is an invention. */
    public static FieldResult judge(String field, GoldValue gold, String got, boolean right) {
        return new FieldResult(field, gold.describe(), got, right, !right && gold.absentOnly() && got != null);
    }
}
