package org.replygraph.extract.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;

/**
 * Finds the closing lines of a letter: an agency line ("陕西省工业和信息化厅", "隆尧县科工局") followed by
 * a date line ("2021年5月7日", "二〇二三年五月十日", or "2022711" with its 年月日 lost).
 */
public final class SignOffParser {
    /** How many non-blank lines at the end are searched. */
    private static final int TAIL_LINES = 14;
    private static final Pattern AGENCY = Pattern.compile(
            "(?:[\\p{IsHan}()()]{3,40}(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部|处|所|署|馆|站|队|室|公司|集团|街道|镇|乡|分行|支行)"
                    + "|\\p{IsHan}{2,12}海关)");
    /** An agency, spaces, then a date in any written form ("丽水市建设局　　二〇二四年七月三日"). */
    private static final Pattern AGENCY_THEN_DATE = Pattern.compile("(" + AGENCY.pattern() + ")\\h{1,40}(\\S[^\\n]{5,20})");
    @Example(text = "德化县人民政府办公室(代章)", read = "德化县人民政府办公室")
    @Example(text = "2024年6月5日", read = Example.NOTHING)
    private static final Pattern SEALED_AGENCY = Pattern.compile(
            "(" + AGENCY.pattern() + ")(?:\\h{0,2}[((]\\h{0,2}(?:代章|盖章|印章|公章|签章)\\h{0,2}[))])?");
    @Example(text = "答复单位:嘉兴市经济和信息化局", read = "答复单位:")
    @Example(text = "答复如下:", read = Example.NOTHING)
    private static final Pattern CLOSING_LABEL = Pattern.compile(
            "(?:答复|办复|办理|承办)(?:单位|部门|机关|日期|时间)\\h{0,2}[::]\\h{0,2}");
    private static final Pattern JOINT_REPLY = Pattern.compile("联合(?:答复|复函|办复)");
    private static final Pattern TWO_NAMES = Pattern.compile("(" + AGENCY.pattern() + ")、" + AGENCY.pattern());
    @Example(text = "2022711", read = "2022711")
    @Example(text = "2022年7月11日", read = Example.NOTHING)
    private static final Pattern COMPACT = Pattern.compile("(?:19|20)\\d{5,6}");
    @Example(text = "(盖章)", read = "(盖章)")
    @Example(text = "(B类)", read = Example.NOTHING)
    private static final Pattern SEAL = Pattern.compile("[((]\\h{0,2}(?:盖章|印章|公章|签章|章)\\h{0,2}[))]");
    /**
     * Six digits, one each for month and day ("202387" is 2023年8月7日); read only under an agency line,
     * since a bare six-digit line may be a postcode (200031).
     */
    private static final Pattern SHORT_COMPACT = Pattern.compile("(?:19|20)\\d{2}[1-9]{2}");

    /**
     * The opening line of a co-handler's opinion appended after the letter ("附件：会办意见",
     * "县财政局会办意见：…"): its own agency and date close the opinion, not the letter.
     */
    private static final Pattern APPENDED_OPINION = Pattern.compile(
            "(?:附件\\h{0,2}\\d{0,2}\\h{0,2}[::]?\\h{0,4})?\\p{IsHan}{0,20}?(?:会办|协办|会签)(?:单位)?意见.{0,200}");
    /** Question marks a mirror leaves for characters it could not encode, before a sign-off line. */
    private static final Pattern DEBRIS = Pattern.compile("[??\\h]{2,}");
    /** A contact written after the agency on the sign-off line, past a gap. */
    @Example(text = "舞钢市教育体育局 联系电话:3303606 联系人:刘熠", read = " 联系电话:", group = 0)
    @Example(text = "联系电话:3303606", read = Example.NOTHING)
    private static final Pattern CONTACT_TAIL = Pattern.compile("(?<=\\p{IsHan})\\h+联系(?:电话|人|方式)\\h{0,2}[::]");
    /** Bodies signing side by side on one line, separated by spaces. */
    private static final Pattern SPACES = Pattern.compile("\\h+");

    private final ChineseDateParser dates = new ChineseDateParser();

    /** Reads the sign-off from the lines in [from, to). */
    public SignOff find(String text, int from, int to) {
        List<int[]> lines = tailLines(text, from, to);
        int opinion = appendedOpinion(text, lines);
        if (opinion > 0) {
            SignOff own = find(text, lines, opinion);
            if (own.agency() != null || own.date() != null || own.compactDate() != null) return own;
        }
        return find(text, lines, lines.size());
    }

    /** The index of the first tail line opening an appended co-handler's opinion, or -1. */
    private static int appendedOpinion(String text, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++)
            if (APPENDED_OPINION.matcher(text.substring(lines.get(i)[0], lines.get(i)[1])).matches()) return i;
        return -1;
    }

    private SignOff find(String text, List<int[]> lines, int end) {
        SignOff dated = findDated(text, lines, end);
        if (dated.agency() != null || dated.date() != null || dated.compactDate() != null || end == 0) return dated;
        // Some letters are dated at the top and close with the agency alone.
        Located<String> last = agencyLine(text, lines.get(end - 1));
        return last == null ? dated : new SignOff(last, null, null);
    }

    private SignOff findDated(String text, List<int[]> lines, int end) {
        for (int i = end - 1; i >= 0; i--) {
            int[] l = lines.get(i);
            String line = text.substring(l[0], l[1]);
            Optional<LocalDate> d = dates.parse(line);
            boolean compact = d.isEmpty() && (COMPACT.matcher(line).matches()
                    || SHORT_COMPACT.matcher(line).matches() && i > 0 && agencyLine(text, lines.get(i - 1)) != null);
            if (d.isEmpty() && !compact) {
                Optional<SignOff> oneLine = agencyAndDate(text, l);
                if (oneLine.isPresent()) return oneLine.get();
                continue;
            }
            // A seal note may sit between the agency and its date: "赣州市工业和信息化局 / (盖章) / 2024年6月5日".
            int above = i > 0 && SEAL.matcher(text.substring(lines.get(i - 1)[0], lines.get(i - 1)[1])).matches() ? i - 2 : i - 1;
            List<Located<String>> signers = above >= 0 ? agencies(text, lines.get(above)) : List.of();
            // A joint reply may stack its bodies: "上海市徐汇区科学技术委员会 / 上海市徐汇区财政局 / 2024/5/10".
            if (signers.size() == 1 && above >= 1 && agencyLine(text, lines.get(above - 1)) != null)
                signers = List.of(agencyLine(text, lines.get(above - 1)), signers.get(0));
            // A long name may wrap in PDF text: "淮南市发展和改革 / 委员会".
            if (signers.isEmpty() && above >= 1) {
                Located<String> wrapped = wrappedAgency(text, lines.get(above - 1), lines.get(above));
                if (wrapped != null) signers = List.of(wrapped);
            }
            Located<String> agency = signers.isEmpty() ? null : signers.get(0);
            // The agency may sign under its date: "2022726 / 舞钢市教育体育局  联系电话:3303606".
            if (agency == null && i + 1 < end) agency = agencyLine(text, lines.get(i + 1));
            if (agency == null && above >= 0 && d.isPresent() && !looksLikeBody(text, lines.get(above))) continue;
            ChineseDateParser.MatchedDate date = d.map(x -> new ChineseDateParser.MatchedDate(x, l[0], l[1])).orElse(null);
            Located<String> raw = compact ? Located.at(line, l[0], l[1]) : null;
            return new SignOff(agency, date, raw, signers.isEmpty() ? List.of() : signers.subList(1, signers.size()));
        }
        return new SignOff(null, null, null);
    }

    /** One line holding both: "陕西省科学技术厅  2024年8月14日". */
    private Optional<SignOff> agencyAndDate(String text, int[] l) {
        Matcher m = AGENCY_THEN_DATE.matcher(text).region(l[0], l[1]);
        if (!m.matches()) return Optional.empty();
        return dates.parse(m.group(2)).map(d -> new SignOff(Located.at(m.group(1), m.start(1), m.end(1)),
                new ChineseDateParser.MatchedDate(d, m.start(2), m.end(2)), null));
    }

    /** A line that is only an agency's name (3-40 chars, no punctuation), or null. */
    Located<String> agencyLine(String text, int[] l) {
        // An office may seal on its superior's behalf: "德化县人民政府办公室(代章)" signs as the office.
        Matcher m = SEALED_AGENCY.matcher(text).region(l[0], l[1]);
        return m.matches() ? Located.at(m.group(1), m.start(1), m.end(1)) : null;
    }

    /**
     * The bodies on a sign-off line: one ("陕西省科学技术厅") or several side by side
     * ("上海市徐汇区科学技术委员会　　上海市徐汇区财政局"); empty unless every part is an agency's name.
     */
    List<Located<String>> agencies(String text, int[] l) {
        Located<String> whole = agencyLine(text, l);
        if (whole != null) return List.of(whole);
        // One body under two names signs with both joined by 、 ("北京市科学技术委员会、中关村科技园区管理委员会");
        // the first is its name here, and the second is no co-handler...
        Matcher plaques = TWO_NAMES.matcher(text).region(l[0], l[1]);
        if (plaques.matches()) {
            Located<String> first = Located.at(plaques.group(1), plaques.start(1), plaques.end(1));
            // ...unless the letter calls itself a joint reply: then 、 joins two bodies.
            if (!JOINT_REPLY.matcher(text).find()) return List.of(first);
            int second = plaques.end(1) + 1;
            return List.of(first, Located.at(text.substring(second, l[1]), second, l[1]));
        }
        List<Located<String>> out = new ArrayList<>();
        Matcher gap = SPACES.matcher(text).region(l[0], l[1]);
        int s = l[0];
        while (true) {
            boolean found = gap.find();
            int e = found ? gap.start() : l[1];
            Located<String> part = agencyLine(text, new int[] {s, e});
            if (part == null) return List.of();
            out.add(part);
            if (!found) break;
            s = gap.end();
        }
        return out.size() > 1 ? out : List.of();
    }

    /** Two short lines that are one agency's name only when joined, or null. */
    private static Located<String> wrappedAgency(String text, int[] upper, int[] lower) {
        String a = text.substring(upper[0], upper[1]);
        String b = text.substring(lower[0], lower[1]);
        if (a.length() + b.length() > 40 || AGENCY.matcher(a).matches() || !a.chars().allMatch(Character::isIdeographic))
            return null;
        return AGENCY.matcher(a + b).matches() ? Located.at(a + b, upper[0], lower[1]) : null;
    }

    /** Whether a line is part of the letter (the date may follow the last paragraph directly). */
    private static boolean looksLikeBody(String text, int[] l) {
        String line = text.substring(l[0], l[1]);
        return line.endsWith("。") || line.endsWith("!") || line.endsWith("!");
    }

    /** The last non-blank lines in [from, to), each trimmed, as [start, end) pairs in order. */
    private static List<int[]> tailLines(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int end = to;
        while (end > from && out.size() < TAIL_LINES) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            if (start < from) start = from;
            int s = start;
            int e = end;
            while (s < e && isBlank(text.charAt(s))) s++;
            while (e > s && isBlank(text.charAt(e - 1))) e--;
            // A system export labels its closing: "答复单位:嘉兴市经济和信息化局 / 答复日期:2024年6月15日".
            Matcher label = CLOSING_LABEL.matcher(text).region(s, e);
            if (label.lookingAt() && label.end() < e) s = label.end();
            // Mirror debris before the sign-off: "??????昆區住房和城鄉建設局".
            Matcher debris = DEBRIS.matcher(text).region(s, e);
            if (debris.lookingAt() && debris.end() < e) s = debris.end();
            // A contact after the agency on its line: "舞钢市教育体育局  联系电话:3303606 联系人:刘熠".
            Matcher contact = CONTACT_TAIL.matcher(text).region(s, e);
            if (contact.find() && contact.start() > s) e = contact.start();
            if (e > s) out.add(0, new int[] {s, e});
            end = start - 1;
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
