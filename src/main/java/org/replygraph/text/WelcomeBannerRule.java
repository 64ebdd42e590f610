package org.replygraph.text;

import java.util.regex.Pattern;

/**
 * A news mirror's welcome banner and the site name printed above it, e.g. the first two lines of
 * <pre>
 * 政讯通中心
 * 欢迎访问土地时评网!
 * 对十四届全国人大二次会议第2664号建议的答复摘要
 * </pre>
 * The banner is a whole line that welcomes the reader to a site (网, 网站, 平台, 门户 …); the line above it goes too when it
 * is a short name alone (a logo's text: no colon, digit or sentence). A sentence that welcomes someone stays:
 * {@code 欢迎社会资本参与乡村道路建设。}
 */
record WelcomeBannerRule(String example, String exampleRest) implements ChromeRule {
    static final Pattern BANNER = Pattern.compile(
            "(?:热烈)?欢迎(?:您)?(?:访问|来到|光临|进入|登录)[^\\n。,,;]{1,30}?(?:网|网站|站|平台|门户|中心|系统|频道)(?:!|!|。)?");
    /** A site's name alone on its line: Han, Latin letters and spaces only. */
    static final Pattern SITE_NAME = Pattern.compile("[\\p{IsHan}A-Za-z ]{2,12}");

    @Override
    public String name() {
        return "welcome-banner";
    }

    @Override
    public void find(String text, Spans spans) {
        for (int p = text.indexOf("欢迎"); p >= 0; p = text.indexOf("欢迎", p + 1)) {
            int start = text.lastIndexOf('\n', p - 1) + 1;
            int end = ChromeRule.lineEnd(text, p);
            if (!BANNER.matcher(text).region(start, end).matches()) continue;
            spans.add(start, end);
            if (start == 0) continue;
            int above = text.lastIndexOf('\n', start - 2) + 1;
            if (SITE_NAME.matcher(text).region(above, start - 1).matches()) spans.add(above, start - 1);
        }
    }
}
