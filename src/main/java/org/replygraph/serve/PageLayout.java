package org.replygraph.serve;

/** Transitional: a page whose body is still built in Java, framed by {@code layout.mustache}. */
final class PageLayout {
    private PageLayout() { }

    static String page(String title, String body) {
        return page(title, body, java.util.List.of());
    }

    static String page(String title, String body, java.util.List<Alternates.Alternate> alternates) {
        return Templates.bundled().page("legacy", title, alternates, new Legacy(body));
    }

    record Legacy(String body) { }
}
