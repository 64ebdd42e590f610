package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.Located;

/**
 * Reads the reply category: "类别:B", "类  别:B", "类别:A类", "办理结果:B类", or a line that is only
 * "A类", also bracketed "(A类)", or bracketed at the end of the heading "…的答复(B类)".
 */
public final class CategoryParser {
    private static final Pattern LABELLED = Pattern.compile("类\\h{0,4}别\\h{0,2}[::]?\\h{0,2}([ABCabc])(?![A-Za-z0-9])");
    private static final Pattern RESULT = Pattern.compile("(?:办理结果|办理类别|答复类别|办复类别)\\h{0,2}[::]?\\h{0,2}([ABC])\\h{0,2}类");
    /** At the end of the heading line: "关于市政协十五届三次会议第103号提案的答复(B类)". */
    private static final Pattern HEADING_END = Pattern.compile("(?m)(?:答复|复函|答复函|的函)\\h{0,2}[((]\\h{0,2}([ABC])\\h{0,2}类\\h{0,2}[))]\\h*$");
    private static final Pattern LINE = Pattern.compile(
            "(?m)^\\h{0,8}(?:[((]\\h{0,2})?([ABC])\\h{0,2}类\\h{0,2}(?:[((][^()()\\n]{1,20}[))])?\\h{0,2}[))]?\\h*$");

    /** The first category within [from, to). */
    public Optional<Located<String>> find(String text, int from, int to) {
        for (Pattern p : new Pattern[] {LABELLED, RESULT, LINE, HEADING_END}) {
            Matcher m = p.matcher(text).region(from, to);
            if (m.find())
                return Optional.of(Located.at(m.group(1).toUpperCase(java.util.Locale.ROOT), m.start(1), m.end(1)));
        }
        return Optional.empty();
    }
}
