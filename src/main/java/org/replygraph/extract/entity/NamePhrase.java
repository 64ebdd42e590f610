package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;
import org.replygraph.text.HanLpAdapter;

/**
 * Finds where a proper name ends its left reach, reading words right to left until a verb, particle
 * or punctuation: in 首先感谢您对国家增材制造|创新中心 the name before 创新中心 is 国家增材制造 (stops at 对);
 * in 成立了陕西省乳制品包装材料及装备关键技术 it is everything after 了 (及 joins two nouns). A verb or a
 * place word may stand inside a name (智能感知, 保护与利用, 5G中高频) but never begins one.
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
    private static final Set<String> STOP_WORDS = WordList.set("name-stop-words");
    /** Compass words tagged as localisers that begin names: 东南海洋福建省实验室, 西北有色金属研究院. */
    private static final Set<String> COMPASS = WordList.set("compass-words");
    /** An ordinal generation, split by the segmenter as 第|三|代: 第三代半导体. */
    private static final Pattern GENERATION = Pattern.compile("第[" + Fragments.CN_NUMERALS + "\\d]{1,2}代");
    /** An ordinal the segmenter splits as 第|六, before a noun: 第六产业. */
    private static final Pattern ORDINAL = Pattern.compile("第[" + Fragments.CN_NUMERALS + "]{1,2}");
    private static final Set<String> JOINERS = Set.of("与", "及");

    /**
     * The last phrases segmented on this thread: recognizers read the same span twice (nameStart, then
     * words of the name it found), a third of all calls on the test letters, and letters of one corpus
     * repeat the phrases before a platform's kind (an agency's or a province's platforms, letter after
     * letter). Segmentation is a pure function of the phrase, so the memo changes no result; per thread,
     * so nothing is shared; bounded (least recently used out), so memory stays flat.
     */
    private static final int RECENT = 4096;
    private static final ThreadLocal<Map<String, List<Token>>> RECENT_PHRASES = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
                    return size() > RECENT;
                }
            });

    /** A word as the segmenter gives it, before offsets. */
    private record Token(String word, String nature) { }

    /** The words of text[from, to), with offsets; empty when the segmenter dropped chars. */
    public List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        if (from >= to) return out;
        int at = from;
        for (Token t : tokens(text.substring(from, to))) {
            out.add(new Word(t.word(), t.nature(), at));
            at += t.word().length();
        }
        return at == to ? merged(out) : List.of();
    }

    private List<Token> tokens(String phrase) {
        Map<String, List<Token>> recent = RECENT_PHRASES.get();
        List<Token> known = recent.get(phrase);
        if (known != null) return known;
        List<Token> made = new ArrayList<>();
        for (HanLpAdapter.Word t : HanLpAdapter.segment(phrase)) split(made, t.word(), t.nature());
        made = List.copyOf(made);
        recent.put(phrase, made);
        return made;
    }

    /**
     * Adds a token, first splitting a predicate off the end of a word the segmenter took for a name: in 著力建设金凤实验室
     * it reads 著|力建设 (a person's name), which would hide 建设 from the name's left edge; a name never ends in
     * such a predicate, so 力建设 is read as 力|建设.
     */
    private static void split(List<Token> out, String word, String nature) {
        if (word.length() > 2 && (nature.startsWith("nr") || nature.equals("nz"))) {
            String tail = word.substring(word.length() - 2);
            if (STOP_WORDS.contains(tail)) {
                out.add(new Token(word.substring(0, word.length() - 2), "d"));
                out.add(new Token(tail, "v"));
                return;
            }
        }
        out.add(new Token(word, nature));
    }

    /** Joins what the segmenter splits inside a name: 第|三|代 into 第三代, 5|G into 5G. */
    private static List<Word> merged(List<Word> words) {
        List<Word> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (i + 2 < words.size() && GENERATION.matcher(w.word() + words.get(i + 1).word() + words.get(i + 2).word()).matches()) {
                out.add(new Word(w.word() + words.get(i + 1).word() + words.get(i + 2).word(), "n", w.start()));
                i += 2;
            } else if (i + 1 < words.size() && w.word().length() == 1 && words.get(i + 1).word().length() == 1
                    && STOP_WORDS.contains(w.word() + words.get(i + 1).word())) {
                // 获|批 (a verb and a measure word to the segmenter) is the stop word 获批: 获批|国家疫苗攻关….
                out.add(new Word(w.word() + words.get(i + 1).word(), "v", w.start()));
                i++;
            } else if (i + 2 < words.size() && ORDINAL.matcher(w.word() + words.get(i + 1).word()).matches()
                    && words.get(i + 2).nature().startsWith("n")) {
                // 第|六|产业科学院: an ordinal before a noun is part of the name, like an attribute.
                out.add(new Word(w.word() + words.get(i + 1).word(), "b", w.start()));
                i++;
            } else if (i + 1 < words.size() && w.nature().startsWith("m") && w.word().chars().allMatch(Character::isDigit)
                    && words.get(i + 1).nature().equals("nx")) {
                out.add(new Word(w.word() + words.get(i + 1).word(), "nx", w.start()));
                i++;
            } else {
                out.add(w);
            }
        }
        return out;
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
            } else if (accepted(x) || inside(w, i)) {
                if (i < w.size() - 1 && !isInstitute(x) && CentreName.kindEndingAt(x.word(), x.word().length()) != null) break;
            } else if (technicalVerb(w, i)) {
                if (verbInside < 0) verbInside = i;
            } else {
                break;
            }
            first = i;
        }
        while (first < w.size() && (JOINERS.contains(w.get(first).word()) || (soft(w.get(first)) && !accepted(w.get(first)))))
            first++;
        // A verb inside a name (量子计算, 封装测试, 开发利用) only counts in a formal name that opens with
        // its place or 国家; "园区集聚|重点实验室" keeps nothing before the verb.
        if (verbInside >= 0 && first < w.size() && !opensFormally(w.get(first))) first = verbInside + 1;
        return first < w.size() ? w.get(first).start() : to;
    }

    /**
     * 与 and 及 join content words inside one name: 材料及装备, 设计与制造, 化学与精细化工, 工艺及封装测试,
     * 传动及智能控制, 安全与营养, 保护与利用, 资源与育种; not 发展及全省, not 林业局与西南大学, not 平台与张江….
     */
    private static boolean joins(Word left, Word right) {
        if (left.nature().equals("nis") || right.nature().equals("nis")) return false;
        if (CentreName.isLevelWord(left.word()) || CentreName.isLevelWord(right.word())) return false;
        // 创新平台与张江…: a place after the joiner starts another name.
        if (right.isPlace()) return false;
        if (STOP_WORDS.contains(left.word()) || STOP_WORDS.contains(right.word())) return false;
        return content(left) && (content(right) || right.nature().equals("b"));
    }

    /** An institute or academy may head another platform's name: 中国科大先进技术研究院|概念验证中心, 中国科学院|赣江创新研究院. */
    private static boolean isInstitute(Word w) {
        return w.word().endsWith("研究院") || w.word().endsWith("科学院");
    }

    /** A word a closing verb may follow inside a name: a noun (智能|感知) or a verb char (产|教|融合), not 研究|制定. */
    private static boolean namePart(Word w) {
        if (CentreName.isGeneric(w.word()) || STOP_WORDS.contains(w.word())) return false;
        return w.nature().startsWith("n") || (w.nature().startsWith("v") && w.word().length() == 1);
    }

    private static boolean content(Word w) {
        String n = w.nature();
        return n.startsWith("n") || n.startsWith("v") || n.equals("an") || n.equals("a");
    }

    /** Words a name may hold but not begin with: a verb (智能|感知), a localiser (5G|中|高频), a stray measure word (玉米|种|业). */
    private static boolean soft(Word w) {
        if (STOP_WORDS.contains(w.word())) return false;
        String n = w.nature();
        return n.startsWith("v") || n.equals("f") || (n.startsWith("q") && w.word().length() == 1);
    }

    /**
     * Whether a word that alone would end the name stands inside it: a verb paired by 与/及 (保护与利用,
     * 智能感知与系统), a kind word (嘉庚|创新|实验室), a localiser
     * or measure word between nouns (5G|中|高频, 玉米|种|业); not the
     * predicate of 基本符合|省级中试基地 or 启动|省级中试基地.
     */
    private static boolean inside(List<Word> w, int i) {
        Word x = w.get(i);
        if (!soft(x)) return false;
        if (!x.nature().startsWith("v"))
            return i > 0 && i < w.size() - 1 && accepted(w.get(i - 1)) && accepted(w.get(i + 1));
        // 嘉庚|创新, 国家地方|联合: a kind word, unless it links two bodies (该中心|联合|广州…).
        if (CentreName.isGeneric(x.word()))
            return !(i > 0 && w.get(i - 1).nature().equals("nis")) && !(i < w.size() - 1 && w.get(i + 1).isPlace());
        return (i > 0 && JOINERS.contains(w.get(i - 1).word())) || (i < w.size() - 1 && JOINERS.contains(w.get(i + 1).word()));
    }

    /**
     * A verb of two or more chars between a plain noun or attribute and a non-level word (量子|计算, 资源|开发利用,
     * 新型|显示), or
     * closing the name after a noun (辽宁智能制造产教|融合|研究院); only a formally opened name keeps it.
     */
    private static boolean technicalVerb(List<Word> w, int i) {
        Word x = w.get(i);
        if (soft(x) && x.nature().startsWith("v") && i == w.size() - 1 && i > 0 && namePart(w.get(i - 1))) return true;
        if (!x.nature().startsWith("v") || x.word().length() < 2 || STOP_WORDS.contains(x.word()) || i == 0) return false;
        Word left = w.get(i - 1);
        boolean nounLeft = ((left.nature().startsWith("n") || left.nature().equals("b")) && !left.nature().equals("nis") && !left.isPlace()
                && !CentreName.isLevelWord(left.word())) || JOINERS.contains(left.word());
        // After a place, a verb naming a field before a noun: 山东省|预制|菜产业.
        if (left.isPlace() && i < w.size() - 1 && w.get(i + 1).nature().startsWith("n")
                && !CentreName.isGeneric(w.get(i + 1).word())) return true;
        boolean rightOk = i == w.size() - 1 || !CentreName.isLevelWord(w.get(i + 1).word());
        return nounLeft && rightOk;
    }

    /** A formal name opens with its place, 国家 or 全国 (全国|农业|技术|转移|交易服务平台). */
    private static boolean opensFormally(Word first) {
        return first.isPlace() || first.word().equals("国家") || first.word().equals("全国");
    }

    static boolean nounish(Word w) {
        return w.nature().startsWith("n") || w.nature().equals("vn");
    }

    private static boolean accepted(Word w) {
        if (STOP_WORDS.contains(w.word())) return false;
        String n = w.nature();
        if (n.startsWith("n") || n.equals("vn") || n.equals("an") || n.equals("b") || n.equals("s") || n.equals("j") || n.startsWith("g") || n.equals("a"))
            return true;
        // Morphemes the segmenter leaves alone: 清 in 超高|清|视频, 寒 in 寒|地 (ag, tg).
        if (w.word().length() == 1 && n.endsWith("g")) return true;
        if (n.equals("f") && COMPASS.contains(w.word())) return true;
        // HanLP splits unknown terms into single chars tagged as verbs: 增 in 国家增材制造.
        return n.startsWith("v") && w.word().length() == 1;
    }
}
