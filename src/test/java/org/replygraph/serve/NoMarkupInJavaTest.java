package org.replygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages' markup lives in the templates ({@code src/main/resources/serve/templates}), not in Java:
 * no string literal in the serve package holds an HTML or SVG tag ({@code "<div"}, {@code "</td>"},
 * {@code "<a href="}); comments and Javadoc may show them, and SPARQL's {@code "<" + iri + ">"} is no tag.
 */
class NoMarkupInJavaTest {
    private static final Path SERVE = Path.of("src/main/java/org/replygraph/serve");
    /** An opening or closing tag of an element a page could use. */
    private static final Pattern TAG = Pattern.compile("</?(html|head|body|main|header|footer|nav|section|div|span|p|a|"
            + "h[1-6]|table|thead|tbody|tr|td|th|ul|ol|li|dl|dt|dd|script|style|link|meta|title|form|input|button|select|option|"
            + "label|textarea|pre|code|q|mark|small|strong|em|b|i|br|hr|img|iframe|svg|line|circle|text|g|path)(?![\\w:-])",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noJavaClassInServeBuildsMarkup() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(SERVE)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                files++;
                for (String literal : stringLiterals(Files.readString(p))) {
                    if (TAG.matcher(literal).find()) {
                        found.add(p.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertTrue(files > 50, "the serve package is where it was: " + files + " files");
        assertEquals(List.of(), found, "markup belongs in a template under src/main/resources/serve/templates");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'String s = \"<div class=\\\"x\\\">\" + y;' | '<div class=\\\"x\\\">' | true",
        "'sb.append(\"</td><td>\");' | '</td><td>' | true",
        "'x = \"<A HREF=\" + h;' | '<A HREF=' | true",
        "'q = \"SELECT * { ?s a <\" + iri + \"> }\";' | 'SELECT * { ?s a <' | false",
        "'// sb.append(\"<div>\");' | '' | false",
        "'/** {@code <table>} */ int n = 1;' | '' | false",
        "'char c = ''<''; s = \"a < b\";' | 'a < b' | false",
        "'t = \"<text-anchor\"; u = \"<a:b>\";' | '<text-anchor' | false",
    })
    void theScanReadsStringLiteralsOnly(String source, String firstLiteral, boolean markup) {
        List<String> literals = stringLiterals(source);
        assertEquals(firstLiteral, literals.isEmpty() ? "" : literals.get(0), source);
        assertEquals(markup, literals.stream().anyMatch(l -> TAG.matcher(l).find()), source);
    }

    /** The contents of the string literals (text blocks too) of a Java source, comments and char literals skipped. */
    static List<String> stringLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i) < 0 ? src.length() : src.indexOf('\n', i);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) < 0 ? src.length() : src.indexOf("*/", i + 2) + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                out.add(src.substring(i + 3, end < 0 ? src.length() : end));
                i = end < 0 ? src.length() : end + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder sb = new StringBuilder();
                int j = i + 1;
                while (j < src.length() && src.charAt(j) != c) {
                    if (src.charAt(j) == '\\' && j + 1 < src.length()) {
                        sb.append(src.charAt(j)).append(src.charAt(j + 1));
                        j += 2;
                    } else {
                        sb.append(src.charAt(j++));
                    }
                }
                if (c == '"') {
                    out.add(sb.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }
}
