package org.replygraph.serve;

/**
 * The "← 上一页 2 / 3 下一页 →" line under a paged list; {@code href} is the link up to the number,
 * e.g. {@code /id/agency/a.html?page=}, {@code suffix} what follows it ({@code #letters}).
 */
final class Pager {
    private Pager() { }

    static String html(String href, int current, int pages, String suffix) {
        if (pages <= 1) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"pager\">");
        if (current > 1) {
            sb.append(Html.link(href + Math.min(current - 1, pages) + suffix, "← 上一页")).append(' ');
        }
        sb.append(Math.min(current, pages)).append(" / ").append(pages);
        if (current < pages) {
            sb.append(' ').append(Html.link(href + (current + 1) + suffix, "下一页 →"));
        }
        return sb.append("</p>").toString();
    }
}
