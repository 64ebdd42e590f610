package org.replygraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.WordList;

/**
 * Innovation platforms whose head noun is outside the kinds table, found by context (issue 9 §3): a named body
 * (a place, an institution or a brand in its name: 张家界学院, 上海杨浦, InnoMatch) with an innovation head noun
 * (中心, 平台, 孵化园, 科研基础设施) in a context that makes it a platform: a verb before it (建设张家界学院非人灵长类动物养研中心),
 * what is said of it after (全球跨境技术贸易数字化平台启动建设), or a list of platforms it belongs to (集聚…、国家技术转移东部中心、
 * 上海杨浦科技创业中心等一批高能级平台). Administrative and civic bodies (政务服务中心, 疾控中心, 文明实践中心) never are.
 *
 * <pre>{@code
 * CentreMention m = new PlatformContext().at(text, kindStart, kindEnd, "中心", reach);
 * m.name();   // 上海杨浦科技创业中心, or null when the context does not make it a platform
 * }</pre>
 */
final class PlatformContext {
    /** Heads that name a platform after any named body, in any sentence: 众创空间, 星创天地, 科创港 (centre-own-heads). */
    static final Set<String> OWN_HEADS = WordList.set("centre-own-heads");
    /** Heads outside both kind lists, longest first: 孵化园, 科研基础设施 (by context), and the own heads (众创空间). */
    static final List<String> HEADS = java.util.stream.Stream.concat(WordList.words("centre-context-heads").stream(),
            WordList.words("centre-own-heads").stream()).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    private static final String HEAD_LAST_CHARS = WordList.lastChars(HEADS);
    private static final List<String> BEFORE = WordList.words("centre-context-before");
    private static final List<String> AFTER = WordList.words("centre-context-after");
    private static final Set<String> STOP_WORDS = WordList.set("name-stop-words");
    /** Words that join two members of a list: A以及B, A和B. */
    private static final Set<String> JOINERS = Set.of("以及", "和", "及", "与", "、");
    /**
     * After the last item of a list, its tail naming a class of platforms: 等一批高能级平台, 等高能级创新平台,
     * 等10万平方米以上的大型科技企业孵化园; the items between are whole stretches between 、.
     */
    @Example(text = "、上海杨浦科技创业中心等一批高能级平台和专业机构", read = "、上海杨浦科技创业中心等一批高能级平台")
    @Example(text = "等10万平方米以上的大型科技企业孵化园", read = "等10万平方米以上的大型科技企业孵化园")
    @Example(text = "等部门", read = Example.NOTHING)
    private static final Pattern LIST_OF_PLATFORMS = Pattern.compile(
            "(?:、[^，。；、\\n]{2,30}?)*等[^，。；、\\n]{0,24}?(?:平台|载体|新型研发机构|研发机构|创新中心|孵化园|孵化器|基础设施)");
    /**
     * After a body, a class of platforms it leads or stands for: 以机械科学研究总院南方中心|为主的产业技术研究院, …|为代表的科技创新平台;
     * the body must still be named (重点试验室和专业技术创新中心为代表的… names none).
     */
    @Example(text = "为主的产业技术研究院,主要围绕", read = "为主的产业技术研究院", group = 0)
    @Example(text = "为代表的科技创新平台是", read = "为代表的科技创新平台", group = 0)
    @Example(text = "为龙头的电子信息产品制造业", read = Example.NOTHING)
    private static final Pattern LEADS_CLASS = Pattern.compile(
            "等?为(?:主|代表|龙头|核心|主体)的[^，。；、,;\n]{0,10}?(?:平台|载体|研究院|研发机构|创新中心|孵化器|基地)");
    /** Between a body and what is said of it: 已, 正式, 于2023年. */
    private static final Pattern ADVERBS = Pattern.compile("(?:已|已经|于|并|正式|\\d{4}年(?:\\d{1,2}月)?)*");
    /** Latin letters that name a brand (InnoMatch), not a generic abbreviation (APP, 5G, AI). */
    private static final Pattern BRAND = Pattern.compile("[A-Za-z]{3,}");
    private static final Set<String> GENERIC_LATIN = Set.of("APP", "App", "app", "WEB", "Web", "ICT", "IOT", "IoT", "AIoT", "VR", "AR",
            "GIS", "ERP", "SaaS", "PaaS", "IaaS", "OA", "PC", "MES", "IT", "AI", "BIM", "CIM", "EDA", "ISO", "GPS", "GDP", "PPP", "O2O");
    private static final Pattern INSTITUTION = Pattern.compile(".*(?:大学|学院|研究院|研究所|科学院|公司|集团|医院)");
    private static final Pattern DEPARTMENT = Pattern.compile(".+[部厅局委办]");
    /** After a platform, the word that calls it a project: …公共服务平台|项目. */
    private static final String PROJECT = "项目";
    /** The longest name read before a head. */
    private static final int LONGEST = 24;

    private final NamePhrase phrases = new NamePhrase();

    /** The context head (孵化园, 科研基础设施) the text ends with at {@code end}, or null. */
    static String headEndingAt(String text, int end) {
        if (end < 1 || HEAD_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) return null;
        for (String h : HEADS)
            if (end >= h.length() && text.startsWith(h, end - h.length())) return h;
        return null;
    }

    /**
     * The platform named in [reach, kindEnd) whose head is {@code kind}, where the context makes it one; null otherwise.
     * {@code reach} is where the name's left reach ends (a separator or the reach limit).
     */
    CentreMention at(String text, int kindStart, int kindEnd, String kind, int reach) {
        List<NamePhrase.Word> all = phrases.words(text, reach, kindStart);
        if (all.isEmpty()) return null;
        int first = all.size();
        boolean verbBefore = false;
        // A list item starts after 、, a joiner or a verb that introduces it, or at a clause's start; not after 的.
        boolean itemStart = true;
        for (int i = all.size() - 1; i >= 0; i--) {
            String w = all.get(i).word();
            // 建设|…, and 批复立项了|…: a verb with its aspect particle.
            if (BEFORE.contains(w) || w.equals("了") && i > 0 && BEFORE.contains(all.get(i - 1).word())) {
                verbBefore = true;
                break;
            }
            if (JOINERS.contains(w)) break;
            if (STOP_WORDS.contains(w) || w.contains("的") || !nameWord(all, i)) {
                itemStart = false;
                break;
            }
            first = i;
        }
        if (first == all.size()) return null;
        List<NamePhrase.Word> words = all.subList(first, all.size());
        int start = words.get(0).start();
        if (kindStart - start > LONGEST || !opensName(words.get(0)) || !CentreName.isProperName(words)) return null;
        String name = text.substring(start, kindEnd);
        if (CentreName.isNotPlatform(name)) return null;
        // 科技部火炬中心, 省科技厅…中心: a centre of a government department is part of the administration.
        if (words.stream().anyMatch(PlatformContext::department)) return null;
        boolean ownHead = HEADS.contains(kind);
        if (!ownHead && !CentreName.namesInnovation(name.substring(0, name.length() - kind.length()))) return null;
        boolean listed = itemStart && LIST_OF_PLATFORMS.matcher(text).region(kindEnd, text.length()).lookingAt();
        boolean saidOf = saidOf(text, kindEnd) || LEADS_CLASS.matcher(text).region(kindEnd, text.length()).lookingAt();
        Anchor anchor = anchor(words);
        boolean opensClause = first == 0 && (reach == 0 || "。；！？\n".indexOf(text.charAt(reach - 1)) >= 0);
        // 批复立项了智能网联汽车检验检测公共服务平台项目: a platform approved as a project needs no place to be named.
        boolean project = verbBefore && text.startsWith(PROJECT, kindEnd);
        // 通过扶持腾讯众创空间建设: a head that only ever names a platform needs only a named body before it.
        boolean own = OWN_HEADS.contains(kind) && anchor != Anchor.NONE;
        boolean accepted = own || listed || saidOf || project || (verbBefore && anchor != Anchor.NONE) || (anchor == Anchor.BRAND && opensClause);
        if (!accepted) return null;
        return new CentreMention(name, name, new Span(start, kindEnd), kind, CentreName.level(name), null);
    }

    /** Whether what follows the body says it is set up or runs: 启动建设, 正式运行, 揭牌. */
    private static boolean saidOf(String text, int end) {
        var adverbs = ADVERBS.matcher(text).region(end, text.length());
        int at = adverbs.lookingAt() ? adverbs.end() : end;
        for (String a : AFTER)
            if (text.startsWith(a, at)) return true;
        return false;
    }

    /** A government department's name (科技部, 科技厅, 发改委), not a compass word (东部). */
    private static boolean department(NamePhrase.Word w) {
        return DEPARTMENT.matcher(w.word()).matches() && !w.nature().startsWith("f");
    }

    private enum Anchor { NONE, PLACE, INSTITUTION, BRAND }

    /** What names the body: a place (上海杨浦), an institution (张家界学院) or a brand in Latin letters (InnoMatch). */
    private static Anchor anchor(List<NamePhrase.Word> words) {
        for (NamePhrase.Word w : words) {
            if (BRAND.matcher(w.word()).matches() && !GENERIC_LATIN.contains(w.word())) return Anchor.BRAND;
            if (w.isPlace() && !CentreName.isLevelWord(w.word())) return Anchor.PLACE;
            if (w.nature().startsWith("nt") || w.nature().equals("nis") && INSTITUTION.matcher(w.word()).matches()) return Anchor.INSTITUTION;
        }
        return Anchor.NONE;
    }

    /** A word a name may hold: not an adverb, preposition, pronoun, particle or a verb of prose (持续|推进). */
    private static boolean nameWord(List<NamePhrase.Word> all, int i) {
        NamePhrase.Word w = all.get(i);
        String n = w.nature();
        if (n.startsWith("d") || n.startsWith("p") || n.startsWith("r") || n.startsWith("u") || n.startsWith("c") || n.startsWith("y")) return false;
        if (!n.equals("v") || w.word().length() == 1) return true;
        // A verb inside a name follows a noun (技术|转移); after an adverb or at the start it is prose (持续|推进).
        return i > 0 && (all.get(i - 1).nature().startsWith("n") || all.get(i - 1).nature().equals("b"));
    }

    /** A name opens with a noun, a place, a brand or an attribute, never a verb, adverb, pronoun, count or a level (省级). */
    private static boolean opensName(NamePhrase.Word w) {
        String n = w.nature();
        // Names say 国家 or 全国 (国家技术转移东部中心); 省级, 国家级, 全省 describe a class.
        if (w.word().equals("国家") || w.word().equals("全国")) return true;
        if (CentreName.isLevelWord(w.word()) || w.word().endsWith("级")) return false;
        return n.startsWith("n") || n.equals("b") || n.startsWith("g") || n.equals("a") || n.equals("vn") && w.word().length() > 1;
    }
}
