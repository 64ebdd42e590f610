package org.replygraph.evaluate;

import java.util.List;

/**
 * Counts for one list of one document (or summed over documents): true positives, false positives,
 * false negatives, with the gold items missed and the extracted items that are wrong.
 * An empty gold list with nothing extracted scores 1.0 throughout.
 * <pre>{@code
 * ListScore s = new ListScore(ListKind.POLICY_DOCUMENTS, 3, 1, 0, List.of(), List.of("《某某办法》"));
 * s.precision();                      // 0.75
 * s.recall();                         // 1.0
 * total = total.plus(s);              // micro-average over documents
 * }</pre>
 */
public record ListScore(ListKind kind, int truePositives, int falsePositives, int falseNegatives,
                        List<String> missed, List<String> extra) {
    public ListScore {
        missed = List.copyOf(missed);
        extra = List.copyOf(extra);
    }

    public static ListScore empty(ListKind kind) {
        return new ListScore(kind, 0, 0, 0, List.of(), List.of());
    }

    public double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1.0 : (double) truePositives / found;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 1.0 : (double) truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Micro-averaging: the counts of both added (item lists are per document and not carried). */
    public ListScore plus(ListScore o) {
        return new ListScore(kind, truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives, List.of(), List.of());
    }
}
