package org.replygraph.text;

import java.util.List;

/**
 * A site's menu bar: a line of short items split by {@code |} naming at least two site functions,
 * e.g. {@code 湖北政府网 ||邮箱|计划管理|工作后台 |登录|注册}. A table row such as
 * {@code 主办单位(分办单位): | 科技厅 |} names no site function and stays.
 */
record MenuBarRule(String example, String exampleRest) implements ChromeRule {
    /** Items only a site's navigation carries, never a letter. */
    private static final List<String> SITE_FUNCTIONS = List.of("登录", "注册", "邮箱", "工作后台", "无障碍", "English",
            "繁体", "简体", "设为首页", "加入收藏", "网站地图", "手机版", "智能问答", "长者模式", "关怀版");
    private static final int MAX_ITEM = 12;

    @Override
    public String name() {
        return "menu-bar";
    }

    @Override
    public void find(String text, Spans spans) {
        int lastLine = -1;
        for (String anchor : SITE_FUNCTIONS) {
            for (int p = text.indexOf(anchor); p >= 0; p = text.indexOf(anchor, p + 1)) {
                int start = text.lastIndexOf('\n', p - 1) + 1;
                if (start == lastLine) continue;
                int end = ChromeRule.lineEnd(text, p);
                if (isMenu(text.substring(start, end))) {
                    spans.add(start, end);
                    lastLine = start;
                }
            }
        }
    }

    private static boolean isMenu(String line) {
        String[] items = line.split("\\|", -1);
        if (items.length < 4) return false;
        int functions = 0;
        for (String item : items) {
            String it = item.strip();
            if (it.length() > MAX_ITEM) return false;
            if (SITE_FUNCTIONS.contains(it)) functions++;
        }
        return functions >= 2;
    }
}
