package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The page templates: every file compiles at start-up, none writes unescaped output, values are
 * escaped the way the pages always were, and the small shared views (error page, link, pager) render
 * as before, without HTTP.
 */
class TemplatesTest {
    private static final Path FOLDER = Path.of("src/main/resources", Templates.ROOT);

    @Test
    void everyTemplateFileIsCompiledAtStartUpAndEveryNameHasAFile() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(FOLDER)) {
            s.map(p -> p.getFileName().toString()).forEach(files::add);
        }
        TreeSet<String> named = new TreeSet<>();
        Templates.NAMES.forEach(n -> named.add(n + ".mustache"));
        assertEquals(named, files);
        assertTrue(Templates.bundled().render("pager", Pager.of("/?page=", 1, 2, "").orElseThrow()).contains("1 / 2"));
    }

    @Test
    void noTemplateWritesUnescapedOutput() throws IOException {
        try (Stream<Path> s = Files.list(FOLDER)) {
            for (Path p : s.toList()) {
                String text = Files.readString(p);
                assertFalse(text.contains("{{{"), p + " uses {{{…}}}: unescaped output");
                assertFalse(text.matches("(?s).*\\{\\{\\s*&.*"), p + " uses {{&…}}: unescaped output");
            }
        }
    }

    @Test
    void anUnknownTemplateIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Templates.bundled().render("nope"));
        assertTrue(e.getMessage().startsWith("Illegal template=nope : must be one of [layout, error"), e.getMessage());
    }

    @Test
    void theErrorPageEscapesItsMessageAndLinksItsAlternates() {
        String html = ErrorPage.render(404, "No entity at <script>alert('x')</script>&?page=2",
                List.of(new Alternates.Alternate("/id/a.ttl?x=1&y=\"2\"", "text/turtle")));
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"), html);
        assertTrue(html.contains("<title>404 · ReplyGraph</title>"), html);
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/id/a.ttl?x=1&amp;y=&quot;2&quot;\">"), html);
        assertTrue(html.contains("<main><h1>404</h1><p>No entity at &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;?page=2</p></main>"
                + "<script src=\"/static/search.js\"></script></body></html>"), html);
        assertFalse(ErrorPage.render(400, "x", List.of()).contains("rel=\"alternate\""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/id/x | <a href=\"/id/x\">a&lt;b</a>",
        "https://www.wikidata.org/wiki/Q123 | <a href=\"https://www.wikidata.org/wiki/Q123\">a&lt;b</a>",
        "?page=2&sort=letters | <a href=\"?page=2&amp;sort=letters\">a&lt;b</a>",
        "JavaScript:alert(1) | a&lt;b",
        "data:text/html,x | a&lt;b",
        "//evil.example/x | a&lt;b",
    })
    void onlyLocalPathsAndHttpIrisBecomeLinks(String href, String html) {
        assertEquals(html, Templates.bundled().render("link", Link.of(href, "a<b")));
    }

    @ParameterizedTest(name = "page {1} of {2}")
    @CsvSource(delimiter = '|', value = {
        "/?page= | 1 | 3 | #letters | <p class=\"pager\">1 / 3 <a href=\"/?page=2#letters\">下一页 →</a></p>",
        "/?page= | 2 | 3 | #letters | <p class=\"pager\"><a href=\"/?page=1#letters\">← 上一页</a> 2 / 3 <a href=\"/?page=3#letters\">下一页 →</a></p>",
        "/class/Document?page= | 3 | 3 | '' | <p class=\"pager\"><a href=\"/class/Document?page=2\">← 上一页</a> 3 / 3</p>",
        "/a?page= | 9 | 3 | '' | <p class=\"pager\"><a href=\"/a?page=3\">← 上一页</a> 3 / 3</p>",
    })
    void thePagerLinksThePagesAround(String href, int current, int pages, String suffix, String html) {
        assertEquals(html, Templates.bundled().render("pager", Pager.of(href, current, pages, suffix).orElseThrow()));
    }

    @Test
    void oneOrNoPageHasNoPager() {
        assertEquals(java.util.Optional.empty(), Pager.of("/?page=", 1, 1, ""));
        assertEquals(java.util.Optional.empty(), Pager.of("/?page=", 1, 0, ""));
    }
}
