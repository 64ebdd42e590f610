package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.CentreFact;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Fragments;
import org.replygraph.text.OpeningChars;

/**
 * Finds dates and figures a letter states about a named centre: 于2018年6月获批筹建, 2020年3月正式揭牌,
 * 分别于2019、2021年升级为国家级 (one year per listed centre, in order), 现有员工120余人, 申请专利86项,
 * 联盟成员已发展96家, 吸引了9家核心企业、3所重点高校. Each is kept only where {@link CentreSubject}
 * finds the clause to be about that centre; a figure of the province (我省已备案21家…) is not.
 *
 * <pre>{@code
 * List<CentreFact> f = new CentreFactRecognizer().find(text, centres);
 * f.get(0);   // 国家增材制造创新中心 approvalDate 2018-06
 * }</pre>
 */
public final class CentreFactRecognizer {
    private static final String DATE = "\\d{4}年?(?:\\d{1,2}月(?:\\d{1,2}日)?)?";
    /** The event words: approval (获批为 names a designation, not the centre's approval), opening, upgrade. */
    private static final String TRIGGER = "(?:(?<approval>(?:获批|获得批复|获得批准|批准)(?!为)(?:筹建|建设|组建|设立|成立)?)"
            + "|(?<opening>揭牌|挂牌|正式成立|投入运行|正式运行)|(?<upgrade>(?:升级|晋升|升格)为(?:国家级|省级)))";
    /** One date or a list of them, then the event: 2018年6月获批筹建, 2019、2021年升级为国家级. */
    private static final OpeningChars EVENT = new OpeningChars(Pattern.compile("(?<![0-9])(" + DATE + "(?:[、和及]" + DATE + "){0,5})(?:正式|成功|先后|分别|被){0,2}"
            + TRIGGER), "0123456789");
    private static final OpeningChars BARE_EVENT = new OpeningChars(Pattern.compile(TRIGGER), "获批揭挂正投升晋");
    /** A clause that is only a date, before the clause with the event: 2020年3月，国家…中心正式揭牌. */
    private static final Pattern DATE_CLAUSE = Pattern.compile("(?:于|在)?(" + DATE + ")");
    private static final Pattern ONE_DATE = Pattern.compile("(\\d{4})年?(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?");
    private static final String NUMBER = "(约)?(\\d{1,7}(?:\\.\\d{1,3})?)(余|多)?";
    /** A counted noun, then the number: 现有员工120余人, 申请专利86项, 联盟成员已发展96家. */
    private static final OpeningChars NOUN_FIRST = new OpeningChars(Pattern.compile("(?:现有|拥有|共有|已有|申请|授权|获得)?"
            + "(员工|职工|研发人员|科研人员|工作人员|人员|发明专利|专利|联盟成员|成员单位|会员单位|成员|会员)"
            + "(?:总数)?(?:已发展到?|发展到?|已达到?|达到?|共|总计|累计|已有|为){0,2}" + NUMBER + "(人|名|项|件|家|个)"),
            "现拥共已申授获" + "员职研科工人发专联成会");
    /** A verb, then number and counted noun: 吸引了9家核心企业; items may follow after 、. */
    private static final OpeningChars VERB_FIRST = new OpeningChars(Pattern.compile("(吸引|集聚|汇聚|聚集|联合|拥有|现有)了?" + NUMBER
            + "(家|所|个|名|位|人|项|件)([" + Fragments.HAN + "]{1,8}?)(?=[、，。；,;]|参与|加入|共同|等)"), "吸集汇聚联拥现");
    private static final Pattern NEXT_ITEM = Pattern.compile("、" + NUMBER
            + "(家|所|个|名|位|人|项|件)([" + Fragments.HAN + "]{1,8}?)(?=[、，。；,;]|参与|加入|共同|等)");

    public List<CentreFact> find(String text, List<CentreMention> centres) {
        List<CentreFact> out = new ArrayList<>();
        if (centres.isEmpty()) return out;
        CentreSubject subjects = new CentreSubject(text, centres);
        events(text, subjects, out);
        nounFirst(text, subjects, out);
        verbFirst(text, subjects, out);
        out.sort(Comparator.comparingInt((CentreFact f) -> f.span().start()).thenComparing(CentreFact::centre));
        return out;
    }

    private void events(String text, CentreSubject subjects, List<CentreFact> out) {
        Set<Integer> dated = new HashSet<>();
        OpeningChars.Scan events = EVENT.scan(text);
        while (events.find()) {
            Matcher m = events.matcher();
            dated.add(m.end());
            List<CentreMention> about = subjects.of(subjects.clauseStart(m.start()), m.start());
            add(dates(m.group(1)), property(m), about, new Span(m.start(), m.end()), out);
        }
        OpeningChars.Scan bares = BARE_EVENT.scan(text);
        while (bares.find()) {
            Matcher bare = bares.matcher();
            if (dated.contains(bare.end())) continue;
            int clause = subjects.clauseStart(bare.start());
            if (clause < 2 || "，,".indexOf(text.charAt(clause - 1)) < 0) continue;
            int before = subjects.clauseStart(clause - 1);
            Matcher date = DATE_CLAUSE.matcher(text).region(before, clause - 1);
            if (!date.matches()) continue;
            List<CentreMention> about = subjects.of(clause, bare.start());
            add(dates(date.group(1)), property(bare), about, new Span(before, bare.end()), out);
        }
    }

    private static String property(Matcher m) {
        return m.group("approval") != null ? "approvalDate" : m.group("opening") != null ? "openingDate" : "upgradeDate";
    }

    /** One date for every centre of the subject, or, for as many dates as centres, the i-th date to the i-th. */
    private static void add(List<String> dates, String property, List<CentreMention> about, Span span, List<CentreFact> out) {
        if (dates.size() == 1) {
            for (CentreMention c : about) out.add(new CentreFact(c.name(), property, dates.get(0), null, false, null, span));
        } else if (dates.size() == about.size()) {
            // 分别于2019、2021年: the i-th date belongs to the i-th listed centre.
            for (int i = 0; i < dates.size(); i++)
                out.add(new CentreFact(about.get(i).name(), property, dates.get(i), null, false, null, span));
        }
    }

    /** Each date of a list; a year written once for several (2019、2021年) stands for each. */
    static List<String> dates(String list) {
        List<String> out = new ArrayList<>();
        Matcher d = ONE_DATE.matcher(list);
        while (d.find()) {
            String iso = d.group(1);
            if (d.group(2) != null) iso += String.format("-%02d", Integer.parseInt(d.group(2)));
            if (d.group(3) != null) iso += String.format("-%02d", Integer.parseInt(d.group(3)));
            out.add(iso);
        }
        return out;
    }

    private void nounFirst(String text, CentreSubject subjects, List<CentreFact> out) {
        OpeningChars.Scan found = NOUN_FIRST.scan(text);
        while (found.find()) {
            Matcher m = found.matcher();
            List<CentreMention> about = subjects.of(subjects.clauseStart(m.start()), m.start());
            if (about.size() != 1) continue;
            String property = measure(m.group(1), false);
            out.add(figure(about.get(0), property, m, 2, m.group(1), new Span(m.start(), m.end())));
        }
    }

    private void verbFirst(String text, CentreSubject subjects, List<CentreFact> out) {
        OpeningChars.Scan found = VERB_FIRST.scan(text);
        while (found.find()) {
            Matcher m = found.matcher();
            List<CentreMention> about = subjects.of(subjects.clauseStart(m.start()), m.start());
            if (about.size() != 1) continue;
            boolean joins = !m.group(1).endsWith("有");
            String property = measure(m.group(6), joins);
            if (property == null) continue;
            out.add(figure(about.get(0), property, m, 2, m.group(6), new Span(m.start(), m.end())));
            Matcher next = NEXT_ITEM.matcher(text).region(m.end(), text.length());
            while (next.lookingAt()) {
                String p = measure(next.group(5), joins);
                if (p != null) out.add(figure(about.get(0), p, next, 1, next.group(5), new Span(next.start() + 1, next.end())));
                next.region(next.end(), text.length());
            }
        }
    }

    /** What a counted noun measures; whatever joins a centre (企业, 高校, 专家) is a participant. */
    static String measure(String noun, boolean joins) {
        if (noun.contains("专利")) return "patentCount";
        if (noun.contains("成员") || noun.contains("会员")) return "memberCount";
        if (noun.endsWith("员工") || noun.endsWith("职工") || noun.endsWith("人员")) return "staffCount";
        return joins ? "participantCount" : null;
    }

    /** A figure from groups approx, number, more, unit starting at group {@code first}. */
    private static CentreFact figure(CentreMention c, String property, Matcher m, int first, String counted, Span span) {
        boolean approximate = m.group(first) != null || m.group(first + 2) != null;
        return new CentreFact(c.name(), property, m.group(first + 1), m.group(first + 3), approximate, counted, span);
    }
}
