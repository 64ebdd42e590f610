package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;

/**
 * Reads the proposal's title from the acknowledgement sentence: "您提出的《关于…的建议》(第604号)收悉",
 * "关于《X》的提案收悉" (X), "“关于…的提案”的建议收悉", or with a mark lost: "您提出关于…的建议》收悉".
 */
public final class TitleParser {
    /** What may stand between 关于 and 《 of a bare title that cites another: no quote, stop or space. */
    private static final Pattern CITING_GAP = Pattern.compile("[^《》“”,,。:\\s]*");
    /** The end of a forwarding clause before a quoted title: "关于李小明在…期间提出的《". */
    @Example(text = "关于李小明在县政协十届五次会议期间提出的", read = "提出的")
    @Example(text = "关于落实", read = Example.NOTHING)
    private static final Pattern FORWARDING = Pattern.compile("(?:提出|提交|所提)的?$");
    private static final Pattern MOTION_END = Pattern.compile(".*(提案|建议|议案)");
    @Example(text = "您提出的“关于加快发展人工智能的提案”的建议", read = "关于加快发展人工智能的提案")
    @Example(text = "您提出的“加快发展”", read = Example.NOTHING)
    private static final Pattern QUOTED = Pattern.compile("[“\"「]((?:关于)[^”\"」\\n]{2,150}?)[”\"」]");
    /** A quoted motion title that does not open with 关于: 你提出的“建议帮助实施河堤加固工程的建议案”,问题已交…. */
    @Example(text = "你提出的“建议帮助列项并实施河堤加固项目工程的建议案”,问题已交由我局", read = "建议帮助列项并实施河堤加固项目工程的建议案")
    @Example(text = "要求做到重点建议“一建议一方案”", read = Example.NOTHING)
    private static final Pattern QUOTED_MOTION = Pattern.compile("[“\"「]([^”\"」\\n]{4,150}?(?:提案|建议|议案|建议案))[”\"」]");
    private static final Pattern AFTER_INNER = Pattern.compile("\\s{0,2}的?\\s{0,2}(?:提案|建议|议案)");
    @Example(text = "您提出关于加快老旧小区改造的建议收悉", read = "关于加快老旧小区改造的建议")
    @Example(text = "关于做好2024年工作的通知", read = Example.NOTHING)
    private static final Pattern BARE = Pattern.compile("关于[^\\n。]{2,150}?(?:的)?(?:提案|建议|议案)");

    /** A back-reference to the motion, not its title: (以下简称《建议》), 简称《提案》, 您的《建议》. */
    @Example(text = "(以下简称《建议》)已交我局办理", read = "建议")
    @Example(text = "您的《提案》", read = "提案")
    @Example(text = "您的《关于加快发展的建议》", read = Example.NOTHING)
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "[^《]{0,4}《(建议|提案|议案|意见|来信|建议书|提案书)》");

    /** A heading's title in parentheses after the number: "第045号提案(关于加强职业技能人才培养的提案)的答复". */
    @Example(text = "第045号提案(关于加强职业技能人才培养的提案)的答复", read = "关于加强职业技能人才培养的提案")
    @Example(text = "第045号提案(B类)的答复", read = Example.NOTHING)
    private static final Pattern HEADING_PARENS = Pattern.compile(
            "号\\h{0,2}(?:提案|建议|议案)?\\h{0,2}[((](关于[^()()\\n]{2,150}?(?:提案|建议|议案))[))]");

    /** The proposer's own motion quoted after 提出的 in a sentence that goes on without 收悉: "您提出的《关于…的建议》对于…". */
    @Example(text = "您好!您提出的《关于贯通自新村与涉县消防通道的建议》对于提升区域", read = "《")
    @Example(text = "你们在县十七届人大二次会议上提出的“关于硬化通村公路的议案”", read = "“")
    @Example(text = "您提出的问题,《关于加快发展的意见》已印发", read = Example.NOTHING)
    private static final Pattern PROPOSED = Pattern.compile(
            "(?:您|你们?|贵(?:单位|党派|会|委|组))(?:所|在[^《“\n。]{0,60}?)?(?:领衔)?提出?的\\h{0,2}([《“])");

    /**
     * The body's first sentence opening with the motion's title, unquoted, then a comma and what the writer did with it
     * (关于增设路灯的建议,某某交警大队高度重视…), as a page without 收悉 writes it under the salutation.
     */
    @Example(text = "关于增设路灯解决学校门口车辆违停的建议,某某交警大队高度重视", read = "关于增设路灯解决学校门口车辆违停的建议")
    @Example(text = "关于路灯的问题,我局已经答复", read = Example.NOTHING)
    @Example(text = "关于您提出的建议,我局高度重视", read = Example.NOTHING)
    private static final Pattern OPENING = Pattern.compile("\\h{0,4}(关于(?!您|你)[^\n。,,;;“”《》]{2,120}?的?(?:提案|建议|议案))\\h{0,2}[,,]");

    /** The title opening the body's first line, unquoted, before a comma ({@link #OPENING}); empty when the line opens otherwise. */
    public Optional<Located<String>> opening(String text, int from, int to) {
        Matcher m = OPENING.matcher(text).region(from, to);
        return m.lookingAt() ? Optional.of(Located.at(m.group(1), m.start(1), m.end(1))) : Optional.empty();
    }

    /**
     * A motion title the proposer is said to have written when no acknowledgement (收悉) closes the sentence:
     * "您提出的《关于贯通自新村与涉县消防通道的建议》对于…具有重要意义"; only a title that reads as a motion (关于…, or
     * ending in 提案/建议/议案); empty when none in [from, to).
     */
    public Optional<Located<String>> proposed(String text, int from, int to) {
        Matcher m = PROPOSED.matcher(text).region(from, to);
        if (!m.find()) return Optional.empty();
        Optional<Located<String>> t;
        if (m.group(1).equals("《")) {
            t = balanced(text, m.start(1), to);
        } else {
            int close = text.indexOf('”', m.end(1));
            t = close < 0 || close > to ? Optional.empty() : located(text, m.end(1), close);
        }
        return t.filter(x -> x.value().startsWith("关于") || MOTION_END.matcher(x.value()).matches());
    }

    /** Finds the title in the sentence [from, ackEnd), where ackEnd is just before 收悉; empty when none. */
    public Optional<Located<String>> find(String text, int from, int ackEnd) {
        String s = text.substring(from, ackEnd);
        int outer = s.indexOf("关于《");
        if (outer >= 0) {
            // 关于《X》的提案 names the title X; 关于《X》落实的建议 is a bare title that cites X.
            Optional<Located<String>> inner = balanced(text, from + outer + 2, ackEnd);
            if (inner.isPresent() && AFTER_INNER.matcher(text).region(inner.get().span().end() + 1, ackEnd).lookingAt())
                return inner;
            // 关于《关于…的建议》已收悉: a frame around a whole motion title; the title is the inner one.
            if (inner.isPresent() && inner.get().value().startsWith("关于") && MOTION_END.matcher(inner.get().value()).matches())
                return inner;
            Matcher b = BARE.matcher(s).region(outer, s.length());
            if (b.find()) return Optional.of(Located.at(b.group(), from + b.start(), from + b.end()));
            return inner;
        }
        int open = s.indexOf('《');
        // “关于…的建议”(以下简称《建议》): a back-reference is never the title; the quote before it is.
        if (open >= 0 && BACK_REFERENCE.matcher(s).region(Math.max(0, open - 4), s.length()).lookingAt()) open = -1;
        if (open >= 0) {
            // "关于落实《X》的建议": a bare title that cites X, not the title X.
            int about = s.lastIndexOf("关于", open);
            // "关于李小明在…期间提出的《X》": a forwarding clause around the title X, not a bare title that cites it.
            if (about >= 0 && open - about <= 30 && CITING_GAP.matcher(s.substring(about, open)).matches()
                    && !FORWARDING.matcher(s.substring(about, open)).find()) {
                Matcher b = BARE.matcher(s).region(about, s.length());
                if (b.lookingAt()) return Optional.of(Located.at(b.group(), from + b.start(), from + b.end()));
            }
            return balanced(text, from + open, ackEnd);
        }
        Matcher q = QUOTED.matcher(s);
        if (q.find()) return Optional.of(Located.at(q.group(1), from + q.start(1), from + q.end(1)));
        Matcher qm = QUOTED_MOTION.matcher(s);
        if (qm.find()) return Optional.of(Located.at(qm.group(1), from + qm.start(1), from + qm.end(1)));
        int close = s.indexOf('》');
        int about = s.indexOf("关于");
        if (close > 0 && about >= 0 && about < close)   // the opening mark was lost
            return Optional.of(Located.at(s.substring(about, close), from + about, from + close));
        Matcher b = BARE.matcher(s);
        if (b.find()) return Optional.of(Located.at(b.group(), from + b.start(), from + b.end()));
        return Optional.empty();
    }

    /**
     * A title the heading quotes, when the body does not: "对第88号提案《关于加快老旧小区改造的提案》的答复",
     * "关于《加快发展县域冷链物流》提案的答复"; only a 《》 that reads as a motion's title (关于…, ending in
     * 提案/建议/议案, or followed by them); else a title in parentheses after the number.
     */
    public Optional<Located<String>> inHeading(String text, int from, int to) {
        for (int open = text.indexOf('《', from); open >= 0 && open < to; open = text.indexOf('《', open + 1)) {
            Optional<Located<String>> t = balanced(text, open, to);
            if (t.isEmpty()) continue;
            int close = t.get().span().end() + 1;
            boolean motionAfter = close <= to && AFTER_INNER.matcher(text).region(close, to).lookingAt();
            if (t.get().value().startsWith("关于") || MOTION_END.matcher(t.get().value()).matches() || motionAfter)
                return t;
        }
        Matcher l = LABELLED.matcher(text).region(from, to);
        if (l.find()) return Optional.of(Located.at(l.group(1), l.start(1), l.end(1)));
        Matcher p = HEADING_PARENS.matcher(text).region(from, to);
        if (p.find()) return Optional.of(Located.at(p.group(1), p.start(1), p.end(1)));
        return Optional.empty();
    }

    /**
     * A header line labelling the motion's title, unquoted: "提案内容:加快张三村道路建设的提案", "建议题目:关于…的建议"; the
     * value is the whole line and ends with the motion's noun (a line of content is no title).
     */
    @Example(text = "提案内容:尽快促进某县协会换届的提案\n", read = "尽快促进某县协会换届的提案")
    @Example(text = "建议标题: 关于修建张三村公路的建议", read = "关于修建张三村公路的建议")
    @Example(text = "提案内容:建议加快道路建设,完善路网。", read = Example.NOTHING)
    private static final Pattern LABELLED = Pattern.compile(
            "(?m)^\\h{0,4}(?:提案|建议|议案)\\h{0,2}(?:内容|题目|标题|名称|案由)\\h{0,2}[::]\\h{0,2}([^\\n。,,;;::]{4,150}?(?:提案|建议|议案))\\h*$");

    /** The content of the 《 at {@code open}, up to its matching 》 (titles may nest 《》). */
    private static Optional<Located<String>> balanced(String text, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '《') depth++;
            else if (c == '》' && --depth == 0) return located(text, open + 1, i);
        }
        // The closing mark was lost: the title runs to the first (, 收悉 or end of the sentence.
        int end = open + 1;
        while (end < limit && "((\n".indexOf(text.charAt(end)) < 0) end++;
        return located(text, open + 1, end);
    }

    private static Optional<Located<String>> located(String text, int s, int e) {
        String t = text.substring(s, e).strip();
        return t.length() < 2 ? Optional.empty() : Optional.of(Located.at(t, s, s + t.length()));
    }
}
