package org.replygraph.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated reference file on the classpath, e.g. {@code ontology/reference/provinces.tsv}
 * ("陕西省\t陕西\t陕,秦\tprovince"); lines starting with # are comments. The one reader of every
 * reference file, the entity recognisers' word lists included.
 */
public final class ReferenceTable {
    private ReferenceTable() { }

    /** Reads every row, checking each has at least {@code columns} cells. */
    public static List<String[]> load(String resource, int columns) {
        InputStream in = ReferenceTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("Missing reference data resource=" + resource + " : must be on the classpath");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length < columns)
                    throw new IllegalStateException("Illegal row " + resource + ":" + n + "='" + line
                            + "' : needs " + columns + " tab-separated columns");
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data resource=" + resource, e);
        }
        return rows;
    }
}
