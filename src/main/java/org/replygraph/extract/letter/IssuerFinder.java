package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.Located;

/**
 * Finds the body that wrote a document, as written: the sign-off line (陕西省工业和信息化厅), else the
 * heading "重庆市科学技术局 关于…的答复函", else metadata 发布机构 / 来源 / 主办单位; for a news
 * report, the body that "出台/印发" what it reports (省经信委出台了《…》).
 */
public final class IssuerFinder {
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{3,30}?(?:局|厅|委|委员会|办|办公室|中心|政府))\\h{0,3}关于");
    private static final Pattern ISSUING = Pattern.compile(
            "([省市区县][\\p{IsHan}]{1,10}?(?:厅|局|委|办))(?:联合)?(?:出台|印发|发布|制定|下发)");
    private static final Pattern AGENCY = Pattern.compile(
            "[\\p{IsHan}()()]{2,40}(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部|处|所|署|馆|站|队|室)");

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
        for (String label : new String[] {"发布机构", "来源", "主办单位"})
            meta.get(label).filter(x -> AGENCY.matcher(x.value()).matches()).ifPresent(out::add);
        return out;
    }

    /** The issuer of a text that is no letter, from the first "X出台/印发" in its opening. */
    public Optional<Located<String>> ofReport(String text, int to) {
        Matcher m = ISSUING.matcher(text).region(0, to);
        return m.find() ? Optional.of(Located.at(m.group(1), m.start(1), m.end(1))) : Optional.empty();
    }
}
