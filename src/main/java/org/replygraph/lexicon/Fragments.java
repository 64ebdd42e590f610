package org.replygraph.lexicon;

/**
 * Regular-expression fragments that many rules share, named once: the contents of a character class
 * (use them inside [ ]) or a whole group. Compile-time constants, so a pattern built from them is the
 * same pattern as before.
 *
 * <pre>{@code
 * Pattern.compile("第([" + Fragments.CN_NUMERALS + "\\d]{1,2})届");    // 第十三届, 第13届
 * Pattern.compile("[" + Fragments.LEVELS + "]委");                     // 省委, 县委
 * Fragments.LEVELS.indexOf('区') >= 0;                                 // a level character
 * }</pre>
 */
public final class Fragments {
    /** Chinese digits one to nine, in value order (一 is 1): 二〇二三 reads digit by digit. */
    public static final String CN_DIGITS = "一二三四五六七八九";
    /** Chinese numerals one to ten: the 十 of 十三届, 二十三. */
    public static final String CN_NUMERALS = CN_DIGITS + "十";
    /** The three ways letters write zero: 〇 (二〇二四), 零 and the circle ○ often typed for 〇. */
    public static final String CN_ZEROS = "〇零○";
    /** Level characters of provinces, cities, districts and counties: 省, 市, 区, 县. */
    public static final String LEVELS = "省市区县";
    /** Every level character a place name may end with: 省市区县, 州 (恩施州), 旗 (准格尔旗), 盟 (锡林郭勒盟). */
    public static final String ALL_LEVELS = LEVELS + "州旗盟";
    /** The CJK Unified Ideographs block (a narrower set than \p{IsHan}): 陕西省. */
    public static final String HAN = "\\u4e00-\\u9fff";

    private Fragments() {
    }
}
