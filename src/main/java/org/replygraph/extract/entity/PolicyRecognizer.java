package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.AgencyRef;
import org.replygraph.extract.PolicyMention;
import org.replygraph.extract.Span;

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

    private final TitleScanner scanner = new TitleScanner();

    public Result find(String text, String proposalTitle, List<AgencyRef> agencies) {
        String proposalKey = proposalTitle == null ? null : TitleKey.of(TitleKey.clean(proposalTitle));
        List<PolicyMention> out = new ArrayList<>();
        BackReferences refs = new BackReferences();
        List<Span> masked = new ArrayList<>();
        List<QuotedTitle> titles = scanner.scan(text);
        int chainStart = -1;
        int previousEnd = -1;
        for (QuotedTitle t : titles) {
            boolean chained = previousEnd >= 0 && CHAIN_GAP.matcher(text.substring(previousEnd, t.before())).matches();
            if (!chained) chainStart = t.before();
            previousEnd = t.after();
            String title = TitleKey.clean(t.raw());
            if (title.isEmpty()) continue;
            String key = TitleKey.of(title);
            if (isProposal(text, t, title, key, proposalKey)) continue;
            masked.add(new Span(t.start(), t.end()));
            int offset = t.raw().indexOf(title);
            Span span = new Span(t.start() + offset, t.start() + offset + title.length());
            PolicyMention earlier = PolicyGenre.isBareGenre(title) || key.length() <= 8 ? refs.latestContaining(key) : null;
            if (earlier != null) {
                out.add(new PolicyMention(earlier.title(), span, earlier.docNumber(), earlier.issuers(), earlier.year()));
                refs.add(out.get(out.size() - 1));
                continue;
            }
            if (PolicyGenre.isBareGenre(title) || !isPolicy(text, t, title)) continue;
            out.add(mention(text, t, title, span, chainStart, agencies));
            refs.add(out.get(out.size() - 1));
        }
        return new Result(out, masked);
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

    private static boolean isPolicy(String text, QuotedTitle t, String title) {
        Matcher pub = PUBLICATION_AFTER.matcher(text);
        pub.region(t.after(), text.length());
        if (pub.lookingAt()) return false;
        if (PolicyGenre.isTechnicalStandard(title)) return false;
        if (PolicyGenre.isPolicyGenre(title)) return true;
        return PolicyGenre.isTargetYearName(title) && PolicyContext.appliedAsPolicy(text, t.before());
    }
}
