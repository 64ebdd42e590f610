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
 * 1 / 产业技术研究院 / 浙江理工大学象山针织研究院 / 针织产业领域… / 县科创中心     a row
 * 象山半岛农业星创天地 / 农业科创项目的孵化、培育 / 象山县爵溪                   a row with merged cells
 * </pre>
 * Merged cells break the columns' alignment, so a cell is read by its form, not its position: a short cell without
 * prose punctuation whose head is a platform head (中心, 研究院, 星创天地, 科创港 …) after a name. A type cell (产业技术研究院)
 * or a place cell (县科创中心) has only generic or level words before its head and names nothing.
 *
 * <pre>{@code
 * new PlatformTable().find(text);   // 浙江理工大学象山针织研究院, 象山半岛农业星创天地, …
 * }</pre>
 */
final class PlatformTable {
    private static final Set<String> HEADERS = WordList.set("centre-table-headers");
    /** Every head a platform's name may end with, longest first: the kinds, the weak kinds and the context heads. */
    private static final List<String> HEADS = Stream.of(CentreName.KINDS, CentreName.WEAK_KINDS, PlatformContext.HEADS)
            .flatMap(List::stream).distinct().sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    /** A cell that names: short, no sentence or list punctuation, no 的 (西周小微企业的孵化园 describes). */
    @Example(text = "浙江理工大学象山针织研究院", read = "浙江理工大学象山针织研究院", group = 0)
    @Example(text = "攸沃-大目湾双创园", read = "攸沃-大目湾双创园", group = 0)
    @Example(text = "针织产业领域的产品研发、产品检测", read = Example.NOTHING)
    private static final Pattern NAME_CELL = Pattern.compile("^[^，。；：、！？,;:的]{4,30}$");
    /** A line of prose ends the table: a sentence's punctuation or a long line. */
    @Example(text = "以上平台共服务企业三百余家。", read = "。")
    @Example(text = "县科创中心", read = Example.NOTHING)
    private static final Pattern PROSE = Pattern.compile("[。；！？]|.{61}");

    private final NamePhrase phrases = new NamePhrase();

    /** The platforms named in the cells of every table with a platform-name header, in text order. */
    List<CentreMention> find(String text) {
        List<CentreMention> out = new ArrayList<>();
        List<TextLine> lines = TextLine.of(text);
        boolean inTable = false;
        for (TextLine line : lines) {
            if (HEADERS.contains(line.text())) {
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

    private static String head(String cell) {
        for (String h : HEADS)
            if (cell.endsWith(h)) return h;
        return null;
    }
}
