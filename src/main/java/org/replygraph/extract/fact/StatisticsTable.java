package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;

/**
 * A table of figures the text carries: caption, the measured columns, one row per dimension value
 * (district, kind …) and the stated total row, or null when none is stated.
 */
public record StatisticsTable(String caption, String dimension, List<String> measures, List<Row> rows,
                              List<Long> total, Span span) {
    public StatisticsTable {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(span, "span");
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
        total = total == null ? null : List.copyOf(total);
        for (Row r : rows)
            if (r.values().size() != measures.size())
                throw new IllegalArgumentException("Illegal row " + r.label() + " with " + r.values().size()
                        + " values : the table has " + measures.size() + " measures");
    }

    /** One row: its label (上城区) and one value per measure. */
    public record Row(String label, List<Long> values, Span span) {
        public Row {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }
}
