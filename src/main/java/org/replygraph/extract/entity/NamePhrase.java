package org.replygraph.extract.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where a proper name ends its left reach, reading words right to left until a verb, particle
 * or punctuation: in 首先感谢您对国家增材制造|创新中心 the name before 创新中心 is 国家增材制造 (stops at 对);
 * in 成立了陕西省乳制品包装材料及装备关键技术 it is everything after 了 (及 joins two nouns).
 */
public final class NamePhrase {
    /** One word of a phrase, with its part of speech and its offset in the text. */
    public record Word(String word, String nature, int start) {
        int end() {
            return start + word.length();
        }

        boolean isPlace() {
            return nature.startsWith("ns");
        }
    }

    /** Single-char verbs that never sit inside a name (是, 有), unlike 增 in 国家增材制造. */
    private static final Set<String> STOP_WORDS = Set.of(
            "是", "有", "为", "在", "将", "对", "到", "向", "由", "让", "使", "把", "被", "从", "和", "等", "的", "了",
            "依托", "牵头", "建设", "组建", "筹建", "共建", "成立", "设立", "创建", "批复", "推动", "支持", "获批", "打造",
            "布局", "培育", "推进", "加快", "加强", "申报", "认定", "争创", "新建", "提升", "发展", "围绕", "聚焦", "引进",
            "谋划", "建成", "拥有", "包括", "其中", "目前", "现有",
            // Time words: "2024年度|江西省重点实验室" is a year's category, not a name.
            "年度", "年底", "年初", "今年", "去年", "明年", "近年来", "当年");
    private static final Set<String> JOINERS = Set.of("与", "及");

    private final Segment segment = HanLP.newSegment();

    /** The words of text[from, to), with offsets; empty when the segmenter dropped chars. */
    public List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        if (from >= to) return out;
        int at = from;
        for (Term t : segment.seg(text.substring(from, to))) {
            out.add(new Word(t.word, t.nature == null ? "x" : t.nature.toString(), at));
            at += t.word.length();
        }
        return at == to ? out : List.of();
    }

    /**
     * Start offset of the name that ends at {@code to}, reading back no further than {@code from};
     * {@code to} itself when no word qualifies.
     */
    public int nameStart(String text, int from, int to) {
        List<Word> w = words(text, from, to);
        int first = w.size();
        int verbInside = -1;
        for (int i = w.size() - 1; i >= 0; i--) {
            Word x = w.get(i);
            if (JOINERS.contains(x.word())) {
                if (i == 0 || i == w.size() - 1 || !joins(w.get(i - 1), w.get(i + 1))) break;
            } else if (inGeneration(text, x)) {
                // 第三代 in 厦门市第三代半导体技术创新中心: a count that is part of the name.
            } else if (accepted(x)) {
                if (i < w.size() - 1 && CentreName.kindEndingAt(x.word(), x.word().length()) != null) break;
            } else if (technicalVerb(w, i)) {
                if (verbInside < 0) verbInside = i;
            } else {
                break;
            }
            first = i;
        }
        while (first < w.size() && JOINERS.contains(w.get(first).word()))
            first++;
        // A verb inside a name (量子计算, 封装测试, 开发利用) only counts in a formal name that opens with
        // its place or 国家; "园区集聚|重点实验室" keeps nothing before the verb.
        if (verbInside >= 0 && first < w.size() && !opensFormally(w.get(first))) first = verbInside + 1;
        return first < w.size() ? w.get(first).start() : to;
    }

    /** 与 and 及 join like words inside one name: 材料及装备, 设计与制造, 化学与精细化工, 工艺及封装测试,
     *  传动及智能控制; not 发展及全省, not 林业局与西南大学. */
    private static boolean joins(Word left, Word right) {
        if (left.nature().equals("nis") || right.nature().equals("nis")) return false;
        if (CentreName.isLevelWord(left.word()) || CentreName.isLevelWord(right.word())) return false;
        boolean rightFits = nounish(right) || right.nature().equals("a") || right.nature().equals("b")
                || (right.nature().startsWith("v") && right.word().length() > 1 && !STOP_WORDS.contains(right.word()));
        return nounish(left) && rightFits;
    }

    /** A verb of two or more chars between a plain noun and a non-level word: 量子|计算, 资源|开发利用. */
    private static boolean technicalVerb(List<Word> w, int i) {
        Word x = w.get(i);
        if (!x.nature().startsWith("v") || x.word().length() < 2 || STOP_WORDS.contains(x.word()) || i == 0) return false;
        Word left = w.get(i - 1);
        boolean nounLeft = (left.nature().startsWith("n") && !left.nature().equals("nis") && !left.isPlace()
                && !CentreName.isLevelWord(left.word())) || JOINERS.contains(left.word());
        boolean rightOk = i == w.size() - 1 || !CentreName.isLevelWord(w.get(i + 1).word());
        return nounLeft && rightOk;
    }

    private static boolean opensFormally(Word first) {
        return first.isPlace() || first.word().equals("国家");
    }

    private static final java.util.regex.Pattern GENERATION = java.util.regex.Pattern.compile("第[一二三四五六七八九十0-9]{1,2}代");

    /** Whether a word lies inside "第N代" in the text. */
    private static boolean inGeneration(String text, Word x) {
        java.util.regex.Matcher m = GENERATION.matcher(text).region(Math.max(0, x.start() - 3), Math.min(text.length(), x.end() + 3));
        while (m.find())
            if (m.start() <= x.start() && x.end() <= m.end()) return true;
        return false;
    }

    static boolean nounish(Word w) {
        return w.nature().startsWith("n") || w.nature().equals("vn");
    }

    private static boolean accepted(Word w) {
        if (STOP_WORDS.contains(w.word())) return false;
        String n = w.nature();
        if (n.startsWith("n") || n.equals("vn") || n.equals("b") || n.equals("s") || n.equals("j") || n.startsWith("g") || n.equals("a"))
            return true;
        // HanLP splits unknown terms into single chars tagged as verbs: 增 in 国家增材制造.
        return n.startsWith("v") && w.word().length() == 1;
    }
}
