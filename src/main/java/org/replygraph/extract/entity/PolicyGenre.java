package org.replygraph.extract.entity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Reads what kind of document a title names from its last words: 《湖北省技术创新中心管理暂行办法》 is
 * a policy (办法), 《省人大代表建议、批评和意见办理情况反馈意见表》 a form, 《…的建议》 a proposal.
 */
public final class PolicyGenre {
    /** Genre words that end a policy title; longer forms first only for readability. */
    private static final List<String> GENRES = WordList.words("policy-genres");
    /** Genre words strong enough to make a “…” quote a title. */
    private static final List<String> STRONG = WordList.words("policy-strong-genres");
    /** Endings of things that are not policies even where a genre word precedes them. */
    private static final List<String> NOT_POLICY = WordList.words("policy-not-genres");
    /** Trailing qualifiers (试行), (2024-2026年), (2023年修订), also unclosed as in (2021-2035年. */
    private static final Pattern TRAILING_QUALIFIER = Pattern.compile("(?:\\s*[(（][^()（）]{0,20}[)）]?\\s*)+$");
    /** A numbered set of measures: 新十条, 若干条, 22条. */
    private static final Pattern ARTICLES = Pattern.compile("(?:[" + Fragments.CN_NUMERALS + "百两\\d]{1,4}|若干)条$");
    /** A strategy named for its target year: 中国制造2025. */
    private static final Pattern TARGET_YEAR = Pattern.compile("[" + Fragments.HAN + "]{2,12}(?:19|20)\\d\\d$");

    /**
     * A technical standard, not a policy: a design, construction or technical rule (《博物馆建筑设计规范》,
     * 《高标准农田建设通则》, 《公路工程技术标准》, 《污水处理厂运行维护规程》), issue 9 §3.
     */
    private static final Pattern TECHNICAL_STANDARD = Pattern.compile(
            ".*(?:设计|施工|建设|建筑|技术|工程|验收|检验|检测|安装|运行维护|维护|质量|计量)(?:规范|通则|标准|导则|规程|技术要求)");

    /**
     * A work ledger, not a policy: a record a body keeps of tasks, projects or problems (《示例县重点项目推进任务台账》,
     * 《重点项目推进台帐》), issue 9 §3. A rule about ledgers (《村级财务台账管理办法》) ends in its own genre and stays a policy.
     */
    private static final Pattern WORK_LEDGER = Pattern.compile(".{2,}(?:台账|台帐)(?:清单)?");

    private PolicyGenre() {
    }

    /** Whether the title names a work ledger (…任务台账) rather than a policy. */
    public static boolean isWorkLedger(String title) {
        return WORK_LEDGER.matcher(core(title)).matches();
    }

    /** Whether the title names a technical standard rather than a policy. */
    public static boolean isTechnicalStandard(String title) {
        return TECHNICAL_STANDARD.matcher(core(title)).matches();
    }

    /** The title without trailing parenthesised qualifiers or spaces. */
    static String core(String title) {
        String t = title.strip();
        String c = TRAILING_QUALIFIER.matcher(t).replaceFirst("");
        return c.isEmpty() ? t : c;
    }

    /** Whether the title ends with a policy genre word (after trailing qualifiers). */
    public static boolean isPolicyGenre(String title) {
        String c = core(title);
        for (String n : NOT_POLICY)
            if (c.endsWith(n)) return false;
        for (String g : GENRES)
            if (c.endsWith(g)) return !c.equals(g) || g.length() > 1;
        return ARTICLES.matcher(c).find();
    }

    /**
     * A letter (函) that instructs is a policy where the text issues it or gives its 文号 (下发了《关于做好…有关工作的函》
     * (自然资函〔2020〕71号)); one that replies, asks or consults is not (…提案答复的函, …请示(征求意见稿)意见的函, 复函).
     */
    @Example(text = "关于做好示例保护区边界核查有关工作的函", read = "关于做好示例保护区边界核查有关工作的函", group = 0)
    @Example(text = "关于政协第十三届全国委员会第五次会议第01234号提案答复的函", read = Example.NOTHING)
    @Example(text = "示例镇人民政府关于增设社区居民委员会的请示(征求意见稿)意见的函", read = Example.NOTHING)
    @Example(text = "关于同意设立某某园区的复函", read = Example.NOTHING)
    private static final Pattern INSTRUCTING_LETTER = Pattern.compile("^(?!.*(?:答复|复函|意见|请示|征求|商请|邀请|报送)).*函$");

    /** Whether the title is a letter that instructs (…有关工作的函): a policy only with a cue (a 文号, 下发). */
    static boolean isInstructingLetter(String title) {
        return INSTRUCTING_LETTER.matcher(core(title)).matches();
    }

    /** Whether the title ends like something that is no policy (…表, …回执, …报告, …书, …建议). */
    static boolean isNotPolicy(String title) {
        String c = core(title);
        for (String n : NOT_POLICY)
            if (c.endsWith(n)) return true;
        return false;
    }

    /** Whether the title is named for a target year, like 中国制造2025: a policy only in a policy context. */
    public static boolean isTargetYearName(String title) {
        return TARGET_YEAR.matcher(core(title)).find();
    }

    /** Whether quoted text ends with a genre word strong enough to treat the quote as a title. */
    static boolean strongGenre(String quoted) {
        String c = core(quoted);
        if (c.length() < 6) return false;
        for (String g : STRONG)
            if (c.endsWith(g)) return true;
        return false;
    }

    /** Whether the title is no more than a genre word (方案, 管理办法, 实施意见): a back-reference. */
    public static boolean isBareGenre(String title) {
        String c = core(title);
        if (c.length() > 6) return false;
        for (String g : GENRES)
            if (c.endsWith(g)) {
                String head = c.substring(0, c.length() - g.length());
                return head.isEmpty() || BARE_HEADS.contains(head);
            }
        return false;
    }

    private static final Set<String> BARE_HEADS = WordList.set("policy-bare-heads");
}
