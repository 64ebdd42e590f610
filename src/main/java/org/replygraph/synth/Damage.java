package org.replygraph.synth;

import java.util.SplittableRandom;

/**
 * What publishing does to a letter: site chrome around it (breadcrumbs, 字体 switches, 扫一扫 lines)
 * and, in the body only, pinyin readings pasted after characters (業(yè)) and transcoding marks
 * (能力?!苯), as in the seeds. The fields a letter states are never damaged.
 */
final class Damage {
    private static final String[] TOP = {
        "您当前的位置:首页 > 政务公开 > 建议提案办理 > 正文", "首页 >  建议提案 >  人大建议 >  正文",
        "当前位置 : 首页 > 信息公开 > 政策文件", "字体:【大 中 小】 打印本页 关闭窗口",
    };
    private static final String[] BOTTOM = {
        "扫一扫在手机打开当前页", "【打印本页】【关闭窗口】", "Copyright @ 版权所有:", "分享到: 微信 微博",
    };
    private static final String[] READINGS = {"(yè)", "(zhuǎn)", "(jí)", "(chuàng)", "(xīn)", "(fā)", "(zhǎn)"};

    private Damage() { }

    static String chrome(SplittableRandom r, String text) {
        return TOP[r.nextInt(TOP.length)] + "\n\n" + text + "\n" + BOTTOM[r.nextInt(BOTTOM.length)] + "\n";
    }

    static String inBody(SplittableRandom r, String body) {
        StringBuilder b = new StringBuilder(body);
        int marks = 2 + r.nextInt(4);
        for (int k = 0; k < marks; k++) {
            int at = 10 + r.nextInt(Math.max(1, b.length() - 20));
            if (!isHan(b.charAt(at - 1)) || !isHan(b.charAt(at))) continue;
            b.insert(at, r.nextInt(3) == 0 ? "?!" : READINGS[r.nextInt(READINGS.length)]);
        }
        return b.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
