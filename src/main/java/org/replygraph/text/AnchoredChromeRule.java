package org.replygraph.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chrome found by a literal anchor and a regex matched right at it, e.g. anchor {@code 已阅} with
 * {@code 已阅\s?\d{1,9}} in {@code 已阅 0 打印 关闭}. The regex never scans: it is tried only where
 * {@link String#indexOf} found an anchor (performance-notes trap 6).
 *
 * @param lineStart whether the anchor must open its line (breadcrumbs); lines are trimmed by then
 * @param backHan   how many Han chars right before the anchor belong to the chrome (京 in 京ICP备…)
 * @param wordStart whether the anchor must not follow a Han char (来源: but not 资金来源:, 公开目录 but not 政府信息公开目录)
 */
record AnchoredChromeRule(String name, List<String> anchors, Pattern pattern, boolean lineStart, int backHan,
                          boolean wordStart, String example, String exampleRest) implements ChromeRule {

    static AnchoredChromeRule anywhere(String name, String regex, String example, String rest, String... anchors) {
        return new AnchoredChromeRule(name, List.of(anchors), Pattern.compile(regex), false, 0, false, example, rest);
    }

    static AnchoredChromeRule atLineStart(String name, String regex, String example, String rest, String... anchors) {
        return new AnchoredChromeRule(name, List.of(anchors), Pattern.compile(regex), true, 0, false, example, rest);
    }

    AnchoredChromeRule withBackHan(int count) {
        return new AnchoredChromeRule(name, anchors, pattern, lineStart, count, wordStart, example, exampleRest);
    }

    AnchoredChromeRule atWordStart() {
        return new AnchoredChromeRule(name, anchors, pattern, lineStart, backHan, true, example, exampleRest);
    }

    @Override
    public void find(String text, Spans spans) {
        Matcher m = null;
        for (String anchor : anchors) {
            for (int p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
                if (lineStart && p > 0 && text.charAt(p - 1) != '\n') continue;
                if (wordStart && p > 0 && Chars.isHan(text.charAt(p - 1))) continue;
                if (m == null) m = pattern.matcher(text);
                m.region(p, ChromeRule.lineEnd(text, p));
                if (!m.lookingAt()) continue;
                int start = p;
                while (start > 0 && p - start < backHan && Chars.isHan(text.charAt(start - 1))) start--;
                spans.add(start, m.end());
            }
        }
    }
}
