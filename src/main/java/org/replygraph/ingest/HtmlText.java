package org.replygraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page as plain text: one line per block element, the cells of a table row joined
 * with {@code " | "}, scripts and styles dropped.
 *
 * <pre>{@code
 * HtmlText.toText("<p>王明代表:</p><table><tr><td>索引号</td><td>ynsgxw-1-13202</td></tr></table>");
 * // "王明代表:\n索引号 | ynsgxw-1-13202"
 * }</pre>
 */
public final class HtmlText {
    /** Elements that start and end a line, as a browser lays them out. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "table", "ul", "ol", "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "aside", "main",
            "blockquote", "pre", "form", "hr", "address", "figure", "figcaption", "caption", "center", "title");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "svg", "select", "button");
    /** A charset named in the first bytes of a page: {@code <meta charset="gb2312">} or {@code content="text/html; charset=gbk"}. */
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s{0,3}=\\s{0,3}[\"']?([A-Za-z0-9_\\-]{2,20})");
    private static final int META_WINDOW = 4096;
    private static final String LAYOUT_INSIDE_CELLS = "td p, td div, td br, td table, td li, td h1, td h2, td h3, td h4, "
            + "th p, th div, th br, th table";

    private HtmlText() {
    }

    /** Whether decoded text is clearly a whole HTML page, e.g. it opens with {@code <!DOCTYPE html>} or {@code <html>}. */
    public static boolean looksLikePage(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\ufeff')) i++;
        String head = text.substring(i, Math.min(text.length(), i + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** Whether raw bytes open like an HTML page (after optional white space). */
    static boolean bytesLookLikePage(byte[] bytes) {
        int n = Math.min(bytes.length, 64);
        return looksLikePage(new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
    }

    /** The charset a page declares in its first 4 KB, e.g. {@code gb2312}, or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        int at = head.toLowerCase(Locale.ROOT).indexOf("charset");
        if (at < 0) return null;
        Matcher m = META_CHARSET.matcher(head.toLowerCase(Locale.ROOT));
        return m.find(at) ? m.group(1) : null;
    }

    /** The page's text, one line per block element. */
    public static String toText(String html) {
        Document doc = Jsoup.parse(html);
        Lines lines = new Lines();
        doc.body().traverse(lines);
        return lines.text();
    }

    /** Walks the body, writing text nodes and breaking lines at block elements. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int dropDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (dropDepth > 0 || DROPPED.contains(tag)) {
                    dropDepth++;
                    return;
                }
                if (BLOCKS.contains(tag)) breakLine();
                if (tag.equals("td") || tag.equals("th")) {
                    if (!isDataRow(e.parent())) breakLine();
                    else if (e.elementSiblingIndex() > 0) out.append(" | ");
                }
            } else if (node instanceof TextNode t && dropDepth == 0) {
                appendCollapsed(t.getWholeText());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (dropDepth > 0) {
                dropDepth--;
                return;
            }
            String tag = e.normalName();
            if (BLOCKS.contains(tag) || ((tag.equals("td") || tag.equals("th")) && !isDataRow(e.parent()))) breakLine();
        }

        /**
         * Whether a table row holds data cells (joined on one line) rather than page layout: a cell
         * holding paragraphs, breaks or tables is layout, e.g. {@code <td><p>李华委员:</p>…</td>}.
         */
        private static boolean isDataRow(Element row) {
            return row == null || row.select(LAYOUT_INSIDE_CELLS).isEmpty();
        }

        /** Appends text with runs of HTML white space as one space; NBSP and U+3000 stay for the cleaner. */
        private void appendCollapsed(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
                if (!space) {
                    out.append(c);
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            }
        }

        private void breakLine() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') n--;
            out.setLength(n);
            if (n > 0 && out.charAt(n - 1) != '\n') out.append('\n');
        }

        String text() {
            breakLine();
            int n = out.length();
            if (n > 0 && out.charAt(n - 1) == '\n') out.setLength(n - 1);
            return out.toString();
        }
    }
}
