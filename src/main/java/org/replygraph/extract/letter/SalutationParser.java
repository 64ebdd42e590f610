package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.fact.PersonRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * Finds a letter's salutation: "张三、李四委员:", "尊敬的张三委员:", "张三代表,您好!", "张三委员(第一提案人):", "张三等8名代表:", "张三同志:",
 * "黄伟忠先生:", "民革市委会:", or a body opening "贵单位提出的…" that addresses an unnamed unit.
 */
public final class SalutationParser {
    /**
     * The assembly written between the name and the role: a level (赵六区人大代表, 张三县政协委员), a place before it
     * (王五朝阳区人大代表) or after 政协 (刘六政协某县委员); captured as "asm" so that the name's end can be
     * checked against the place ({@link #nameEnd}).
     */
    private static final String LEVEL = "(?<asm>(?:全国|[" + Fragments.LEVELS + "乡镇]|\\p{IsHan}{1,8}?[" + Fragments.ALL_LEVELS
            + "乡镇])?(?:人大|政协)|政协\\p{IsHan}{1,10}?[" + Fragments.ALL_LEVELS + "乡镇])?";
    /** A delegation or group addressed after the deputy, joined by a comma: "骆兰周代表,郭里代表团:". */
    private static final String GROUP_TAIL = "(?:[,,、]\\h{0,2}(?<group>[^\\n::,,。、]{2,20}?(?:代表团|代表组|委员组|联络组|讨论组|小组|界别)))?";
    /** An assembly "asm" group that names a place: 朝阳区人大 (place 朝阳区), 政协某县 (place 某县). */
    private static final Pattern PLACE_IN_ASSEMBLY = Pattern.compile(
            "(\\p{IsHan}{0,9}[" + Fragments.ALL_LEVELS + "乡镇])(?:人大|政协)|政协(\\p{IsHan}{2,10}[" + Fragments.ALL_LEVELS + "乡镇])");
    /**
     * The assembly written before the names: "市政协赵建民委员:" (the member of 市政协), "县人大李四代表:"; not captured,
     * since the session says which assembly.
     */
    private static final String ASSEMBLY_FIRST = "(?:(?:全国|[" + Fragments.LEVELS + "]|\\p{IsHan}{1,8}?[" + Fragments.ALL_LEVELS
            + "])?(?:人大|政协))?";
    /** A proposing unit greeted before its members, joined by a comma: "民革广东省委员会,刘一民委员、刘小萍委员:". */
    private static final String UNIT_FIRST = "(?:[^\\n::,,。、]{2,30}?(?:委员会|委会|支部|总支|工商联|界别|讨论组)[,,]\\h{0,2})?";
    /** The unit {@link #UNIT_FIRST} greets, read again between the salutation's start and its names (it captures nothing). */
    private static final Pattern LEAD_UNIT = Pattern.compile("([^\\n::,,。、\\h]{2,30}?(?:委员会|委会|支部|总支|工商联|界别|讨论组))[,,]");
    /** A bullet a page's list puts before the salutation: "• 李云军委员:". */
    private static final String BULLET = "(?:[•●▪◆■]\\h{0,3})?";
    /** A line that is only names and a role, ending with a colon. */
    @Example(text = "王建国委员:", read = "王建国")
    @Example(text = "黄晓东代表,您好!", read = "黄晓东")
    @Example(text = "张华、李强等3名委员:", read = "张华、李强")
    @Example(text = "经研究，现答复如下:", read = Example.NOTHING)
    @Example(text = "刘小林政协某县委员:", read = "刘小林")
    @Example(text = "尊敬的骆小周代表,某里代表团:", read = "骆小周")
    @Example(text = "• 李云军委员:", read = "李云军")
    @Example(text = "姜xx代表:", read = "姜xx")
    @Example(text = "黄晓东代表您好!", read = "黄晓东")
    @Example(text = "市政协赵建民委员:", read = "赵建民")
    @Example(text = "民革广东省委员会,刘一民委员、刘小萍委员:", read = "刘一民委员、刘小萍")
    @Example(text = "各有关单位,赵建民委员:", read = Example.NOTHING)
    private static final Pattern MEMBERS = Pattern.compile(
            // a list may wrap after 、 (PDF text); a note may follow the role ("(第一提案人)"); a greeting may
            // stand for the colon ("黄晓东代表,您好!")
            "(?m)^\\h{0,8}" + BULLET + "(?:致\\h{0,2}:?\\h{0,2})?(?:尊敬的?)?" + UNIT_FIRST + ASSEMBLY_FIRST + "((?:[^\\n::,。]|、\\n\\h{0,8}){2,160}?)(?:等(?:[0-9" + Fragments.CN_NUMERALS + "]{1,3}[名位])?)?"
                    + LEVEL + "(?<role>委员|代表)(?:们)?(?:同志)?"
                    + "(?:\\h{0,2}[((][^()()\\n]{1,10}[))])?" + GROUP_TAIL + "\\h{0,4}(?:[::]|[,,]?\\h{0,2}(?:您好|你们好|你好)[!!。::]?)");
    /**
     * "尊敬的孙七代表" or "孙七 委员" on a line of its own that lost its colon: the next line opening the body
     * ({@link #BODY_NEXT}) anchors it.
     */
    @Example(text = "尊敬的王建国委员", read = "王建国")
    @Example(text = "王建国委员提出的建议", read = Example.NOTHING)
    private static final Pattern RESPECTED = Pattern.compile(
            "(?m)^\\h{0,8}" + BULLET + "(?:尊敬的?)?([^\\n::,。]{2,160}?)(?:等(?:[0-9" + Fragments.CN_NUMERALS + "]{1,3}[名位])?)?\\h?" + LEVEL + "(?<role>委员|代表)\\h*$");
    /** The role before the names: "尊敬的市人大代表叶志华:", "市政协委员张三、李四:". */
    @Example(text = "市人大代表李明:", read = "代表")
    @Example(text = "李明代表:", read = Example.NOTHING)
    private static final Pattern ROLE_FIRST = Pattern.compile(
            "(?m)^\\h{0,8}" + BULLET + "(?:尊敬的)?(?:全国|[" + Fragments.LEVELS + "旗])?(?:人大|政协)(代表|委员)([^\\n::,。]{2,40}?)\\h{0,4}[::]");
    /** The next line opens a letter's body: "您提出的…", "你们在…", "贵委…", "首先感谢…", "《关于…的建议》收悉". */
    @Example(text = "王建国委员\n您提出的", read = "您")
    @Example(text = "李明、张华委员\n《关于更新图书的建议》收悉", read = "《")
    @Example(text = "王建国委员\n一、基本情况", read = Example.NOTHING)
    @Example(text = "尊敬的李明代表\n\n提出的《关于支持质检中心建设的建议》收悉", read = "提出的《")
    @Example(text = "金芬代表\n\n提出的关于将陇川工业园区纳入省级重点工业园区的建议》,已交", read = "提出的关于")
    private static final Pattern BODY_NEXT = Pattern.compile("\\h*\\n\\s{0,8}(您|你|贵|感谢|首先|《|提出的?《|提出的?关于)");
    /** Members addressed as comrades or by courtesy or academic title, without 委员 or 代表: "韦国强同志:", "尊敬的黄伟忠先生:", "尊敬的周立新教授:". */
    @Example(text = "王建国同志:", read = "王建国")
    @Example(text = "王建国同志提出", read = Example.NOTHING)
    private static final Pattern COMRADES = Pattern.compile(
            "(?m)^\\h{0,8}" + BULLET + "(?:尊敬的)?([^\\n::,。]{2,40}?)(?:同志|先生|女士|教授|老师)\\h{0,4}[::]");
    /** What follows a salutation: the end of its line, or the body's first words (您提出的…). */
    private static final Pattern AFTER = Pattern.compile("\\h*(?:\\n|$|您|你|贵|感谢|首先|现|关于|《|经|对|在)");
    /** Words that address a group, never a person: 各位人大代表, 全体委员. */
    private static final Pattern NOT_A_NAME = Pattern.compile("各位|全体|人大|政协|尊敬|有关|相关");
    /** A unit addressed by name: "民革市委会:", "市政协经济委员会:". */
    @Example(text = "民盟市委会:", read = "民盟市委会")
    @Example(text = "农工党市委员会:", read = "农工党市委员会")
    @Example(text = "各有关单位:", read = Example.NOTHING)
    private static final Pattern UNIT = Pattern.compile(
            "(?m)^\\h{0,8}([^\\n::,。|]{2,30}?(?:委员会|委会|支部|总支|党派|工商联|界别|小组|联络组|代表组|委员组|代表团|讨论组|联合会|商会|[" + Fragments.LEVELS + "]委))\\h{0,4}[::]\\h*$");
    /** A group addressed on a line of its own without colon, the body opening on the next line: "甸沙代委员组\n\n你们提出的…". */
    @Example(text = "某乡代表组\n你们提出的", read = "某乡代表组")
    @Example(text = "政协某县委员会\n你们提出的", read = Example.NOTHING)
    private static final Pattern GROUP_WITHOUT_COLON = Pattern.compile(
            "(?m)^\\h{0,8}([^\\n::,。|\\h]{2,30}?(?:委员组|代表组|联络组|代表团|讨论组|小组))\\h*$");
    @Example(text = "贵单位提出的《关于…的提案》收悉", read = "贵单位")
    @Example(text = "我单位提出", read = Example.NOTHING)
    private static final Pattern GUI = Pattern.compile("(?m)^\\h{0,8}(贵单位|贵党派|贵会|贵委|贵组)");
    /** A two- or three-char name written with spaces between its chars: 杨 强, 张 晓 东. */
    @Example(text = "杨 强", read = "杨 强")
    @Example(text = "张 晓 东", read = "张 晓 东")
    @Example(text = "杨强 李明", read = Example.NOTHING)
    private static final Pattern SPACED_NAME = Pattern.compile("^\\p{IsHan}(?:[ \\u3000]\\p{IsHan}){1,2}$");
    /** A name: 2-5 Han chars, or parts joined by a middle dot (买买提·艾力, 阿不都·热合曼·吐尔逊). */
    private static final Pattern NAME = PersonName.PATTERN;

    /** Finds the first salutation in [from, to), or empty. */
    public Optional<Salutation> find(String text, int from, int to) {
        Matcher m = MEMBERS.matcher(text).region(from, to);
        Optional<Salutation> members = Optional.empty();
        while (m.find()) {
            int namesEnd = nameEnd(text, m.start(1), m.end(1), m.start("asm"), m.end("asm"), m.start());
            List<PersonRef> people = names(text, m.start(1), namesEnd, m.group("role"));
            // "张三委员:我认为…" in an interview is no salutation: a letter's body starts anew.
            boolean opensBody = AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
            if (!people.isEmpty() && opensBody) {
                Located<String> unit = m.group("group") != null ? Located.at(m.group("group"), m.start("group"), m.end("group"))
                        : leadUnit(text, m.start(), m.start(1)).orElseGet(() -> unitItem(text, m.start(1), namesEnd));
                members = Optional.of(new Salutation(people, m.group("role"), unit, new Span(m.start(1), m.end())));
                break;
            }
        }
        if (members.isEmpty()) members = roleFirst(text, from, to);
        if (members.isEmpty()) members = inline(text, from, to);
        if (members.isEmpty()) members = respected(text, from, to);
        if (members.isEmpty()) members = comrades(text, from, to);
        Optional<Salutation> unit = findUnit(text, from, to);
        if (members.isPresent() && (unit.isEmpty() || members.get().span().start() < unit.get().span().start()))
            return members;
        return unit;
    }

    /**
     * "尊敬的李晓林、周志勋等代表:" inside a line, after a space: a page that put its whole letter in one table cell, the 文号 and
     * signer before the salutation on the same line. Only with 尊敬的 and the colon, and only where the body follows.
     */
    @Example(text = "沭财复字〔2022〕4号 签发人:庞佃宝 尊敬的李晓林、周志勋等代表: 您提出的建议已收悉", read = "李晓林、周志勋")
    @Example(text = "我们要尊敬的老代表:", read = Example.NOTHING)
    private static final Pattern INLINE = Pattern.compile(
            "(?<=\\h)尊敬的([^\\n::,,。\\h]{2,60}?)(?:等(?:[0-9" + Fragments.CN_NUMERALS + "]{1,3}[名位])?)?" + LEVEL
                    + "(?<role>委员|代表)\\h{0,2}[::]");

    private static Optional<Salutation> inline(String text, int from, int to) {
        Matcher r = INLINE.matcher(text).region(from, to);
        while (r.find()) {
            List<PersonRef> people = names(text, r.start(1), r.end(1), r.group("role"));
            if (!people.isEmpty() && AFTER.matcher(text).region(r.end(), text.length()).lookingAt())
                return Optional.of(new Salutation(people, r.group("role"), null, new Span(r.start(1), r.end())));
        }
        return Optional.empty();
    }

    /** "尊敬的市人大代表叶志华:": the role written before the names. */
    private static Optional<Salutation> roleFirst(String text, int from, int to) {
        Matcher r = ROLE_FIRST.matcher(text).region(from, to);
        while (r.find()) {
            List<PersonRef> people = names(text, r.start(2), r.end(2), r.group(1));
            if (!people.isEmpty() && AFTER.matcher(text).region(r.end(), text.length()).lookingAt())
                return Optional.of(new Salutation(people, r.group(1), null, new Span(r.start(), r.end())));
        }
        return Optional.empty();
    }

    /** "尊敬的孙七代表" with no colon, when the next line opens the body (您提出的…). */
    private static Optional<Salutation> respected(String text, int from, int to) {
        Matcher r = RESPECTED.matcher(text).region(from, to);
        while (r.find()) {
            List<PersonRef> people = names(text, r.start(1), nameEnd(text, r.start(1), r.end(1), r.start("asm"), r.end("asm"), r.start()),
                    r.group("role"));
            if (!people.isEmpty() && BODY_NEXT.matcher(text).region(r.end(), text.length()).lookingAt())
                return Optional.of(new Salutation(people, r.group("role"), null, new Span(r.start(1), r.end())));
        }
        return Optional.empty();
    }

    /** "韦国强同志:": named people whose role the salutation does not give (the session may). */
    private static Optional<Salutation> comrades(String text, int from, int to) {
        Matcher c = COMRADES.matcher(text).region(from, to);
        while (c.find()) {
            List<PersonRef> people = names(text, c.start(1), c.end(1), null);
            if (!people.isEmpty() && AFTER.matcher(text).region(c.end(), text.length()).lookingAt())
                return Optional.of(new Salutation(people, null, null, new Span(c.start(1), c.end())));
        }
        return Optional.empty();
    }

    private Optional<Salutation> findUnit(String text, int from, int to) {
        // UNIT is tried only from the first line that ends in a colon: no line before it can match.
        Matcher u = UNIT.matcher(text).region(firstColonLine(text, from, to), to);
        Optional<Salutation> named = u.find()
                ? Optional.of(new Salutation(List.of(), null, Located.at(u.group(1).strip(), u.start(1), u.end(1)),
                        new Span(u.start(1), u.end())))
                : Optional.empty();
        if (named.isEmpty()) {
            Matcher b = GROUP_WITHOUT_COLON.matcher(text).region(from, to);
            while (b.find())
                if (BODY_NEXT.matcher(text).region(b.end(), text.length()).lookingAt()) {
                    named = Optional.of(new Salutation(List.of(), null, Located.at(b.group(1).strip(), b.start(1), b.end(1)),
                            new Span(b.start(1), b.end())));
                    break;
                }
        }
        Matcher g = GUI.matcher(text).region(from, to);
        if (g.find() && (named.isEmpty() || g.start() < named.get().span().start()))
            // 贵单位 starts the body: the body begins right there.
            return Optional.of(new Salutation(List.of(), null, null, new Span(g.start(1), g.start(1))));
        return named;
    }

    /** The names in "张三、李四" or "张三"; empty when any part is not a plausible name. */
    /** A unit addressed beside members: "民进义乌市基层委员会、吴立群委员". */
    /**
     * The start of the first line of text[from, to) (the first one starting at {@code from}) that ends
     * in a colon and horizontal space, as every {@link #UNIT} match does; {@code to} when none.
     * Cleaned text ends its lines with \n alone (CharFolder folds \r\n, \r, \u2028 and \u0085).
     */
    static int firstColonLine(String text, int from, int to) {
        int start = from;
        while (start < to) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            int last = end - 1;
            while (last >= start && isHorizontalSpace(text.charAt(last))) last--;
            if (last >= start && (text.charAt(last) == ':' || text.charAt(last) == '：')) return start;
            start = end + 1;
        }
        return to;
    }

    /** What {@code \h} matches. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180e' || (c >= '\u2000' && c <= '\u200a')
                || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    /**
     * Where the names end when a place stands between them and the role. The names' group is matched as short as
     * possible, so in "王小明朝阳区人大代表" it may have left name chars to the place (王小 | 明朝阳区人大): the split kept
     * is the one whose place the text names again elsewhere (朝阳区, 朝阳); else the place is the level char alone
     * when that leaves a name of at most three chars (王亚春 | 区人大), else a name of two before four chars, else three.
     * A place after 政协 (刘六政协某县委员) is bounded by 政协 and leaves the names as matched.
     */
    static int nameEnd(String text, int namesStart, int namesEnd, int asmStart, int asmEnd, int lineStart) {
        if (asmStart < 0 || asmStart != namesEnd) return namesEnd;
        Matcher p = PLACE_IN_ASSEMBLY.matcher(text).region(asmStart, asmEnd);
        if (!p.matches() || p.group(1) == null) return namesEnd;
        int itemStart = namesStart;
        for (int i = namesEnd - 1; i >= namesStart; i--)
            if ("、,,和及 \u3000\n".indexOf(text.charAt(i)) >= 0) {
                itemStart = i + 1;
                break;
            }
        int placeEnd = p.end(1);    // just after the level char
        String elsewhere = text.substring(0, lineStart) + "\n" + text.substring(Math.min(text.length(), asmEnd));
        // the longest place named elsewhere: the shortest name that leaves it
        for (int end = itemStart + 2; end <= Math.min(itemStart + 5, placeEnd - 2); end++) {
            String place = text.substring(end, placeEnd);
            String bare = place.substring(0, place.length() - 1);
            if (elsewhere.contains(place) || (bare.length() >= 2 && elsewhere.contains(bare))) return end;
        }
        // named nowhere else: names have two or three chars and county names two, so the level char alone after a
        // name of up to three (王亚春 | 区人大), two and two of four (李强 | 清原县人大), else a name of three
        int length = placeEnd - 1 - itemStart;
        return length <= 3 ? placeEnd - 1 : itemStart + (length == 4 ? 2 : 3);
    }

    private static final Pattern UNIT_ITEM = Pattern.compile(
            ".{2,30}(?:委员会|委会|支部|总支|工商联|界别|讨论组|小组|联合会|商会|[" + Fragments.LEVELS + "]委)");

    /** The unit greeted before the members within [from, to): "民革广东省委员会," of "民革广东省委员会,刘一民委员、刘小萍委员:". */
    private static Optional<Located<String>> leadUnit(String text, int from, int to) {
        Matcher u = LEAD_UNIT.matcher(text).region(from, to);
        return u.find() ? Optional.of(Located.at(u.group(1), u.start(1), u.end(1))) : Optional.empty();
    }

    /** The first item of a salutation's list that is a unit, or null. */
    private static Located<String> unitItem(String text, int start, int end) {
        int s = start;
        for (int i = start; i <= end; i++) {
            if (i < end && text.charAt(i) != '、') continue;
            if (UNIT_ITEM.matcher(text.substring(s, i)).matches()) return Located.at(text.substring(s, i), s, i);
            s = i + 1;
        }
        return null;
    }

    /** The length of a role (委员, 代表, 同志) an item ends with after a name of two or more chars; else 0. */
    private static int repeatedRole(String item, String role) {
        for (String r : new String[] {role, "同志"})
            if (r != null && item.endsWith(r) && item.length() - r.length() >= 2) return r.length();
        return 0;
    }

    private static List<PersonRef> names(String text, int start, int end, String role) {
        List<PersonRef> out = new ArrayList<>();
        int s = start;
        // "杨 强代表": a name written with a space between its chars is one name, not two single chars.
        if (SPACED_NAME.matcher(text).region(start, end).matches()) {
            String name = text.substring(start, end).replaceAll("\\h", "");
            return NOT_A_NAME.matcher(name).find() ? List.of() : List.of(new PersonRef(name, role, new Span(start, end)));
        }
        for (int i = start; i <= end; i++) {
            if (i == end || "、,,和及 \u3000\n".indexOf(text.charAt(i)) >= 0) {
                if (i > s) {
                    // "石国平委员、熊丽华委员:" repeats the role after every name.
                    int e = i - repeatedRole(text.substring(s, i), role);
                    String name = text.substring(s, e);
                    // A unit beside the members is the proposing unit, not a person: leave it out.
                    if (UNIT_ITEM.matcher(name).matches()) {
                        s = i + 1;
                        continue;
                    }
                    if (!NAME.matcher(name).matches() || NOT_A_NAME.matcher(name).find()) return List.of();
                    out.add(new PersonRef(name, role, new Span(s, e)));
                }
                s = i + 1;
            }
        }
        return out;
    }
}
