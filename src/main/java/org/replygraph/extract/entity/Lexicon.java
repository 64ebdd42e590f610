package org.replygraph.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a tab-separated word list on the classpath, e.g. {@code ontology/reference/entity-agency-bodies.tsv}
 * ("工信厅\toptional"); lines starting with # are comments.
 */
final class Lexicon {
    private Lexicon() {
    }

    static List<String[]> load(String resource, int columns) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new IllegalStateException("Missing word list resource=" + resource + " : must be on the classpath");
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            for (int n = 1; (line = r.readLine()) != null; n++) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length < columns)
                    throw new IllegalStateException("Illegal row " + resource + ":" + n + "='" + line + "' : needs "
                            + columns + " tab-separated columns");
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read word list resource=" + resource, e);
        }
        return rows;
    }
}
