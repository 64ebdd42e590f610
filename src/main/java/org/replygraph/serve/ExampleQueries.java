package org.replygraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example SPARQL queries offered on the query page: every {@code *.rq} of the project's
 * {@code queries/} folder (or the jar's), titled by its first {@code #} comment line, e.g.
 * {@code # Letters per agency}. When there are none, one counting query per class. Last comes the
 * server's own {@code serve/ontology-terms.rq}, which reads the ontology's named graph.
 */
record ExampleQueries(List<Example> list) {
    record Example(String title, String sparql) { }

    static final Example FALLBACK = new Example("Entities per class", """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)""");

    static final String ONTOLOGY_QUERY = "serve/ontology-terms.rq";

    /** From a folder when given and present, else from the classpath {@code queries/}; prefixes declared. */
    static ExampleQueries load(Path folder, String base) {
        List<Example> found = new ArrayList<>(load(folder).list());
        found.add(ontologyExample());
        return new ExampleQueries(found.stream()
                .map(e -> new Example(e.title(), withPrefixes(e.sparql(), base))).toList());
    }

    /** The query over the ontology graph, which only this server has (the query command does not). */
    static Example ontologyExample() {
        try (java.io.InputStream in = ExampleQueries.class.getClassLoader().getResourceAsStream(ONTOLOGY_QUERY)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + ONTOLOGY_QUERY + ": the build copies it into the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Example(title(text, ONTOLOGY_QUERY), text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + ONTOLOGY_QUERY + " : " + e.getMessage(), e);
        }
    }

    /**
     * The project's queries use rg:, oa:, skos: … undeclared (the query command predeclares them);
     * the endpoint is plain SPARQL, so the page shows them with the missing PREFIX lines added.
     */
    static String withPrefixes(String sparql, String base) {
        StringBuilder prolog = new StringBuilder();
        new TreeMap<>(org.replygraph.graph.Prefixes.of(base).getNsPrefixMap()).forEach((p, ns) -> {
            if (!Pattern.compile("(?i)PREFIX\\s{1,20}" + p + ":").matcher(sparql).find()) {
                prolog.append("PREFIX ").append(p).append(": <").append(ns).append(">\n");
            }
        });
        // After the leading comment lines, so the query's own title stays on top.
        int at = 0;
        while (at < sparql.length() && sparql.startsWith("#", at)) {
            int nl = sparql.indexOf('\n', at);
            at = nl < 0 ? sparql.length() : nl + 1;
        }
        String head = sparql.substring(0, at);
        return head + (head.isEmpty() || head.endsWith("\n") ? "" : "\n") + prolog + sparql.substring(at);
    }

    static ExampleQueries load(Path folder) {
        if (folder != null && Files.isDirectory(folder)) {
            return new ExampleQueries(withFallback(read(folder)));
        }
        URL url = ExampleQueries.class.getClassLoader().getResource("queries");
        if (url == null) {
            return new ExampleQueries(List.of(FALLBACK));
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return new ExampleQueries(withFallback(read(jar.getPath("queries"))));
                }
            }
            return new ExampleQueries(withFallback(read(Path.of(uri))));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list example queries at " + url + " : " + e.getMessage(), e);
        }
    }

    private static List<Example> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Example> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                out.add(new Example(title(text, p.getFileName().toString()), text));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read example queries in " + folder + " : " + e.getMessage(), e);
        }
    }

    private static List<Example> withFallback(List<Example> found) {
        return found.isEmpty() ? List.of(FALLBACK) : List.copyOf(found);
    }

    static String title(String text, String fileName) {
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                String title = t.replaceFirst("^#+", "").strip();
                if (!title.isEmpty()) {
                    return title;
                }
            } else if (!t.isEmpty()) {
                break;
            }
        }
        return fileName.replaceFirst("\\.rq$", "");
    }
}
