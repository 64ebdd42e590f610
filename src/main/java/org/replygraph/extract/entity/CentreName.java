package org.replygraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.ReferenceTable;
import org.replygraph.lexicon.WordList;

/**
 * The words of innovation-platform names: the kinds that end them (制造业创新中心, 中试基地, 重点实验室 …),
 * the level words that alone make a category not a name (省级制造业创新中心), the level a name
 * implies, and its canonical form (增材制造国家创新中心 is 国家增材制造创新中心).
 */
public final class CentreName {
    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^[" + Fragments.HAN + "]{2,4}省.*");
    private static final Pattern CITY_PREFIX = Pattern.compile("^[" + Fragments.HAN + "]{2,4}市.*");
    /** Kinds, longest first so 制造业创新中心 wins over 创新中心. */
    static final List<String> KINDS = WordList.words("centre-kinds");
    /** The chars kinds end with: a cheap test before trying each kind. */
    private static final String KIND_LAST_CHARS = WordList.lastChars(KINDS);

    /** Head nouns that make a platform only in a quoted or national name (centre-weak-kinds): 平台, 服务中心. */
    static final List<String> WEAK_KINDS = WordList.words("centre-weak-kinds");
    private static final String WEAK_LAST_CHARS = WordList.lastChars(WEAK_KINDS);

    /** Kinds that make a platform only where the text says so (centre-conditional-kinds): 研究院, 科学院, 孵化器. */
    static final Set<String> CONDITIONAL_KINDS = WordList.set("centre-conditional-kinds");
    /**
     * Heads of bodies that end in an innovation head noun but are never platforms (centre-not-platforms): 政务服务中心,
     * 国家区域性金融中心, 国际会议交流中心.
     */
    private static final List<String> NOT_PLATFORMS = WordList.words("centre-not-platforms");
    /** Words that make a bare 中心 or 平台 an innovation one (centre-innovation-words): 研, 创新, 技术 …. */
    private static final List<String> INNOVATION_WORDS = WordList.words("centre-innovation-words");
    /** Words that open a formal name although the name reader stops before them (centre-name-openers): 省部共建. */
    static final List<String> OPENERS = WordList.words("centre-name-openers");
    /** Words right before a name that make it a class (centre-class-before): 一批, 若干, 各类. */
    private static final List<String> CLASS_BEFORE = WordList.words("centre-class-before");

    /** Words that qualify a kind without naming anything: 国家 技术创新中心, 省级 制造业创新中心, 企业 研发中心. */
    private static final Set<String> GENERIC = WordList.set("centre-generic-words");
    /** A tier, not a name: 四级实验室 (体系), 二级. */
    private static final Pattern TIER = Pattern.compile("[" + Fragments.CN_NUMERALS + "\\d]{1,2}级");
    /** Provinces and autonomous regions by their short names (provinces.tsv), which make a centre provincial. */
    private static final List<String> PROVINCES = ReferenceTable.load("ontology/reference/provinces.tsv", 4).stream()
            .map(row -> row[1]).toList();

    private CentreName() {
    }

    /** The kind the text ends with at {@code end}, or null. */
    static String kindEndingAt(String text, int end) {
        if (end < 1 || KIND_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) return null;
        for (String k : KINDS)
            if (end >= k.length() && text.startsWith(k, end - k.length())) return k;
        return null;
    }

    /** The weak head noun (平台, 服务中心) the text ends with at {@code end}, or null. */
    static String weakKindEndingAt(String text, int end) {
        if (end < 1 || WEAK_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) return null;
        for (String k : WEAK_KINDS)
            if (end >= k.length() && text.startsWith(k, end - k.length())) return k;
        return null;
    }

    /**
     * Whether the words before a kind name something: after dropping one leading region and every
     * generic word, at least two chars of nouns must remain (湖北|三峡 yes, 企业国家 no, 陕西省 no), or
     * two noun-verbs (数字化设计与制造 yes; 跟踪|创新中心 and 申报|市级研发中心 no).
     */
    static boolean isProperName(List<NamePhrase.Word> words) {
        int chars = 0;
        int verbs = 0;
        // After a place a (noun-)verb names a field (常州市|储能|技术中试基地, 山东省|预制|菜产业); verbs that follow a place in
        // prose (申报, 建设, 推动) never reach here, they end the phrase.
        boolean afterPlace = !words.isEmpty() && words.get(0).isPlace();
        // 材料领域|省实验室 is a field's category; 陕西省光子集成产业领域|中试基地 opens with its place and is a name.
        if (!afterPlace && words.stream().anyMatch(w -> w.word().equals("领域"))) return false;
        for (int i = 0; i < words.size(); i++) {
            NamePhrase.Word w = words.get(i);
            if (i == 0 && isRegion(w)) continue;
            if (GENERIC.contains(w.word()) || w.word().equals("与") || w.word().equals("及")) continue;
            if (TIER.matcher(w.word()).matches()) continue;
            // 2家企业: a count names nothing.
            if (w.nature().startsWith("m") || w.nature().startsWith("q")) continue;
            if (w.nature().startsWith("v") && !(afterPlace && (w.nature().equals("vn") || w.word().length() > 1))) verbs++;
            else chars += w.word().length();
        }
        return chars >= 2 || verbs >= 2;
    }

    /**
     * Whether the words before a kind describe a class instead of naming a body: a class word (科学与工程研究|类) or a
     * locative that places the kind among others (…国家科技创新基地|中|国家重点实验室: the key labs among the bases).
     */
    static boolean describesClass(List<NamePhrase.Word> words) {
        for (int i = 0; i < words.size(); i++) {
            NamePhrase.Word w = words.get(i);
            if (w.word().equals("类") && w.nature().startsWith("q")) return true;
            // …基地|中: among institutions; not 5G|中|高频, a field's own word.
            if (i > 0 && w.word().equals("中") && w.nature().equals("f") && words.get(i - 1).nature().equals("nis")) return true;
        }
        return false;
    }

    /** Whether a name ends with the head of a body that is never a platform: 国家区域性金融中心, 市政府政务服务中心. */
    static boolean isNotPlatform(String name) {
        for (String not : NOT_PLATFORMS)
            if (name.endsWith(not)) return true;
        return false;
    }

    /** Whether a name says what makes it an innovation body (研, 创新, 技术 …): not 生产性服务中心, 会议交流中心. */
    static boolean namesInnovation(String name) {
        for (String w : INNOVATION_WORDS)
            if (name.contains(w)) return true;
        return false;
    }

    /** The word right before {@code start} that makes what follows a class (建立一批|国家临床医学研究中心), or null. */
    static String classBefore(String text, int start) {
        for (String w : CLASS_BEFORE)
            if (start >= w.length() && text.startsWith(w, start - w.length())) return w;
        return null;
    }

    /** The opener written right before {@code start} that belongs to the name (省部共建|环境友好能源材料…), or null. */
    static String openerBefore(String text, int start) {
        for (String w : OPENERS)
            if (start >= w.length() && text.startsWith(w, start - w.length())) return w;
        return null;
    }

    /** Whether a word only qualifies a kind (企业, 技术, 省级). */
    static boolean isGeneric(String word) {
        return GENERIC.contains(word);
    }

    /** Words that state a level or scope only: 国家, 省级, 全省, 各类. */
    static boolean isLevelWord(String word) {
        return LEVEL_WORDS.contains(word);
    }

    private static final Set<String> LEVEL_WORDS = WordList.set("level-words");

    /**
     * Whether a leading place word only says where a category stands: a province or a place written
     * with its level (湖北|实验室, 陕西省|中试基地). Other places name the platform: 西湖|实验室, 长三角|….
     */
    private static boolean isRegion(NamePhrase.Word w) {
        if (!w.isPlace()) return false;
        String p = w.word();
        return PROVINCES.contains(p) || Fragments.LEVELS.indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    /** national, provincial or municipal as the name states or its prefix implies, or null. */
    static String level(String name) {
        if (name.contains("国家")) return "national";
        if (name.startsWith("省") || PROVINCE_PREFIX.matcher(name).matches()) return "provincial";
        for (String p : PROVINCES)
            if (name.startsWith(p) && !name.startsWith(p + "市")) return isMunicipality(p) ? "municipal" : "provincial";
        if (name.startsWith("市") || CITY_PREFIX.matcher(name).matches()) return "municipal";
        return null;
    }

    private static boolean isMunicipality(String p) {
        return p.equals("北京") || p.equals("天津") || p.equals("上海") || p.equals("重庆");
    }

    /**
     * The canonical name: 国家 standing just before the kind of a name that names no region
     * moves to the front (增材制造国家创新中心 → 国家增材制造创新中心); 杭州综合性国家科学中心 stays.
     */
    static String canonical(String head, String kind, boolean namesRegion) {
        if (!namesRegion && head.endsWith("国家") && head.length() > 2)
            return "国家" + head.substring(0, head.length() - 2) + kind;
        return head + kind;
    }
}
