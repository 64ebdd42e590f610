package org.replygraph.graph;

import java.util.List;
import org.replygraph.extract.fact.StatisticsTable;

/**
 * Writes a statistics table as a W3C Data Cube data set: one qb:Observation per cell with the row
 * (上城区) and column (市研发中心) as dimensions and the figure as measure; each column carries the
 * stated total, the computed sum and whether they agree, e.g. 市研发中心 total 3050 = sum 3050. A unit
 * is written only where the text states one ({@link TableUnits}).
 */
final class TableWriter {
    private final DocGraph g;

    TableWriter(DocGraph g) {
        this.g = g;
    }

    void write() {
        int n = 0;
        for (StatisticsTable t : g.facts.entities().tables()) write(t, ++n);
    }

    private void write(StatisticsTable t, int n) {
        Term table = DocGraph.term(g.iri.table(g.facts.source().fileName(), n));
        g.add(g.doc, Vocab.hasTable, table);
        g.add(table, Vocab.rdfType, Vocab.qbDataSet);
        g.add(table, Vocab.rdfType, Vocab.StatisticsTable);
        g.add(table, Vocab.qbStructure, Vocab.TableStructure);
        g.add(table, Vocab.provWasDerivedFrom, g.doc);
        g.add(table, Vocab.rdfsLabel, g.hans(t.caption()));
        if (t.dimension() != null && !t.dimension().isBlank()) g.add(table, Vocab.dimensionLabel, g.hans(t.dimension()));
        boolean allMatch = true;
        for (int c = 0; c < t.measures().size(); c++) {
            Term col = DocGraph.part(table, "column-" + (c + 1));
            g.add(col, Vocab.rdfType, Vocab.skosConcept);
            g.add(col, Vocab.rdfsLabel, g.hans(t.measures().get(c)));
            String unit = TableUnits.unitOf(t.measures().get(c), t.caption());
            if (unit != null) g.add(col, Vocab.unit, g.hans(unit));
            long sum = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                StatisticsTable.Row row = t.rows().get(r);
                long v = row.values().get(c);
                sum += v;
                Term obs = DocGraph.part(table, "obs-" + (r + 1) + "-" + (c + 1));
                g.add(obs, Vocab.rdfType, Vocab.qbObservation);
                g.add(obs, Vocab.qbDataSetProp, table);
                g.add(obs, Vocab.rowLabel, g.hans(row.label()));
                g.add(obs, Vocab.column, col);
                g.add(obs, Vocab.value, DocGraph.integer(v));
                if (unit != null) g.add(obs, Vocab.unit, g.hans(unit));
            }
            g.add(col, Vocab.computedSum, DocGraph.integer(sum));
            List<Long> total = t.total();
            if (total != null && c < total.size()) {
                boolean match = total.get(c) == sum;
                allMatch &= match;
                g.add(col, Vocab.statedTotal, DocGraph.integer(total.get(c)));
                g.add(col, Vocab.totalMatchesSum, DocGraph.bool(match));
            }
        }
        if (t.total() != null) g.add(table, Vocab.totalMatchesSum, DocGraph.bool(allMatch && t.total().size() == t.measures().size()));
    }
}
