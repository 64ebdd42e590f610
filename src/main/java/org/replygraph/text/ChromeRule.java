package org.replygraph.text;

/**
 * One kind of web-site chrome (breadcrumbs, share buttons, footers) that a saved page leaves in a
 * letter's text, e.g. {@code 已阅 0} in {@code 已阅 0 打印 关闭}.
 */
interface ChromeRule {
    /** A short name for messages and tests, e.g. {@code read-count}. */
    String name();

    /** A real line holding this chrome, e.g. {@code 已阅 0 打印 关闭}. */
    String example();

    /** What is left of {@link #example()} once all chrome is removed; "" when the line goes. */
    String exampleRest();

    /** Adds the [start, end) spans of {@code text} that are this chrome to {@code spans}. */
    void find(String text, Spans spans);

    /** Line bounds helper: the index of the '\n' ending the line holding {@code p}, or text length. */
    static int lineEnd(String text, int p) {
        int nl = text.indexOf('\n', p);
        return nl < 0 ? text.length() : nl;
    }
}
