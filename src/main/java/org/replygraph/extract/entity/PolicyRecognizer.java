package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.PolicyMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Finds the policy documents a text names, e.g. {@code 省政府办公厅印发《关于进一步深化制造业重点产业链链长制实施方案》}.
 * Skips the proposal's own title, periodicals (创办《增材制造》内刊), forms (…反馈意见表), and resolves
 * a back-reference (《方案》 after the full title) to the full title.
 *
 * <pre>{@code
 * PolicyRecognizer.Result r = new PolicyRecognizer().find(text, proposalTitle, agencies);
 * r.policies().get(0).title();   // 关于做好水泥行业常态化错峰生产的通知
 * r.proposalTitles();            // titles read as the proposal's own, where centres may still be named
 * }</pre>
 */
public final class PolicyRecognizer {
    /** The policies, and the spans of every title that is not a proposal's (centres are not sought there). */
    public record Result(List<PolicyMention> policies, List<Span> maskedTitles) { }

    /** What follows the proposal's own title: (第604号)收悉, 的提案收悉, 提案收悉. */
    private static final Pattern RECEIVED = Pattern.compile("\\s{0,3}(?:[(（][^()（）\\n]{0,20}[)）])?\\s{0,3}[^。，,；\\n《]{0,16}?收悉");
    /** Right after the proposal's own title: 》的提案, 》建议, 》(第94号建议). */
    private static final Pattern MOTION_AFTER = Pattern.compile(
            "\\s{0,3}(?:[(（][^()（）\\n]{0,20}[)）])?\\s{0,2}的?(?:提案|建议|议案)(?!书|稿|中|的)");
    /** Right before it: 您提出的《, 您在会上提出的关于《, 您《, 贵单位提出的《. */
    private static final Pattern ADDRESSEE_BEFORE = Pattern.compile(
            "(?:您|你们|您们|贵单位|贵委员会)(?:[^《》。，\\n]{0,30}?(?:提出|所提|提交|领衔)的?)?(?:关于)?\\s{0,2}$");
    /** Words after a title that make it a periodical or a book. */
    private static final Pattern PUBLICATION_AFTER = Pattern.compile("\\s{0,2}(?:内刊|杂志|期刊|刊物|一书|丛书|专刊|栏目|节目|报道)");
    /** Between titles of one chain: 《A》《B》, 《A》、《B》, 《A》和《B》. */
    private static final Pattern CHAIN_GAP = Pattern.compile("[\\s、，,和及与]{0,3}");
    /** Between a title and the short name it is given: 》(以下简称《, 》（简称“. */
    @Example(text = "(以下简称", read = "(以下简称", group = 0)
    @Example(text = "（简称", read = "（简称", group = 0)
    @Example(text = "和", read = Example.NOTHING)
    private static final Pattern SHORT_NAME_GAP = Pattern.compile("\\s{0,2}[(（]\\s{0,2}(?:以下)?简称\\s{0,2}[:：]?\\s{0,2}");

    /**
     * Right before a chain of titles, a verb by which a body issues or drafts a document: whatever its last
     * word, what it issues is a policy (印发《…项目名单》, 制订《…协作机制(试行)》, 编制完成《…规划修编2016-2030》).
     */
    @Example(text = "市政府办公厅正式印发", read = "印发")
    @Example(text = "水利部制订", read = "制订")
    @Example(text = "我局现已编制完成", read = "编制完成")
    @Example(text = "创办", read = Example.NOTHING)
    @Example(text = "印发文件并按照", read = Example.NOTHING)
    private static final Pattern ISSUED_BEFORE = Pattern.compile(
            "(?:联合)?(印发|出台|制定|制订|颁布|下发|发布|修订|编制(?:完成)?)了?\\s{0,2}$");
    /** After a chain of titles, a word that calls them documents: 《A》《B》等文件, 等政策文件, 等一系列文件. */
    @Example(text = "》等文件,确定了", read = "等文件")
    @Example(text = "》等政策措施", read = "等政策措施")
    @Example(text = "》等书籍", read = Example.NOTHING)
    private static final Pattern FILES_AFTER = Pattern.compile("等(?:一系列|系列|多个|[" + Fragments.CN_NUMERALS
            + "\\d]{1,2}[个项份])?(?:政策)?(?:文件|政策措施|政策)");
    /** A slogan quoted like a title: “一建议一方案”, 《一企一策》. */
    @Example(text = "一建议一方案", read = "一建议一方案")
    @Example(text = "一企一策", read = "一企一策")
    @Example(text = "一流学科建设方案", read = Example.NOTHING)
    private static final Pattern SLOGAN = Pattern.compile("^一[^一]{1,4}一[^一]{1,4}$");
    /** A document quoted inside its issuer's name: 内蒙古自治区工业和信息化厅〈关于印发…的通知〉. */
    @Example(text = "内蒙古自治区工业和信息化厅〈关于印发内蒙古自治区工业园区优化调整实施方案的通知〉", read = "内蒙古自治区工业和信息化厅〈关于印发内蒙古自治区工业园区优化调整实施方案的通知〉", group = 0)
    @Example(text = "关于〈中国制造2025〉的解读", read = Example.NOTHING)
    private static final Pattern NESTED = Pattern.compile("([^〈〉]{2,30}?)〈(关于[^〈〉]{4,120})〉");
    /** A notice issuing a document quoted inside its title: 关于印发<X>的通知, 某部 某部关于印发〈X〉的通知 (X is group 1). */
    @Example(text = "关于印发<某市2025年城市体检工作方案>的通知", read = "某市2025年城市体检工作方案")
    @Example(text = "财政部 交通运输部关于印发〈某某资金管理暂行办法〉的通知", read = "某某资金管理暂行办法")
    @Example(text = "关于〈中国制造2025〉的解读", read = Example.NOTHING)
    private static final Pattern ISSUES_INNER = Pattern.compile("[^<>〈〉《》＜＞]{0,40}?印发\\s{0,2}[<〈《＜]([^<>〈〉《》＜＞]{2,100})[>〉》＞]\\s{0,2}的?(?:通知|决定|批复)");

    /**
     * Before a programme quoted with “”, a verb that runs it: 组织实施“高等学校创新能力提升计划”, 启动“…计划”. A plan
     * in 《》 is a document; one in “” that is carried out is a funding line (issue 9 §3).
     */
    @Example(text = "教育部、财政部共同组织实施", read = "组织实施")
    @Example(text = "连续实施三轮", read = "实施三轮")
    @Example(text = "印发", read = Example.NOTHING)
    private static final Pattern PROGRAMME_BEFORE = Pattern.compile("(?:组织实施|实施|启动|设立)[^，。；、\\n“”《》]{0,4}$");
    /** After a quoted programme, the short name it goes by: (以下简称计划), (简称“2011计划”). */
    private static final Pattern PROGRAMME_AFTER = Pattern.compile("[(（](?:以下)?简称[“\"]?[^()（）]{0,10}计划");

    private final TitleScanner scanner = new TitleScanner();

    public Result find(String text, String proposalTitle, List<AgencyRef> agencies) {
        String proposalKey = proposalTitle == null ? null : TitleKey.of(TitleKey.clean(proposalTitle));
        List<PolicyMention> out = new ArrayList<>();
        BackReferences refs = new BackReferences();
        IssuerFirst issuerFirst = new IssuerFirst();
        Map<String, PolicyMention> shortNames = new HashMap<>();
        List<Span> masked = new ArrayList<>();
        List<QuotedTitle> titles = scanner.scan(text);
        int[] chainEnd = chainEnds(text, titles);
        int chainStart = -1;
        int previousEnd = -1;
        for (int i = 0; i < titles.size(); i++) {
            QuotedTitle t = titles.get(i);
            boolean chained = previousEnd >= 0 && CHAIN_GAP.matcher(text.substring(previousEnd, t.before())).matches();
            if (!chained) chainStart = t.before();
            previousEnd = t.after();
            String title = TitleKey.clean(t.raw());
            if (title.isEmpty()) continue;
            // 《内蒙古自治区工业和信息化厅〈关于印发…的通知〉》: the issuer, then its document in inner brackets, is one title.
            Matcher nested = NESTED.matcher(title);
            boolean issuerNested = nested.matches();
            if (issuerNested) title = nested.group(1) + nested.group(2);
            String key = TitleKey.of(title);
            if (isProposal(text, t, title, key, proposalKey)) continue;
            masked.add(new Span(t.start(), t.end()));
            int offset = issuerNested ? 0 : t.raw().indexOf(title);
            Span span = issuerNested ? new Span(t.start(), t.end()) : new Span(t.start() + offset, t.start() + offset + title.length());
            PolicyMention earlier = shortNames.get(key);
            if (earlier == null && (PolicyGenre.isBareGenre(title) || key.length() <= 8)) earlier = refs.latestContaining(key);
            // 《国家适应气候变化战略2035》(以下简称《适应战略2035》): the short name is the document just named, here and after.
            if (earlier == null && i > 0 && !out.isEmpty() && out.get(out.size() - 1).span().start() >= titles.get(i - 1).start()
                    && SHORT_NAME_GAP.matcher(text.substring(titles.get(i - 1).after(), t.before())).matches()) {
                earlier = out.get(out.size() - 1);
                shortNames.put(key, earlier);
            }
            if (earlier != null) {
                out.add(new PolicyMention(earlier.title(), span, earlier.docNumber(), earlier.issuers(), earlier.year()));
                refs.add(out.get(out.size() - 1));
                continue;
            }
            PolicyMention named = issuerFirst.fullFor(text, t, key);
            if (named != null) {
                out.add(new PolicyMention(named.title(), span, named.docNumber(), named.issuers(), named.year()));
                continue;
            }
            if (PolicyGenre.isBareGenre(title) || !isPolicy(text, t, title, chainStart, chainEnd[i])) continue;
            PolicyMention m = mention(text, t, title, span, chainStart, agencies);
            out.add(m);
            issuerFirst.add(text, key, m, out, out.size() - 1);
            refs.add(out.get(out.size() - 1));
            // 《关于印发<长春市某某工作方案>的通知》: the notice and the document it issues are both named.
            Matcher inner = ISSUES_INNER.matcher(t.raw());
            if (!issuerNested && inner.matches() && !PolicyGenre.isBareGenre(inner.group(1))) {
                PolicyMention issued = new PolicyMention(inner.group(1), new Span(t.start() + inner.start(1), t.start() + inner.end(1)),
                        null, m.issuers(), PolicyContext.titleYear(inner.group(1)) != null ? PolicyContext.titleYear(inner.group(1)) : m.year());
                out.add(issued);
                refs.add(issued);
            }
        }
        return new Result(out, masked);
    }

    /**
     * One policy named twice, once with its issuer inside the quotes and once before them (issue 9 §3):
     * 《国务院办公厅关于推进…的指导意见》 and 国务院办公厅《关于推进…的指导意见》 are one document, in either order.
     * The short title opens with 关于 and the words before its 《 are the rest of the full title. Titles are
     * looked up by key, so a letter of many titles stays linear.
     */
    private static final class IssuerFirst {
        /** Full titles by their part from 关于 on: 关于推进…的指导意见 -> 《国务院办公厅关于推进…》. */
        private final Map<String, PolicyMention> fullBySuffix = new HashMap<>();
        /** Short titles (opening with 关于) by key, as indexes into the output. */
        private final Map<String, List<Integer>> shortByKey = new HashMap<>();

        /** The full title an X《关于…》 stands for, or null. */
        PolicyMention fullFor(String text, QuotedTitle t, String key) {
            if (!key.startsWith(ABOUT)) return null;
            PolicyMention full = fullBySuffix.get(key);
            if (full == null) return null;
            String k = TitleKey.of(full.title());
            return issuerBefore(text, t.before(), k.substring(0, k.length() - key.length())) ? full : null;
        }

        /** Records a mention; a full title renames the short ones already read under its issuer. */
        void add(String text, String key, PolicyMention m, List<PolicyMention> out, int index) {
            if (key.startsWith(ABOUT)) {
                shortByKey.computeIfAbsent(key, x -> new ArrayList<>()).add(index);
                return;
            }
            int about = key.indexOf(ABOUT);
            if (about <= 0) return;
            String suffix = key.substring(about);
            fullBySuffix.putIfAbsent(suffix, m);
            for (int k : shortByKey.getOrDefault(suffix, List.of())) {
                PolicyMention e = out.get(k);
                if (issuerBefore(text, e.span().start() - 1, key.substring(0, about)))
                    out.set(k, new PolicyMention(m.title(), e.span(), m.docNumber(), m.issuers(), m.year()));
            }
        }
    }

    private static final String ABOUT = "关于";

    private static boolean issuerBefore(String text, int before, String issuer) {
        int at = before - issuer.length();
        return at >= 0 && text.startsWith(issuer, at);
    }


    private static PolicyMention mention(String text, QuotedTitle t, String title, Span span, int chainStart,
                                         List<AgencyRef> agencies) {
        int clause = PolicyContext.clauseStart(text, chainStart);
        int regionStart = Math.max(clause, lastTitleEnd(text, clause, chainStart));
        List<AgencyRef> issuers = PolicyContext.issuers(text, regionStart, chainStart, agencies);
        Matcher number = PolicyContext.ownNumber(text, t);
        Integer year = number != null ? Integer.valueOf(number.group(2)) : PolicyContext.clauseYear(text, clause, chainStart);
        if (year == null) year = PolicyContext.titleYear(title);
        return new PolicyMention(title, span, number == null ? null : number.group(1), issuers, year);
    }

    /** End of the last 》 in [from, to), or from: issuers of a later title stand after an earlier title. */
    private static int lastTitleEnd(String text, int from, int to) {
        int i = text.lastIndexOf('》', to - 1);
        return i >= from ? i + 1 : from;
    }

    private static boolean isProposal(String text, QuotedTitle t, String title, String key, String proposalKey) {
        if (key.equals(proposalKey)) return true;
        String core = PolicyGenre.core(title);
        if (core.endsWith("建议") || core.endsWith("提案") || core.endsWith("议案")) return true;
        if (RECEIVED.matcher(text).region(t.after(), text.length()).lookingAt()) return true;
        if (MOTION_AFTER.matcher(text).region(t.after(), text.length()).lookingAt()) return true;
        return ADDRESSEE_BEFORE.matcher(text.substring(Math.max(0, t.before() - 40), t.before())).find();
    }

    /** For each title, the end of the chain of titles (《A》《B》) it belongs to. */
    private static int[] chainEnds(String text, List<QuotedTitle> titles) {
        int[] out = new int[titles.size()];
        for (int i = titles.size() - 1; i >= 0; i--) {
            boolean chainedToNext = i + 1 < titles.size() && titles.get(i).after() <= titles.get(i + 1).before()
                    && CHAIN_GAP.matcher(text.substring(titles.get(i).after(), titles.get(i + 1).before())).matches();
            out[i] = chainedToNext ? out[i + 1] : titles.get(i).after();
        }
        return out;
    }

    private static boolean isPolicy(String text, QuotedTitle t, String title, int chainStart, int chainEnd) {
        Matcher pub = PUBLICATION_AFTER.matcher(text);
        pub.region(t.after(), text.length());
        if (pub.lookingAt()) return false;
        if (PolicyGenre.isTechnicalStandard(title) || PolicyGenre.isWorkLedger(title) || SLOGAN.matcher(PolicyGenre.core(title)).matches()) return false;
        if (isCalledAStandard(text, t, title)) return false;
        if (isProgramme(text, t, title)) return false;
        if (PolicyGenre.isPolicyGenre(title)) return true;
        if (PolicyGenre.isTargetYearName(title) && PolicyContext.appliedAsPolicy(text, t.before())) return true;
        return t.open() != '“' && (!PolicyGenre.isNotPolicy(title) || PolicyGenre.isInstructingLetter(title))
                && byCue(text, t, chainStart, chainEnd);
    }

    /**
     * Whether a title ending as a standard does (…标准, …规范, …规程, …导则) is a technical standard by its context: the
     * words before it call it one (地方标准《…》, 大数据标准《…》), or a standard's number follows it (DB50/T 123-2018,
     * GB/T 1234-2020). Without such a cue a 《…规范》 may still be a policy.
     */
    private static boolean isCalledAStandard(String text, QuotedTitle t, String title) {
        if (!STANDARD_ENDING.matcher(PolicyGenre.core(title)).find()) return false;
        return STANDARD_BEFORE.matcher(text.substring(Math.max(0, t.before() - 12), t.before())).find()
                || STANDARD_NUMBER.matcher(text).region(t.after(), text.length()).lookingAt();
    }

    private static final Pattern STANDARD_ENDING = Pattern.compile("(?:标准|规范|规程|导则)$");
    /** Words right before a title that call it a standard: 地方标准《, 大数据标准《, 行业规范. */
    @Example(text = "制定示例县农村公路建设的地方标准", read = "标准")
    @Example(text = "列入地方标准", read = "标准")
    @Example(text = "按照标准要求执行", read = Example.NOTHING)
    private static final Pattern STANDARD_BEFORE = Pattern.compile("(标准|技术规范)\\s{0,2}$");
    /** A standard's number right after a title: (DB50/T 123-2018), GB/T 50001—2017. */
    @Example(text = "(DB50/T 123-2018)", read = "DB50/T 123-2018")
    @Example(text = " GB 50016-2014", read = "GB 50016-2014")
    @Example(text = "(渝府办〔2022〕16号)", read = Example.NOTHING)
    private static final Pattern STANDARD_NUMBER = Pattern.compile(
            "\\s{0,2}[(（]?\\s{0,2}((?:GB|DB|JGJ|CJJ|HJ|JT|DL|SL|T/)[A-Z0-9/]{0,8}\\s{0,2}[0-9.]{1,8}\\s{0,2}[-—–]\\s{0,2}(?:19|20)\\d\\d)");

    /**
     * Whether a “…计划” is a programme that is run (组织实施“高等学校创新能力提升计划”(以下简称计划)), not a document;
     * 《…计划》 and an action plan (…行动计划) issued by a body stay policies.
     */
    private static boolean isProgramme(String text, QuotedTitle t, String title) {
        if (t.open() != '“' || !PolicyGenre.core(title).endsWith("计划") || PolicyGenre.core(title).endsWith("行动计划")) return false;
        return PROGRAMME_BEFORE.matcher(text.substring(Math.max(0, t.before() - 12), t.before())).find()
                || PROGRAMME_AFTER.matcher(text).region(t.after(), text.length()).lookingAt();
    }

    /**
     * Whether the words around a title call it a document whatever its last word (issue 9 §3): an issuing verb
     * before its chain (印发《…》), its own 文号 after it, or 等文件 after its chain.
     */
    private static boolean byCue(String text, QuotedTitle t, int chainStart, int chainEnd) {
        if (ISSUED_BEFORE.matcher(text.substring(Math.max(0, chainStart - 8), chainStart)).find()) return true;
        if (PolicyContext.ownNumber(text, t) != null) return true;
        return FILES_AFTER.matcher(text).region(chainEnd, text.length()).lookingAt();
    }
}
