package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.AgencyRef;

/**
 * Reads what the words around a policy title state about it: in
 * {@code 2021年3月25日，省工信厅、省生态环境厅印发《…》(陕工信发〔2021〕92号)} the year 2021, the issuers
 * 省工信厅 and 省生态环境厅, and the document's own number.
 */
final class PolicyContext {
    /** Verbs by which a body issues a document; the issuers stand before them. */
    private static final Pattern ISSUE_VERB = Pattern.compile("(?:联合)?(?:印发|出台|发布|下达|颁布|制定|修订完善|修订|公布|发文)");
    /** A year that dates the issuing, not a period start: 2022年4月 yes, 2023年以来 no. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年(?!以来|起|至|到|—|-|度)");
    /** The document's own number right after the title: (陕工信发〔2021〕92号), [2017], ﹝2022﹞ and ［2022］ brackets too. */
    private static final Pattern OWN_NUMBER = Pattern.compile(
            "\\s{0,3}[(（]\\s{0,2}([^()（）\\s]{1,15}?[〔\\[【﹝［]\\s{0,2}((?:19|20)\\d\\d)\\s{0,2}[〕\\]】﹞］]\\s{0,2}第?\\s{0,2}\\d{1,5}\\s{0,2}号)\\s{0,2}[)）]");
    /** A year inside a title: 关于进一步做好2017年创新型城市建设有关工作的通知. */
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d\\d)(?:年|\\s{0,2}[-—–~至到]\\s{0,2}(?:19|20)\\d\\d年)");
    /** Verbs that put a document to work, which make a year-named title (中国制造2025) a policy. */
    private static final Pattern APPLY_VERB = Pattern.compile("(?:落实|贯彻|实施|印发|出台|根据|按照|依据|执行|对照|对标)[了好]?$");

    private PolicyContext() {
    }

    /** The document number written right after the title, or null; group 2 is its year. */
    static Matcher ownNumber(String text, QuotedTitle t) {
        Matcher m = OWN_NUMBER.matcher(text);
        m.region(t.after(), text.length());
        return m.lookingAt() ? m : null;
    }

    /** Where the clause leading to a title begins: after the last 。；！？ or line end, at most 80 chars back. */
    static int clauseStart(String text, int from) {
        int limit = Math.max(0, from - 80);
        for (int i = from - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') return i + 1;
        }
        return limit;
    }

    /** The issuers named before an issuing verb between {@code regionStart} and the title. */
    static List<AgencyRef> issuers(String text, int regionStart, int titleOpen, List<AgencyRef> agencies) {
        String region = text.substring(regionStart, titleOpen);
        Matcher v = ISSUE_VERB.matcher(region);
        int verb = -1;
        while (v.find()) verb = v.start();
        if (verb < 0) return List.of();
        int verbAt = regionStart + verb;
        List<AgencyRef> out = new ArrayList<>();
        for (AgencyRef a : agencies)
            if (a.span().start() >= regionStart && a.span().end() <= verbAt) out.add(a);
        return out;
    }

    /** The year the clause dates the issuing with, the nearest before the title, or null. */
    static Integer clauseYear(String text, int clauseStart, int titleOpen) {
        Matcher m = YEAR.matcher(text);
        m.region(clauseStart, titleOpen);
        Integer year = null;
        while (m.find()) year = Integer.valueOf(m.group(1));
        return year;
    }

    /** The first year written inside the title, or null. */
    static Integer titleYear(String title) {
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Whether the words just before the title put a document to work (落实《中国制造2025》). */
    static boolean appliedAsPolicy(String text, int titleOpen) {
        String before = text.substring(Math.max(0, titleOpen - 6), titleOpen);
        return APPLY_VERB.matcher(before).find();
    }
}
