package org.replygraph.serve;

/**
 * Removes {@code #} comments from a SPARQL query before it is parsed, keeping every line break (so
 * a parse error's line number still points at the caller's line). ARQ's generated parser reads one
 * long token in time that grows faster than its length (a 0.5 MB comment took 0.9 s, 1 MB 3.3 s),
 * while this pass is linear. It follows SPARQL's lexer: a {@code #} inside a string
 * ({@code "a#b"}, {@code '''…'''}) or an IRI ({@code <http://x#y>}) is kept; a {@code <} starts an
 * IRI only when an IRIREF token can be read from it, as in {@code FILTER(?a < ?b)} it cannot.
 * <pre>{@code
 * SparqlComments.strip("ASK { <http://x#y> ?p '#' } # why") -> "ASK { <http://x#y> ?p '#' } "
 * }</pre>
 */
final class SparqlComments {
    private SparqlComments() { }

    static String strip(String query) {
        if (query.indexOf('#') < 0) {
            return query;
        }
        StringBuilder out = new StringBuilder(query.length());
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            if (c == '#') {
                while (i < n && query.charAt(i) != '\n' && query.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                int end = stringEnd(query, i);
                out.append(query, i, end);
                i = end;
            } else if (c == '<') {
                int end = iriEnd(query, i);
                out.append(query, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The longest string literal, IRI or run of other non-space characters in {@code query} (after
     * {@link #strip}): ARQ's parser reads a long token super-linearly too (an 800,000-char string,
     * IRI or variable name: ~2 s), so the endpoint refuses a query whose longest token passes a limit.
     */
    static int longestToken(String query) {
        int longest = 0;
        int n = query.length();
        int i = 0;
        int run = 0;
        while (i < n) {
            char c = query.charAt(i);
            int end = c == '"' || c == '\'' ? stringEnd(query, i) : c == '<' ? iriEnd(query, i) : i + 1;
            if (end - i > 1) {
                longest = Math.max(longest, end - i);
                run = 0;
            } else if (Character.isWhitespace(c)) {
                run = 0;
            } else {
                run++;
                longest = Math.max(longest, run);
            }
            i = end;
        }
        return longest;
    }

    /** End (exclusive) of the string literal starting at {@code start}, long ({@code """}) or short; at most the text's end. */
    private static int stringEnd(String q, int start) {
        char quote = q.charAt(start);
        int n = q.length();
        boolean isLong = start + 2 < n && q.charAt(start + 1) == quote && q.charAt(start + 2) == quote;
        int i = start + (isLong ? 3 : 1);
        while (i < n) {
            char c = q.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (isLong) {
                if (c == quote && i + 2 < n && q.charAt(i + 1) == quote && q.charAt(i + 2) == quote) {
                    return i + 3;
                }
                i++;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' || c == '\r') {
                return i; // not a string after all; the parser will say so
            } else {
                i++;
            }
        }
        return n;
    }

    /** End (exclusive) of an IRIREF at {@code start}, or {@code start + 1} when {@code <} is an operator. */
    private static int iriEnd(String q, int start) {
        for (int i = start + 1; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c <= ' ' || "<\"{}|^`\\".indexOf(c) >= 0) {
                return start + 1;
            }
        }
        return start + 1;
    }
}
