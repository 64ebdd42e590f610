package org.replygraph.serve;

import java.util.Iterator;
import java.util.function.Predicate;

/**
 * Page arithmetic for every list a page shows, and the bound on how far a list is read. A total is
 * counted by walking the index range that answers the lookup ({@code ?s rg:issuedBy <agency>} is one
 * range of the POS index) and stops at {@value #CAP}: up to there the total is exact, past it the page
 * says "5000+" and pages no further (SPARQL gives the rest). So an uncached page reads at most a fixed
 * number of index entries per list, at 5 letters as at 100,000.
 * <pre>{@code
 * Paging p = Paging.of(120, false, 3, 50);   // rows 100..120 of 120, page 3 of 3
 * Paging.parse("2");                         // 2; "0", "x", "9999999" throw BadPageNumber (400)
 * }</pre>
 *
 * @param total items counted (at most CAP)
 * @param capped whether counting stopped at CAP
 * @param page the page shown, 1-based
 * @param size items per page
 */
record Paging(int total, boolean capped, int page, int size) {
    static final int CAP = 5000;

    static Paging of(int total, boolean capped, int page, int size) {
        return new Paging(total, capped, page, size);
    }

    int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    int from() {
        return Math.min(total, (page - 1) * size);
    }

    int to() {
        return Math.min(total, page * size);
    }

    /** "120", or "5000+" when counting stopped at the cap. */
    String totalText() {
        return capped ? total + "+" : Integer.toString(total);
    }

    /** A page number from a query parameter: absent is 1; anything but 1..999999 is a BadPageNumber. */
    static int parse(String param) {
        if (param == null) {
            return 1;
        }
        if (!param.matches("[0-9]{1,6}") || Integer.parseInt(param) < 1) {
            throw new BadPageNumber(param);
        }
        return Integer.parseInt(param);
    }

    /** Counts what {@code it} yields that {@code keep} accepts, stopping at {@value #CAP}; closes nothing. */
    static <T> int countCapped(Iterator<T> it, Predicate<T> keep) {
        int n = 0;
        while (n < CAP && it.hasNext()) {
            if (keep.test(it.next())) {
                n++;
            }
        }
        return n;
    }

    /** A page number that is no number: answered 400. */
    static final class BadPageNumber extends IllegalArgumentException {
        BadPageNumber(String param) {
            super("Illegal page=" + param + " : page must be a number from 1 to 999999");
        }
    }

    /** A page past the last one of every list: answered 404. */
    static final class PastLastPage extends RuntimeException {
        PastLastPage(int page, int last) {
            super("No page " + page + ": the last page is " + last);
        }
    }

    /** Throws PastLastPage when {@code page} is past {@code last}. */
    static void check(int page, int last) {
        if (page > last) {
            throw new PastLastPage(page, last);
        }
    }
}
