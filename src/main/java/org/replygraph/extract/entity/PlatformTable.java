package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.WordList;

/**
 * Platforms named in a table that lists them (issue 9 §3): web pages flatten a table one cell per line, and under a
 * header cell naming platforms (平台名称, centre-table-headers) the cells that end in a platform head are names:
 * <pre>
 * 序号 / 类型 / 平台名称 / 服务定位 / 位置                            header
 * 1 / 产业技术研究院 / 示例大学某某纺织研究院 / 纺织产业领域… / 县科创中心     a row
 * 示例半岛农业星创天地 / 农业科创项目的孵化、培育 / 示例县某某镇                   a row with merged cells
 * </pre>
 * Merged cells break the columns' alignment, so a cell is read by its form, not its position: a short cell without
 * prose punctuation whose head is a platform head (中心, 研究院, 星创天地, 科创港 …) after a name. A type cell (产业技术研究院)
 * or a place cell (县科创中心) has only generic or level words before its head and names nothing.
 *
 * <pre>{@code
 * new PlatformTable().find(text);   // 示例大学某某纺织研究院, 示例半岛农业星创天地, …
 * }</pre>
 */
final class PlatformTable {
    private static final Set<String> HEADERS = WordList.set("centre-table-headers");
    /** Every head a platform's name may end with, longest first: the kinds, the weak kinds and the context heads. */
    static final List<String> HEADS = Stream.of(CentreName.KINDS, CentreName.WEAK_KINDS, PlatformContext.HEADS)
            .flatMap(List::stream).distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** A cell that names: short, no sentence or list punctuation, no 的 (西周小微企业的孵化园 describes). */
    @Example(text = "示例大学某某纺织研究院", read = "示例大学某某纺织研究院", group = 0)
    @Example(text = "某某-示例湾双创园", read = "某某-示例湾双创园", group = 0)
    @Example(text = "纺织产业领域的产品研发、产品检测", read = Example.NOTHING)
    private static final Pattern NAME_CELL = Pattern.compile("^[^，。；：、！？,;:的]{4,30}$");
    /** A line of prose ends the table: a sentence's punctuation or a long line. */
    @Example(text = "以上平台共服务企业三百余家。", read = "。")
    @Example(text = "县科创中心", read = Example.NOTHING)
    private static final Pattern PROSE = Pattern.compile("[。；！？]|.{61}");

    /** A bare 名称 header names platforms under a caption that says so. */
    private static final String NAME = "名称";
    /** A table's caption naming platforms: 县内主要科创平台一览表, 2023年省级重点实验室名单; not 企业名单 or 项目统计表. */
    @Example(text = "县内主要科创平台一览表", read = "县内主要科创平台一览表", group = 0)
    @Example(text = "2023年度省级重点实验室认定名单", read = "2023年度省级重点实验室认定名单", group = 0)
    @Example(text = "2023年度高新技术企业名单", read = Example.NOTHING)
    private static final Pattern PLATFORM_CAPTION = Pattern.compile(
            "^[^。，；！？,;]{0,30}(?:平台|实验室|中心|基地|载体|孵化器|研发机构|众创空间)[^。，；！？,;]{0,10}(?:一览表|统计表|情况表|名单|名录|清单)$");
    /** How many lines above a 名称 header its caption may stand (the other headers between). */
    private static final int CAPTION_REACH = 6;

    private final NamePhrase phrases = new NamePhrase();

    /** The platforms named in the cells of every table with a platform-name header, in text order. */
    List<CentreMention> find(String text) {
        List<CentreMention> out = new ArrayList<>();
        List<TextLine> lines = TextLine.of(text);
        boolean inTable = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (HEADERS.contains(line.text()) || line.text().equals(NAME) && platformCaptionBefore(lines, i)) {
                inTable = true;
                continue;
            }
            if (!inTable) continue;
            if (PROSE.matcher(line.text()).find()) {
                inTable = false;
                continue;
            }
            CentreMention m = cell(text, line);
            if (m != null) out.add(m);
        }
        return out;
    }

    /** Whether a caption naming platforms (科技创新平台名单, 重点实验室一览表) stands a few lines above line {@code i}. */
    private static boolean platformCaptionBefore(List<TextLine> lines, int i) {
        for (int k = i - 1; k >= Math.max(0, i - CAPTION_REACH); k--)
            if (PLATFORM_CAPTION.matcher(lines.get(k).text()).matches()) return true;
        return false;
    }

    /** The platform a cell names, or null: a name cell whose head follows words that name something. */
    private CentreMention cell(String text, TextLine line) {
        String cell = line.text();
        if (!NAME_CELL.matcher(cell).matches()) return null;
        String head = head(cell);
        if (head == null || head.length() == cell.length()) return null;
        int headStart = line.end() - head.length();
        List<NamePhrase.Word> words = phrases.words(text, line.start(), headStart);
        // 产业技术|研究院 is a type column's class, 县|科创中心 a building: generic or level words name nothing.
        if (words.isEmpty() || !CentreName.isProperName(words) || words.stream().allMatch(w -> CentreName.isGeneric(w.word())))
            return null;
        if (CentreName.isNotPlatform(cell)) return null;
        return new CentreMention(cell, cell, new Span(line.start(), line.end()), head, CentreName.level(cell), null);
    }

    static String head(String cell) {
        for (String h : HEADS)
            if (cell.endsWith(h)) return h;
        return null;
    }
}
