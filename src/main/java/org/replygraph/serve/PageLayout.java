package org.replygraph.serve;

/**
 * The frame every HTML page shares: head, inline style, navigation and search box. No external
 * assets, so pages work offline and behind any proxy.
 */
final class PageLayout {
    private PageLayout() { }

    private static final String STYLE = """
            body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;\
            margin:0;color:#222;line-height:1.5}
            header{background:#7a1f1f;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
            header a{color:#fff;text-decoration:none;font-weight:600}
            main{max-width:60em;margin:1em auto;padding:0 1em}
            h1 .alt{font-size:.55em;color:#666;font-weight:400;margin-left:.5em}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left;vertical-align:top}
            mark{background:#ffe066;padding:0 .1em}mark mark{background:#ffa94d;padding:0}.letter mark a{color:#222}.letter mark[id]{scroll-margin-top:35vh}.iri{color:#666;font-size:.85em;word-break:break-all}
            .types>span{background:#eee;border-radius:3px;padding:0 .4em;margin-right:.3em}
            .qname{color:#777;font-weight:400;font-size:.75em;font-family:ui-monospace,monospace}
            a [lang=en]{font-weight:400;font-size:.9em}.properties th{width:35%}table.classes{width:auto}.classes td{padding:.1em 1em .1em .3em}.letters td:first-child{white-space:nowrap}
            .lang{color:#888;font-size:.8em}.letter{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:1em}
            .evidence li{margin-bottom:.5em}#suggest{list-style:none;padding:0;margin:0;position:absolute;background:#fff;\
            border:1px solid #ccc;color:#222;min-width:20em;right:0;z-index:9}#suggest:empty{display:none}#suggest li a{display:block;padding:.2em .5em;color:#222}
            form.search{position:relative;margin-left:auto}textarea{width:100%;font-family:monospace}
            """;

    /** A complete page; {@code title} is escaped here, {@code body} must already be HTML. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · ReplyGraph</title><style>" + STYLE + "</style></head><body>"
                + "<header><a href=\"/\">ReplyGraph</a><a href=\"/query\">SPARQL</a>"
                + "<a href=\"/.well-known/void\">VoID</a><a href=\"/dump.ttl\">dump</a>"
                + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"搜索 / 搜尋 / sōusuǒ\" autocomplete=\"off\">"
                + "<button type=\"submit\">搜索</button><ul id=\"suggest\"></ul></form></header>"
                + "<main>" + body + "</main>" + SearchBoxScript.SCRIPT + "</body></html>\n";
    }
}
