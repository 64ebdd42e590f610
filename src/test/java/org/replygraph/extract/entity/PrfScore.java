package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Micro-averaged precision, recall and F1 over documents: found names against gold alternatives. */
final class PrfScore {
    private int tp;
    private int fp;
    private int fn;
    private final List<String> misses = new ArrayList<>();

    /** Scores one document; optional names are neither right nor wrong. */
    void add(String doc, Collection<String> found, List<List<String>> gold, Collection<String> optional) {
        Set<String> predicted = new LinkedHashSet<>(found);
        Set<String> matched = new LinkedHashSet<>();
        for (List<String> alts : gold) {
            String hit = alts.stream().filter(predicted::contains).findFirst().orElse(null);
            if (hit == null) {
                fn++;
                misses.add(doc + " missed " + alts.get(0));
            } else {
                tp++;
                matched.addAll(alts);
            }
        }
        for (String p : predicted)
            if (!matched.contains(p) && !optional.contains(p) && gold.stream().noneMatch(a -> a.contains(p))) {
                fp++;
                misses.add(doc + " spurious " + p);
            }
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    List<String> misses() {
        return misses;
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
