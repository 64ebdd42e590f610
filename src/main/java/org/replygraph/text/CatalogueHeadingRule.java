package org.replygraph.text;

import java.util.regex.Pattern;

/**
 * The site's catalogue column printed as a heading over the record's metadata, e.g. {@code 人大代表建议办理答复} above
 * {@code - 索引号: 20240913-222742-414}: a line of nothing but catalogue words (who proposes, the kind, how it was
 * handled), with no number, title or 关于, right above a metadata line. The letter's own heading names its proposal
 * ({@code 红河州科技局对州十三届人大一次会议第0126号建议的答复}) and stays; so does a catalogue line above prose.
 */
record CatalogueHeadingRule(String example, String exampleRest) implements ChromeRule {
    /** Catalogue words: 人大代表建议办理答复, 政协委员提案办理结果, 建议提案复文, 人大建议和政协提案. */
    static final String CATALOGUE = "(?:(?:全国|省|市|县|区|人大|政协|代表|委员)*(?:建议|提案|议案)(?:和|及|与|、)?)+"
            + "(?:办理)?(?:结果|情况|答复|回复|复文|复函)?(?:公开)?";
    private static final Pattern LINE = Pattern.compile(CATALOGUE);

    @Override
    public String name() {
        return "catalogue-heading";
    }

    @Override
    public void find(String text, Spans spans) {
        int start = 0;
        while (start < text.length()) {
            int end = ChromeRule.lineEnd(text, start);
            if (end > start && end - start <= 20 && end + 1 < text.length()
                    && LINE.matcher(text).region(start, end).matches() && isMetadataLine(text, end + 1)) spans.add(start, end);
            start = end + 1;
        }
    }

    /** The line at {@code p} opens with a metadata label, bulleted or not: - 索引号:, 发布机构:, 索 引 号. */
    private static boolean isMetadataLine(String text, int p) {
        return BodyFinder.META.matcher(text).region(p, ChromeRule.lineEnd(text, p)).lookingAt();
    }
}
