package org.replygraph.extract.entity;

import java.util.List;
import org.replygraph.extract.fact.Diagnostic;
import org.replygraph.extract.fact.StatisticsTable;

/** The tables a parser found and what it found wrong with them (a stated total that does not add up). */
public record TableResult(List<StatisticsTable> tables, List<Diagnostic> diagnostics) {
    public TableResult {
        tables = List.copyOf(tables);
        diagnostics = List.copyOf(diagnostics);
    }
}
