package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Minimum scores an evaluation must reach; null means "not checked".
 * {@code new Thresholds(0.95, 0.9, 0.9).failures(ev)} lists e.g.
 * {@code "letter-level field accuracy 0.9412 < 0.95"}; empty when all hold.
 */
public record Thresholds(Double minFields, Double minPolicyF1, Double minCentreF1) {
    public Thresholds {
        check("min-fields", minFields);
        check("min-policy-f1", minPolicyF1);
        check("min-centre-f1", minCentreF1);
    }

    public static Thresholds none() {
        return new Thresholds(null, null, null);
    }

    public List<String> failures(Evaluation ev) {
        List<String> out = new ArrayList<>();
        boolean any = minFields != null || minPolicyF1 != null || minCentreF1 != null;
        if (any && ev.documents().isEmpty()) {
            out.add("no document was scored: every input lacks gold");
            return out;
        }
        below(out, "letter-level field accuracy", ev.letterFieldAccuracy(), minFields);
        below(out, "policy document F1", ev.micro(ListKind.POLICY_DOCUMENTS).f1(), minPolicyF1);
        below(out, "innovation centre F1", ev.micro(ListKind.INNOVATION_CENTRES).f1(), minCentreF1);
        return out;
    }

    private static void below(List<String> out, String what, double value, Double min) {
        // A small tolerance so 0.95 written on the command line is met by 19/20 computed in binary.
        if (min != null && value < min - 1e-9)
            out.add(String.format(Locale.ROOT, "%s %.4f < %s", what, value, min));
    }

    private static void check(String name, Double v) {
        if (v != null && (v.isNaN() || v < 0 || v > 1))
            throw new IllegalArgumentException("Illegal " + name + "=" + v + " : must be between 0 and 1");
    }
}
