package org.replygraph.graph;

import java.util.List;
import org.apache.jena.graph.Node;
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
        Node table = g.iri.table(g.facts.source().fileName(), n);
        g.add(g.doc, RG.hasTable, table);
        g.add(table, RG.rdfType, RG.qbDataSet);
        g.add(table, RG.rdfType, RG.StatisticsTable);
        g.add(table, RG.qbStructure, RG.TableStructure);
        g.add(table, RG.provWasDerivedFrom, g.doc);
        g.add(table, RG.rdfsLabel, g.hans(t.caption()));
        if (t.dimension() != null && !t.dimension().isBlank()) g.add(table, RG.dimensionLabel, g.hans(t.dimension()));
        boolean allMatch = true;
        for (int c = 0; c < t.measures().size(); c++) {
            Node col = IriMinter.part(table, "column-" + (c + 1));
            g.add(col, RG.rdfType, RG.skosConcept);
            g.add(col, RG.rdfsLabel, g.hans(t.measures().get(c)));
            String unit = TableUnits.unitOf(t.measures().get(c), t.caption());
            if (unit != null) g.add(col, RG.unit, g.hans(unit));
            long sum = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                StatisticsTable.Row row = t.rows().get(r);
                long v = row.values().get(c);
                sum += v;
                Node obs = IriMinter.part(table, "obs-" + (r + 1) + "-" + (c + 1));
                g.add(obs, RG.rdfType, RG.qbObservation);
                g.add(obs, RG.qbDataSetProp, table);
                g.add(obs, RG.rowLabel, g.hans(row.label()));
                g.add(obs, RG.column, col);
                g.add(obs, RG.value, DocGraph.integer(v));
                if (unit != null) g.add(obs, RG.unit, g.hans(unit));
            }
            g.add(col, RG.computedSum, DocGraph.integer(sum));
            List<Long> total = t.total();
            if (total != null && c < total.size()) {
                boolean match = total.get(c) == sum;
                allMatch &= match;
                g.add(col, RG.statedTotal, DocGraph.integer(total.get(c)));
                g.add(col, RG.totalMatchesSum, DocGraph.bool(match));
            }
        }
        if (t.total() != null) g.add(table, RG.totalMatchesSum, DocGraph.bool(allMatch && t.total().size() == t.measures().size()));
    }
}
