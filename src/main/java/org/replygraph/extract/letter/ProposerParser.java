package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Reads proposers named by a label rather than a salutation, as a co-handling opinion or a metadata
 * table names them: "(提案人:方志刚委员)" -> [方志刚], 委员; "提案者:梁志坚、区美玲"; "领衔提案人:张三、李四等3位委员";
 * "建议人: | 王五 |", "| 领衔代表 | 田建明 | 附议代表 | 孙丽、赵国华 |".
 */
public final class ProposerParser {
    private static final Pattern SPACE = Pattern.compile("\\h");
    /**
     * The label (提案人, 建议人, 领衔人, 附议人, or 领衔代表/附议委员/委员姓名 with the role in it), then a colon or a
     * table cell border, so prose ("提案人提出…") is never read.
     */
    @Example(text = "提案人:梁志坚、区美玲", read = "梁志坚、区美玲", group = 2)
    @Example(text = "领衔代表:郑海波", read = "代表")
    @Example(text = "提案者|吴九", read = "吴九", group = 2)
    @Example(text = "提案的答复", read = Example.NOTHING)
    @Example(text = "委员姓名:释明心", read = "释明心", group = 2)
    @Example(text = "代表姓名提交名单", read = Example.NOTHING)
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:提\\h{0,2}案|建\\h{0,2}议|提\\h{0,2}出|领\\h{0,2}衔|附\\h{0,2}议)\\h{0,2}[人者]"
                    // the role labels the list itself: 领衔代表:, 附议委员:, 委员姓名:
                    + "|(?:(?:领\\h{0,2}衔|附\\h{0,2}议)\\h{0,2}|(?=(?:代表|委员)\\h{0,2}姓\\h{0,2}名))(代表|委员)(?:\\h{0,2}姓\\h{0,2}名)?)"
                    + "\\h{0,2}(?:[:：]\\h{0,3}\\|?|\\|)\\h{0,3}([^)）|,，。;；:：\\s]{2,60})");
    /** What may follow the names: 等3位, then the role. */
    private static final Pattern TAIL = Pattern.compile(
            "(?:等\\h{0,2}[0-9" + Fragments.CN_NUMERALS + "]{0,3}\\h{0,2}[名位人]?)?\\h{0,2}(委员|代表)?\\h*$");
    private static final Pattern NAME = PersonName.PATTERN;
    /** Words of units and groups, never of a person: 民盟市委会, 农工党支部, 工商联界别. */
    @Example(text = "民盟市委会", read = "民盟")
    @Example(text = "郑海波", read = Example.NOTHING)
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "委员|代表|政协|人大|各位|全体|单位|界别|小组|委会|[" + Fragments.LEVELS + "]委|民盟|民革|民建|民进|农工|致公|九三|台盟|工商联|学社|支部|协会|商会");

    /**
     * Proposers named in the opening sentence, as a co-handler writes to the lead body: "陈宝国等代表在县十九届人大四次会议上
     * 提出的第152号建议", "刘世云代表提出的《…》", "张三、李四委员所提", and "提案人常洁提出的…" without a colon. The names open a
     * line or a clause.
     */
    @Example(text = "关于耿大成等代表提出的《关于打造复合型功能科创“孵化家园”的建议》已收悉", read = "耿大成")
    @Example(text = "代表提出的建议", read = Example.NOTHING)
    private static final Pattern IN_SENTENCE = Pattern.compile(
            "(?m)(?:^|[,,。;;::\\h])\\h{0,4}(?:关于|对)?((?:\\p{IsHan}{2,4}、){0,20}\\p{IsHan}{2,4}?)"
                    + "(?:等\\h{0,2}[0-9" + Fragments.CN_NUMERALS + "]{0,3}\\h{0,2}[名位]?)?\\h{0,2}(代表|委员)(?:们)?"
                    + "(?:在[^。\\n]{0,40}?)?(?:提出|提交|所提)");
    private static final Pattern LABEL_IN_SENTENCE = Pattern.compile(
            "提案人\\h{0,2}((?:\\p{IsHan}{2,4}、){0,20}\\p{IsHan}{2,4}?)(?:等\\h{0,2}[0-9" + Fragments.CN_NUMERALS + "]{0,3}\\h{0,2}[名位]?)?(委员)?(?:提出|所提)");
    /**
     * Proposers named in the forwarding clause a title is quoted in: "关于李小明在县政协十届五次会议期间提出的《…》", with no
     * role word; the names open the clause, and the time and place of proposing (在…期间/上) mark it as a forwarding.
     */
    @Example(text = "关于李小明在县政协十届五次会议期间提出的《关于加快科技创新的建议》收悉", read = "李小明")
    @Example(text = "关于张三、李四委员在市政协十三届二次会议上提出的“关于…的提案”", read = "张三、李四")
    @Example(text = "关于在全市开展调研期间提出的《工作方案》", read = Example.NOTHING)
    private static final Pattern FORWARDED = Pattern.compile(
            "(?m)(?:^|[,,。;;::\\h])\\h{0,4}(?:关于|对)?((?:\\p{IsHan}{2,4}、){0,20}\\p{IsHan}{2,4}?)(?:等\\h{0,2}[0-9"
                    + Fragments.CN_NUMERALS + "]{0,3}\\h{0,2}[名位]?)?(代表|委员)?在[^《“。\\n]{2,40}?(?:会议|会)(?:期间|上|中)?(?:提出|提交|所提)的[《“]");
    /** A further proposer the same sentence forwards after the first title: "…》和梁大伟提出的《…》". */
    @Example(text = "》和梁大伟提出的《关于提高农业机械化水平的提案》", read = "梁大伟")
    @Example(text = "》和相关部门提出的意见", read = Example.NOTHING)
    private static final Pattern FORWARDED_NEXT = Pattern.compile(
            "[》”]\\h{0,2}(?:和|及|以及|、)\\h{0,2}(\\p{IsHan}{2,4}?)(代表|委员)?(?:在[^《“。\\n]{2,40}?(?:期间|上|中))?(?:提出|提交|所提)的[《“]");
    /** The proposers named as "X等代表" in the body's first paragraphs, as a co-handler writes to the lead: "方葳等代表经深入调研". */
    @Example(text = "一、办理工作背景\n方葳等代表经深入调研,分析了我市检测能力的短板", read = "方葳")
    @Example(text = "感谢方葳等代表的关心", read = Example.NOTHING)
    @Example(text = "方葳代表经深入调研", read = Example.NOTHING)
    private static final Pattern GROUP_IN_BODY = Pattern.compile(
            "(?m)(?:^|[,,。;;])\\h{0,4}((?:\\p{IsHan}{2,4}、){0,20}\\p{IsHan}{2,4}?)等\\h{0,2}[0-9" + Fragments.CN_NUMERALS
                    + "]{0,3}\\h{0,2}[名位]?\\h{0,2}(代表|委员)(?:们)?(?:经|在|通过|提出|所提|建议|认为|指出|针对|就|对)");
    /** An unnamed deputy or member proposing: "代表提出的“关于…的建议”已收悉". */
    private static final Pattern ROLE_ONLY = Pattern.compile("(?m)(?:^|[,,。;;::])\\h{0,4}(代表|委员)(?:们)?(?:提出|所提)的");
    /** Words that open a clause, never a name: 感谢张三代表…, 您作为代表…. */
    private static final Pattern CLAUSE_OPENER = Pattern.compile("^(?:感谢|您|你|由|对|经|将|请|向|各|该|本|我|贵|作为|按照|根据|关于)");

    /** Proposers named in the sentence within [from, to), with their role; or the role of an unnamed proposer alone. */
    public Optional<Named> inSentence(String text, int from, int to) {
        for (Pattern p : new Pattern[] {IN_SENTENCE, LABEL_IN_SENTENCE}) {
            Matcher m = p.matcher(text).region(from, to);
            while (m.find()) {
                String list = m.group(1);
                if (CLAUSE_OPENER.matcher(list).find()) continue;
                String role = m.group(2) != null ? m.group(2) : p == LABEL_IN_SENTENCE ? "委员" : null;
                List<PersonRef> listed = names(list, m.start(1), role);
                if (!listed.isEmpty()) return Optional.of(new Named(listed, role));
            }
        }
        Matcher r = ROLE_ONLY.matcher(text).region(from, to);
        return r.find() ? Optional.of(new Named(List.of(), r.group(1))) : Optional.empty();
    }

    /**
     * Proposers named in a forwarding clause in [from, to): "关于李小明在…期间提出的《…》和梁大伟提出的《…》" gives both, with
     * the role when one is written (null when none).
     */
    public Optional<Named> forwarded(String text, int from, int to) {
        Matcher m = FORWARDED.matcher(text).region(from, to);
        while (m.find()) {
            if (CLAUSE_OPENER.matcher(m.group(1)).find()) continue;
            String role = m.group(2);
            List<PersonRef> listed = new ArrayList<>(names(m.group(1), m.start(1), role));
            if (listed.isEmpty()) continue;
            Matcher next = FORWARDED_NEXT.matcher(text).region(m.end(), to);
            while (next.find()) {
                if (CLAUSE_OPENER.matcher(next.group(1)).find()) break;
                List<PersonRef> more = names(next.group(1), next.start(1), next.group(2) != null ? next.group(2) : role);
                if (more.isEmpty()) break;
                listed.addAll(more);
                next.region(next.end(), to);
            }
            return Optional.of(new Named(List.copyOf(listed), role));
        }
        return Optional.empty();
    }

    /** Proposers named as "X等代表" opening a clause within [from, to) of the body: "方葳等代表经深入调研". */
    public Optional<Named> groupInBody(String text, int from, int to) {
        Matcher m = GROUP_IN_BODY.matcher(text).region(from, to);
        while (m.find()) {
            if (CLAUSE_OPENER.matcher(m.group(1)).find()) continue;
            List<PersonRef> listed = names(m.group(1), m.start(1), m.group(2));
            if (!listed.isEmpty()) return Optional.of(new Named(listed, m.group(2)));
        }
        return Optional.empty();
    }

    /** Proposers and the role written after them (null when none). */
    public record Named(List<PersonRef> proposers, String role) { }

    /**
     * Every labelled list of proposers in [from, to) whose every item is a plausible name, lead first
     * (领衔代表 | 田建明 | 附议代表 | 孙丽、赵国华 gives all three); empty when none.
     */
    public Optional<Named> find(String text, int from, int to) {
        Matcher m = LABEL.matcher(text).region(from, to);
        Map<String, PersonRef> people = new LinkedHashMap<>();
        String role = null;
        while (m.find()) {
            // The list ends at the first space: "提案人:张三 联系电话:…" names only 张三.
            String value = SPACE.split(m.group(2), 2)[0];
            Matcher tail = TAIL.matcher(value);
            int namesEnd = tail.find() ? tail.start() : value.length();
            String listRole = tail.group(1) != null ? tail.group(1) : m.group(1);
            List<PersonRef> listed = names(value.substring(0, namesEnd), m.start(2), listRole);
            if (listed.isEmpty()) continue;
            if (role == null) role = listRole;
            for (PersonRef p : listed) people.putIfAbsent(p.name(), p);
        }
        return people.isEmpty() ? Optional.empty() : Optional.of(new Named(List.copyOf(people.values()), role));
    }

    /** "张三、李四" -> both; empty when any item is no plausible name (a unit, a phrase). */
    private static List<PersonRef> names(String list, int offset, String role) {
        List<PersonRef> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i <= list.length(); i++) {
            if (i < list.length() && list.charAt(i) != '、') continue;
            if (i > s) {
                String name = list.substring(s, i);
                if (!NAME.matcher(name).matches() || NOT_A_NAME.matcher(name).find()) return List.of();
                out.add(new PersonRef(name, role, new Span(offset + s, offset + i)));
            }
            s = i + 1;
        }
        return out;
    }
}
