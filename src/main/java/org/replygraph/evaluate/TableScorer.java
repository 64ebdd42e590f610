package org.replygraph.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Compares the gold's statistics table with the extracted one whose caption matches (else the first):
 * caption, measures, rows (label → figures) and total, each right or wrong.
 *
 * <pre>{@code
 * new TableScorer(n).score(gold.statisticsTable(), facts.entities().tables());
 * // [statistics_table.caption ✓, statistics_table.measures ✓, statistics_table.rows ✗ (淳安縣 missing), …]
 * }</pre>
 */
public final class TableScorer {
    private final NameNormaliser n;

    public TableScorer(NameNormaliser normaliser) {
        this.n = normaliser;
    }

    /** No results when the gold has no table: extra tables are then not judged. */
    public List<FieldResult> score(GoldDocument.Table gold, List<StatisticsTable> extracted) {
        if (gold == null) return List.of();
        StatisticsTable t = extracted.stream().filter(x -> n.same(x.caption(), gold.caption())).findFirst()
                .orElse(extracted.isEmpty() ? null : extracted.get(0));
        List<FieldResult> out = new ArrayList<>();
        out.add(new FieldResult("statistics_table.caption", gold.caption(), t == null ? null : t.caption(),
                t != null && n.same(t.caption(), gold.caption()), false));
        List<String> gotMeasures = t == null ? null : t.measures();
        out.add(new FieldResult("statistics_table.measures", String.join("、", gold.measures()),
                gotMeasures == null ? null : String.join("、", gotMeasures),
                gotMeasures != null && normalised(gold.measures()).equals(normalised(gotMeasures)), false));
        out.add(rows(gold.rows(), t));
        String expectedTotal = gold.total() == null ? "null" : gold.total().toString();
        String gotTotal = t == null || t.total() == null ? null : t.total().toString();
        boolean totalRight = t != null && Objects.equals(gold.total(), t.total());
        out.add(new FieldResult("statistics_table.total", expectedTotal, gotTotal, totalRight,
                !totalRight && gold.total() == null && gotTotal != null));
        return out;
    }

    private FieldResult rows(Map<String, List<Long>> gold, StatisticsTable t) {
        String expected = gold.size() + " rows";
        if (t == null) return new FieldResult("statistics_table.rows", expected, null, false, false);
        Map<String, List<Long>> want = new LinkedHashMap<>();
        gold.forEach((label, values) -> want.put(n.normalise(label), values));
        Map<String, List<Long>> got = new LinkedHashMap<>();
        for (StatisticsTable.Row r : t.rows()) got.put(n.normalise(r.label()), r.values());
        List<String> problems = new ArrayList<>();
        want.forEach((label, values) -> {
            if (!got.containsKey(label)) problems.add("missing " + label);
            else if (!got.get(label).equals(values)) problems.add(label + " " + got.get(label) + " ≠ " + values);
        });
        got.keySet().stream().filter(l -> !want.containsKey(l)).forEach(l -> problems.add("extra " + l));
        String shown = t.rows().size() + " rows" + (problems.isEmpty() ? "" : ": " + String.join("; ", problems));
        return new FieldResult("statistics_table.rows", expected, shown, problems.isEmpty(), false);
    }

    private List<String> normalised(List<String> names) {
        return names.stream().map(n::normalise).toList();
    }
}
