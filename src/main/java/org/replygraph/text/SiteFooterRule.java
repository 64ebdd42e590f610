package org.replygraph.text;

import java.util.List;

/**
 * A site footer: who runs the site, with its address, post code or licence, e.g.
 * {@code 主办单位:新郑市人民政府办公室 地址:新郑市人民路186号 邮编:451100}. The footer runs from the
 * 主办/承办 label to the end of its line. A letter's metadata {@code 主办单位(分办单位): | 科技厅 |}
 * has none of 地址/邮编/ICP on its line and stays.
 */
record SiteFooterRule(String example, String exampleRest) implements ChromeRule {
    private static final List<String> LABELS = List.of("主办单位", "承办单位", "主办:", "承办:", "技术支持:");
    /** What only a site footer puts beside who runs the site. */
    private static final List<String> FOOTER_MARKS = List.of("地址:", "邮编", "邮政编码", "ICP", "网站标识码", "版权所有",
            "公网安备", "技术支持");

    @Override
    public String name() {
        return "site-footer";
    }

    @Override
    public void find(String text, Spans spans) {
        for (String label : LABELS) {
            for (int p = text.indexOf(label); p >= 0; p = text.indexOf(label, p + 1)) {
                int end = ChromeRule.lineEnd(text, p);
                String rest = text.substring(p + label.length(), end);
                for (String mark : FOOTER_MARKS) {
                    if (rest.contains(mark)) {
                        spans.add(p, end);
                        break;
                    }
                }
            }
        }
    }
}
