package org.replygraph.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a table column, where the text states one: {@code 投资额(万元)} gives 万元, a caption
 * with {@code 单位:个} gives 个 for every column. Nothing is guessed: no stated unit, no unit.
 */
final class TableUnits {
    /** A measure name ending in a bracketed unit: 投资额(万元), 面积（平方米）. */
    private static final Pattern BRACKETED = Pattern.compile("[(（]([^()（）]{1,6})[)）]$");
    /** 单位:万元 or 单位：个 in a caption. */
    private static final Pattern STATED = Pattern.compile("单位[:：]\\s?([^\\s,，;；)）]{1,6})");
    /** What a unit is made of: counters, money, measures and percent. */
    private static final Pattern UNIT = Pattern.compile("[个家人项件台次所座条元亿万千百吨亩米公里斤%‰]+|平方米|平方公里|立方米|千瓦时?|万千瓦");

    private TableUnits() { }

    /** The unit of {@code measure} in a table captioned {@code caption}, or null. */
    static String unitOf(String measure, String caption) {
        Matcher m = BRACKETED.matcher(measure.strip());
        if (m.find() && UNIT.matcher(m.group(1)).matches()) return m.group(1);
        Matcher c = STATED.matcher(caption);
        if (c.find() && UNIT.matcher(c.group(1)).matches()) return c.group(1);
        return null;
    }
}
