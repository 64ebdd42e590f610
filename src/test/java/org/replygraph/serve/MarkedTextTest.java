package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mark renderer without HTTP: nested, adjacent, crossing and repeated spans, escaping. */
class MarkedTextTest {

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("nested: the centre and the field inside its name",
                "依托国家增材制造创新中心建设", List.of(span(2, 12, "centre"), span(4, 8, "field")),
                "依托<mark id=\"m-2-12\"><a href=\"/id/centre\" title=\"centre\">国家</a>"
                    + "<mark id=\"m-4-8\"><a href=\"/id/field\" title=\"field\">增材制造</a></mark>"
                    + "<a href=\"/id/centre\" title=\"centre\">创新中心</a></mark>建设"),
            Arguments.of("adjacent: two names touching",
                "省工信厅省科技厅", List.of(span(0, 4, "a"), span(4, 8, "b")),
                "<mark id=\"m-0-4\"><a href=\"/id/a\" title=\"a\">省工信厅</a></mark>"
                    + "<mark id=\"m-4-8\"><a href=\"/id/b\" title=\"b\">省科技厅</a></mark>"),
            Arguments.of("crossing: the second is closed with the first and reopened without an id",
                "西安交通大学医院", List.of(span(0, 6, "uni"), span(2, 8, "x")),
                "<mark id=\"m-0-6\"><a href=\"/id/uni\" title=\"uni\">西安</a>"
                    + "<mark id=\"m-2-8\"><a href=\"/id/x\" title=\"x\">交通大学</a></mark></mark>"
                    + "<mark class=\"cont\"><a href=\"/id/x\" title=\"x\">医院</a></mark>"),
            Arguments.of("same words, two entities: one id, the inner link wins",
                "工信部", List.of(span(0, 3, "agency"), span(0, 3, "other")),
                "<mark id=\"m-0-3\"><mark class=\"cont\"><a href=\"/id/other\" title=\"other\">工信部</a></mark></mark>"),
            Arguments.of("script in the letter text and quotes in a label are escaped",
                "<script>alert(\"x\")</script>&省工信厅", List.of(new MarkedText.Span(28, 32, "m-28-32", "/id/a?b=1&c=\"2\"", "<b>")),
                "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;"
                    + "<mark id=\"m-28-32\"><a href=\"/id/a?b=1&amp;c=&quot;2&quot;\" title=\"&lt;b&gt;\">省工信厅</a></mark>"),
            Arguments.of("spans outside the text or empty are left out",
                "答复", List.of(span(1, 5, "far"), span(1, 1, "empty"), span(-1, 1, "negative")),
                "答复"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void marks(String what, String text, List<MarkedText.Span> spans, String expected) {
        String html = MarkedText.render(text, spans);
        assertEquals(expected, html);
        Element parsed = Jsoup.parseBodyFragment(html).body();
        assertEquals(text, parsed.wholeText(), "the marks keep every character of the text");
        assertTrue(parsed.select("a a").isEmpty(), "no link inside a link");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMarkIsClosedInTheOrderItWasOpened(String what, String text, List<MarkedText.Span> spans, String expected) {
        String html = MarkedText.render(text, spans);
        List<String> open = new ArrayList<>();
        java.util.regex.Matcher tags = java.util.regex.Pattern.compile("<(/?)(mark|a)\\b").matcher(html);
        while (tags.find()) {
            if (tags.group(1).isEmpty()) {
                open.add(tags.group(2));
            } else {
                assertEquals(tags.group(2), open.remove(open.size() - 1), html);
            }
        }
        assertTrue(open.isEmpty(), html);
    }

    private static MarkedText.Span span(int start, int end, String name) {
        return new MarkedText.Span(start, end, "m-" + start + "-" + end, "/id/" + name, name);
    }
}
