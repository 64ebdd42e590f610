package org.replygraph.serve;

import java.util.Optional;

/**
 * The "← 上一页 2 / 3 下一页 →" line under a paged list ({@code pager.mustache}); {@code href} is the link
 * up to the number, e.g. {@code /id/agency/a.html?page=}, {@code suffix} what follows it ({@code #letters}).
 * <pre>{@code
 * Pager.of("/?page=", 2, 3, "#letters");   // prev /?page=1#letters, 2 / 3, next /?page=3#letters
 * Pager.of("/?page=", 1, 1, "");           // empty: one page needs no pager
 * }</pre>
 *
 * @param prev the previous page, null on the first
 * @param current the page shown
 * @param pages how many
 * @param next the next page, null on the last
 */
record Pager(String prev, int current, int pages, String next) {
    static Optional<Pager> of(String href, int current, int pages, String suffix) {
        if (pages <= 1) {
            return Optional.empty();
        }
        return Optional.of(new Pager(current > 1 ? href + Math.min(current - 1, pages) + suffix : null,
                Math.min(current, pages), pages, current < pages ? href + (current + 1) + suffix : null));
    }
}
