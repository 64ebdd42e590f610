package org.replygraph.serve;

/**
 * HTML escaping for every string that came from a letter or a query: {@code <script>} in a title
 * becomes {@code &lt;script&gt;}. Attribute values are escaped the same way and always double-quoted.
 */
final class Html {
    private Html() { }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code <a href="...">text</a>} with both parts escaped, when the target is a path on this server
     * or an http(s) IRI; any other scheme ({@code javascript:}, {@code data:}, {@code vbscript:} from
     * loaded RDF) is shown as text, never as a link.
     */
    static String link(String href, String text) {
        if (!linkable(href)) {
            return escape(text);
        }
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }

    /** A path on this server ({@code /id/x}, not {@code //host}) or an absolute http(s) IRI. */
    static boolean linkable(String href) {
        if (href == null || href.isEmpty()) {
            return false;
        }
        if (href.charAt(0) == '/') {
            return href.length() == 1 || href.charAt(1) != '/' && href.charAt(1) != '\\';
        }
        if (href.charAt(0) == '?' || href.charAt(0) == '#') {
            return true;
        }
        String lower = href.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
