package org.replygraph.graph;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;

/** Runs a named query and reads its CSV answer back as rows of strings (header dropped). */
final class QueryResults {
    private QueryResults() { }

    static List<List<String>> rows(String name, DatasetGraph ds) {
        String csv = new QueryRunner(RG.DEFAULT_BASE).run(ds, NamedQueries.standard().text(name), QueryRunner.Format.CSV);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : parse(csv)) rows.add(r);
        return rows.subList(1, rows.size());
    }

    /** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
