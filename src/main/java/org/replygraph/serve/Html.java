package org.replygraph.serve;

/**
 * HTML escaping for every value a template writes ({@link Templates}): {@code <script>} in a title
 * becomes {@code &lt;script&gt;}. Attribute values are escaped the same way and always double-quoted
 * in the templates. And which targets may be links at all ({@link #linkable}).
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
