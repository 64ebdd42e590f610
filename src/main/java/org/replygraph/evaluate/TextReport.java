package org.replygraph.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation as readable text: per document its misses and inventions, then per-field accuracy,
 * micro P/R/F1 per list, overall letter-level accuracy and the threshold verdict.
 *
 * <pre>
 * == 000_1a2b3c4d5e6f7a8b.txt  letter fields 16/17
 *   miss      proposal.number: expected 604, got null
 *   invented  policy_documents: 增材制造 (listed as not one)
 * </pre>
 */
public final class TextReport {
    public String render(Evaluation ev, List<String> thresholdFailures) {
        StringBuilder out = new StringBuilder();
        out.append("ReplyGraph evaluation: ").append(ev.documents().size()).append(" documents scored, ")
                .append(ev.missingGold().size()).append(" without gold, ").append(ev.goldErrors().size())
                .append(" gold errors\n");
        for (DocumentScore d : ev.documents()) document(out, d);
        out.append("\n== Field accuracy\n");
        for (Map.Entry<String, Evaluation.Tally> e : ev.fieldAccuracy().entrySet())
            out.append(String.format(Locale.ROOT, "  %-28s %3d/%-3d %.3f\n", e.getKey(), e.getValue().right(),
                    e.getValue().total(), e.getValue().accuracy()));
        out.append("\n== Lists (micro-averaged)\n");
        for (ListScore s : ev.micro().values()) {
            long docs = ev.documentsStating(s.kind());
            if (docs == 0) out.append(String.format(Locale.ROOT, "  %-28s not in the gold: not scored\n", s.kind().key()));
            else out.append(String.format(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d; %d documents)\n",
                    s.kind().key(), s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(),
                    s.falseNegatives(), docs));
        }
        long right = ev.documents().stream().mapToLong(DocumentScore::fieldsRight).sum();
        long total = ev.documents().stream().mapToLong(d -> d.fields().size()).sum();
        out.append(String.format(Locale.ROOT, "\n== Letter-level field accuracy: %.4f (%d/%d)\n",
                ev.letterFieldAccuracy(), right, total));
        out.append("== Documents with forbidden literals: ").append(ev.forbiddenLiteralDocuments()).append('\n');
        if (!ev.missingGold().isEmpty()) {
            out.append("\n== Inputs without gold (not scored)\n");
            ev.missingGold().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        if (!ev.goldErrors().isEmpty()) {
            out.append("\n== Gold files that could not be read\n");
            ev.goldErrors().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        out.append('\n');
        if (thresholdFailures.isEmpty()) out.append("Thresholds: met\n");
        else thresholdFailures.forEach(f -> out.append("Threshold FAILED: ").append(f).append('\n'));
        return out.toString();
    }

    /** One document's block: only what is wrong, so a perfect document is one line. */
    public String document(DocumentScore d) {
        StringBuilder out = new StringBuilder();
        document(out, d);
        return out.toString();
    }

    private static void document(StringBuilder out, DocumentScore d) {
        out.append("\n== ").append(d.file()).append("  letter fields ").append(d.fieldsRight()).append('/')
                .append(d.fields().size()).append(d.perfect() ? "  all right" : "").append('\n');
        for (FieldResult f : d.fields()) field(out, f);
        for (FieldResult f : d.table()) field(out, f);
        for (ListScore s : d.lists().values()) {
            s.missed().forEach(m -> out.append("  miss      ").append(s.kind().key()).append(": ").append(m).append('\n'));
            s.extra().forEach(x -> out.append("  invented  ").append(s.kind().key()).append(": ").append(x).append('\n'));
        }
        d.forbiddenHits().forEach(h -> out.append("  forbidden literal: ").append(h).append('\n'));
        d.warnings().forEach(w -> out.append("  warning: ").append(w).append('\n'));
    }

    private static void field(StringBuilder out, FieldResult f) {
        if (f.right()) return;
        out.append(f.invented() ? "  invented  " : "  miss      ").append(f.field()).append(": expected ")
                .append(f.expected()).append(", got ").append(f.got()).append('\n');
    }
}
