package org.replygraph.serve;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The HTML of every page, from the Mustache templates in {@code src/main/resources/serve/templates}:
 * compiled once, when the class loads, into an immutable map (a compiled template is safe to run from
 * many threads), then filled with a page's view, a record of what it shows. Renderers build the view
 * and stay pure: {@code render(...)} returns a String and is tested without HTTP.
 * <pre>{@code
 * Templates.bundled().page("error", "404", List.of(), new ErrorPage.View(404, "No entity at agency/x"));
 * Templates.bundled().render("pager", Pager.of("/?page=", 2, 3, "#letters"));   // ← 上一页 2 / 3 下一页 →
 * }</pre>
 * <p>{@code {{x}}} is HTML-escaped by {@link Html#escape} ({@code < > & " '}, the escaping the pages
 * always had; Mustache's own would also turn {@code =} in every {@code ?page=} into {@code &#61;}).
 * No template uses unescaped output ({@code {{{x}}}} or {@code {{& x}}}): every fragment, the marked
 * letter text and the neighbourhood picture included, is a template over escaped values, and
 * {@code TemplatesTest} fails if one appears. A page's body reaches the layout by template
 * inheritance ({@code {{<layout}}{{$main}}…{{/main}}{{/layout}}}), not as a string.
 * <p>Line breaks and the indentation after them are dropped when a template is read, so templates are
 * indented for reading while pages stay as compact as the strings they replace; a space that matters
 * ({@code </a> <small>}) stays inside a line.
 */
final class Templates {
    /** Every template, compiled at start-up; a page names one of these. */
    static final List<String> NAMES = List.of("layout", "error", "link", "pager", "term", "marked", "home", "letters",
            "entity", "properties", "evidence", "sentences", "inbound", "neighbourhood", "class", "vocabulary", "query",
            "search");
    static final String ROOT = "serve/templates/";
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n[ \\t]*");
    private static final Templates BUNDLED = new Templates();

    private final Map<String, Mustache> compiled;

    private Templates() {
        Factory factory = new Factory();
        Map<String, Mustache> out = new LinkedHashMap<>();
        for (String name : NAMES) {
            out.put(name, factory.compile(name + ".mustache"));
        }
        this.compiled = Map.copyOf(out);
    }

    /** The templates shipped in the jar. */
    static Templates bundled() {
        return BUNDLED;
    }

    /** The template {@code name} filled from {@code scopes} (later scopes are searched first). */
    String render(String name, Object... scopes) {
        Mustache m = compiled.get(name);
        if (m == null) {
            throw new IllegalArgumentException("Illegal template=" + name + " : must be one of " + NAMES);
        }
        StringWriter out = new StringWriter(4096);
        m.execute(out, scopes);
        return out.toString();
    }

    /** A whole page: {@code name} extends the layout, which titles it and links its other formats. */
    String page(String name, String title, List<Alternates.Alternate> alternates, Object view) {
        return render(name, new Layout(title, alternates), view);
    }

    /** What the layout shows besides the page's own body. */
    record Layout(String pageTitle, List<Alternates.Alternate> alternates) { }

    /** A template file as written, its line breaks and indentation dropped. */
    static String read(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new MustacheException("No template " + resource + " on the class path");
            }
            return LINE_BREAK.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mustache with the pages' escaping and the compacting reader. */
    private static final class Factory extends DefaultMustacheFactory {
        Factory() {
            super(ROOT);
        }

        @Override
        public Reader getReader(String resourceName) {
            return new StringReader(read(ROOT + resourceName));
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Html.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
