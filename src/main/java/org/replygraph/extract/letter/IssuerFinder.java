package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.extract.lexicon.Example;
import org.replygraph.extract.lexicon.Fragments;

/**
 * Finds the body that wrote a document, as written: the sign-off line (陕西省工业和信息化厅), else the
 * heading "重庆市科学技术局 关于…的答复函", else metadata 发布机构 / 来源 / 主办单位; for a news
 * report, the body that "出台/印发" what it reports (省经信委出台了《…》).
 */
public final class IssuerFinder {
    @Example(text = "陕西省工业和信息化厅关于省十三届人大五次会议第281号建议的答复", read = "陕西省工业和信息化厅")
    @Example(text = "关于省十三届人大五次会议第281号建议的答复", read = Example.NOTHING)
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{3,30}?(?:局|厅|委|委员会|办|办公室|中心|政府|分行|支行|海关))\\h{0,3}关于");
    /** The issuer alone on the line above its heading: "贵阳市科学技术局\\n对市十五届人大三次会议第0188号建议的答复". */
    @Example(text = "贵阳市科学技术局\n对市十五届人大三次会议第0188号建议的答复", read = "贵阳市科学技术局")
    @Example(text = "贵阳市科学技术局\n2024年6月5日", read = Example.NOTHING)
    private static final Pattern HEADING_ABOVE = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{3,30}?(?:局|厅|委|委员会|办|办公室|中心|政府|分行|支行|海关))\\h*\\n\\h{0,8}(?:关于|对)[^\\n]{0,60}?(?:提案|建议|议案)");
    @Example(text = "市科技局印发《方案》", read = "市科技局")
    @Example(text = "科技局印发《方案》", read = Example.NOTHING)
    private static final Pattern ISSUING = Pattern.compile(
            "([" + Fragments.LEVELS + "][\\p{IsHan}]{1,10}?(?:厅|局|委|办))(?:联合)?(?:出台|印发|发布|制定|下发)");
    private static final Pattern AGENCY = Pattern.compile(
            "[\\p{IsHan}()()]{2,40}(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部|处|所|署|馆|站|队|室|分行|支行|海关)");

    /** The issuer of a letter, as written: the first of {@link #candidates}. */
    public Optional<Located<String>> ofLetter(String text, LetterLayout layout, SignOff signOff, Metadata meta) {
        return candidates(text, layout, signOff, meta).stream().findFirst();
    }

    /**
     * Every place a letter names its issuer, best first: sign-off, heading, 发布机构, 来源, 主办单位. The
     * later ones may say where an abbreviated sign-off (区科技局) belongs.
     */
    public List<Located<String>> candidates(String text, LetterLayout layout, SignOff signOff, Metadata meta) {
        List<Located<String>> out = new ArrayList<>();
        if (signOff.agency() != null) out.add(signOff.agency());
        Matcher h = HEADING.matcher(text).region(0, layout.headerEnd());
        if (h.find()) out.add(Located.at(h.group(1), h.start(1), h.end(1)));
        Matcher above = HEADING_ABOVE.matcher(text).region(0, layout.headerEnd());
        if (above.find()) out.add(Located.at(above.group(1), above.start(1), above.end(1)));
        for (String label : new String[] {"发布机构", "来源", "主办单位"})
            meta.get(label).filter(x -> AGENCY.matcher(x.value()).matches()).ifPresent(out::add);
        return out;
    }

    /**
     * The issuer of a text that is no letter: the body its page names as 发布机构 or 来源
     * ("来源:绍兴市政协办公室"), else its heading ("江西省科学技术厅关于…的公示"), else the first
     * "X出台/印发" in its opening.
     */
    public Optional<Located<String>> ofReport(String text, int to, Metadata meta) {
        for (String label : new String[] {"发布机构", "来源"}) {
            Optional<Located<String>> v = meta.get(label).filter(x -> AGENCY.matcher(x.value()).matches());
            if (v.isPresent()) return v;
        }
        Matcher h = HEADING.matcher(text).region(0, to);
        if (h.find()) return Optional.of(Located.at(h.group(1), h.start(1), h.end(1)));
        Matcher m = ISSUING.matcher(text).region(0, to);
        return m.find() ? Optional.of(Located.at(m.group(1), m.start(1), m.end(1))) : Optional.empty();
    }
}
