package org.replygraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text with marked spans ({@code marked.mustache}), spans allowed to nest, touch or cross:
 * "依托国家增材制造创新中心" with 国家增材制造创新中心 [2,12) and 增材制造 [4,8) becomes
 * {@code 依托<mark id="m-2-12"><a …>国家</a><mark id="m-4-8"><a …>增材制造</a></mark><a …>创新中心</a></mark>}.
 * <p>Why this shape: marks may nest in HTML but links may not, so only the text runs are links, each
 * to the innermost span around it; a span that crosses the end of another is closed and reopened
 * (the second piece carries no id). The text is cut into {@link Token}s here; the template writes
 * them, escaping every character of the text.
 * <pre>{@code
 * String html = MarkedText.render(text, List.of(new MarkedText.Span(2, 12, "m-2-12", "/id/centre/x", "国家增材制造创新中心")));
 * }</pre>
 */
final class MarkedText {
    /**
     * One span to mark.
     *
     * @param start first char, inclusive
     * @param end last char, exclusive
     * @param anchor the id the mark carries, so {@code page#anchor} lands on it
     * @param href where its words link to
     * @param title the tooltip, the entity's label
     */
    record Span(int start, int end, String anchor, String href, String title) { }

    /**
     * One step of the marked text, in this order: close a mark; open one with an id ({@code open}) or
     * a continued one ({@code cont}); then a run of words, a link when {@code href} is set.
     */
    record Token(boolean close, boolean open, String id, boolean cont, String text, String href, String title) {
        static final Token CLOSE = new Token(true, false, null, false, null, null, null);

        static Token open(String id) {
            return new Token(false, true, id, false, null, null, null);
        }

        static final Token CONT = new Token(false, false, null, true, null, null, null);

        static Token words(String text, String href, String title) {
            return new Token(false, false, null, false, text, href, title);
        }
    }

    /** What {@code marked.mustache} writes. */
    record View(List<Token> tokens) { }

    /** Outer spans first: earlier start, then longer; ties in the given order. */
    private static final Comparator<Indexed> NESTING = Comparator.comparingInt((Indexed s) -> s.span.start())
            .thenComparing(s -> -s.span.end()).thenComparingInt(s -> s.order);

    private record Indexed(Span span, int order) { }

    private MarkedText() { }

    /** The escaped text with its spans marked; spans outside the text or empty are left out. */
    static String render(String text, List<Span> spans) {
        return Templates.bundled().render("marked", view(text, spans));
    }

    /** The text cut into tokens. */
    static View view(String text, List<Span> spans) {
        List<Indexed> usable = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() > s.start() && s.end() <= text.length()) {
                usable.add(new Indexed(s, usable.size()));
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        List<Token> tokens = new ArrayList<>();
        List<Indexed> open = new ArrayList<>();
        Set<String> anchorsUsed = new HashSet<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<Indexed> covering = covering(usable, from, to);
            int keep = commonPrefix(open, covering);
            for (int i = open.size() - 1; i >= keep; i--) {
                tokens.add(Token.CLOSE);
                open.remove(i);
            }
            for (int i = keep; i < covering.size(); i++) {
                Indexed s = covering.get(i);
                boolean first = s.span.start() == from && anchorsUsed.add(s.span.anchor());
                tokens.add(first ? Token.open(s.span.anchor()) : Token.CONT);
                open.add(s);
            }
            String words = text.substring(from, to);
            if (open.isEmpty()) {
                tokens.add(Token.words(words, null, null));
            } else {
                Span inner = open.get(open.size() - 1).span;
                tokens.add(Token.words(words, inner.href(), inner.title()));
            }
        }
        for (int i = 0; i < open.size(); i++) {
            tokens.add(Token.CLOSE);
        }
        return new View(tokens);
    }

    private static List<Indexed> covering(List<Indexed> spans, int from, int to) {
        List<Indexed> out = new ArrayList<>();
        for (Indexed s : spans) {
            if (s.span.start() <= from && s.span.end() >= to) {
                out.add(s);
            }
        }
        out.sort(NESTING);
        return out;
    }

    private static int commonPrefix(List<Indexed> a, List<Indexed> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }
}
