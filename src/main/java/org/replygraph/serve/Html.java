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

    /** {@code <a href="...">text</a>} with both parts escaped. */
    static String link(String href, String text) {
        return "<a href=\"" + escape(href) + "\">" + escape(text) + "</a>";
    }
}
