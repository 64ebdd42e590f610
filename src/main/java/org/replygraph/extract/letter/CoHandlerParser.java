package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Reads the co-handling bodies a letter names: "经我局主办,市人力资源管理局和市经信局会办",
 * "经我局与市规划和自然资源局、市生态环境局共同研究", "经与县发改局、县自然资源和规划局共同研究", "与会办单位(省教育厅、省委金融办)认真研究",
 * "会同省药监局、省发改委认真研究", "协办单位: | 省发展改革委 |", "经综合省发展改革委、省科学技术厅意见" (the lead body
 * combines the co-handlers' opinions). A list tail "…等协办单位" names no body. Names are returned as written;
 * split handling (分办: each body answers its own part) is no co-handling.
 */
public final class CoHandlerParser {
    private static final String LIST = "([^。;;:\\n]{2,200}?)";
    @Example(text = "经我局主办,市人力资源管理局和市经信局会办", read = "市人力资源管理局和市经信局")
    @Example(text = "经与县发改局、县自然资源和规划局共同研究", read = "县发改局、县自然资源和规划局")
    @Example(text = "会同省药监局、省发改委认真研究", read = "省药监局、省发改委")
    @Example(text = "经商国家发展改革委、科技部,现答复如下", read = "国家发展改革委、科技部")
    @Example(text = "经商财政部、教育部、科技部现答复如下", read = "财政部、教育部、科技部")
    @Example(text = "经商国家发展改革委、财政部等部门同意,印发《关于开展评估工作的通知》", read = Example.NOTHING)
    @Example(text = "在市财政局、市人社局的积极配合下,现答复如下", read = "市财政局、市人社局")
    @Example(text = "我局高度重视,并商市发展改革委、市经济合作局形成了回复意见", read = "市发展改革委、市经济合作局")
    @Example(text = "经认真研究并商省发展改革委、省经信厅,现答复如下", read = "省发展改革委、省经信厅")
    @Example(text = "我局将并商省发展改革委、省财政厅,共同争取国家支持", read = Example.NOTHING)
    @Example(text = "收到建议后,市科技局高度重视,协同市发改委、市工信局、市财政局认真研究", read = "市发改委、市工信局、市财政局")
    @Example(text = "推动产业集群和产业生态协同发展,组织开展研究", read = Example.NOTHING)
    @Example(text = "经研究,现答复如下", read = Example.NOTHING)
    @Example(text = "经与自治区发改委、财政厅、科技厅、教育厅、卫健委和文旅厅充分沟通,现将办理意见答复如下", read = "自治区发改委、财政厅、科技厅、教育厅、卫健委和文旅厅")
    @Example(text = "我局将积极与市发改委沟通,争取项目资金", read = Example.NOTHING)
    @Example(text = "我局将积极协商市发改委形成意见", read = Example.NOTHING)
    @Example(text = "感谢您的重视和对环卫工作的关心,我局高度重视,与区城管局等协办单位对您所提的建议进行了认真研究", read = "区城管局")
    @Example(text = "与张三等协办人员对接", read = Example.NOTHING)
    private static final Pattern[] FORMS = {
        Pattern.compile("主办[,,、]\\s{0,2}" + LIST + "(?:共同)?(?:会办|协办|配合)"),
        Pattern.compile("会办单位[((]" + LIST + "[))]"),
        Pattern.compile("协办单位[((]" + LIST + "[))]"),
        // studied with them, named as such: "与县水利局等协办单位对您提出的《…》一并研究"
        Pattern.compile("(?:与|和|会同)([^。;;::,,\\n]{2,120}?)等?(?:协办|会办)单位(?:一起|共同)?(?:对|就|进行|研究|认真|深入)"),
        // also closing a bracketed line: "(主办单位:市科技局 协办单位:市财政局、市工信局)"
        Pattern.compile("(?:协办|会办)单位(?:为|是|有)?\\h{0,2}[::]?\\h{0,2}" + LIST + "(?:[。;;))]|\\n|$)"),
        // 我局 may go unsaid: "经与县发改局、县自然资源和规划局共同研究".
        // Also consulting them before the answer: "经与自治区发改委、财政厅…和文旅厅充分沟通,现将办理意见答复如下".
        Pattern.compile("经(?:我(?:局|厅|委|办|中心|部|会|院|单位))?(?:与|和|会同)" + LIST
                + "(?:共同|联合|认真|充分|反复|深入)?(?:研究|办理|会商|沟通|协商|对接)"),
        // The lead body combines the co-handlers' opinions: "经综合省发展改革委、省科学技术厅意见,现答复如下".
        Pattern.compile("(?:经|在)?综合" + LIST + "(?:的)?(?:会办|协办)?意见"),
        // A ministry consults: "经商国家发展改革委、科技部,现答复如下", also with no comma before 现答复 ("经商财政部、教育部
        // 现答复如下"); not 经商务局…, and not a consultation before issuing a document ("经商A、B等部门同意,印发《…》": joint
        // issuing is no co-handling of the proposal).
        Pattern.compile("经商(?!务)" + LIST + "(?:同意)?(?:[,,]|(?=现(?:答复|将|就|对)|(?:答复|回复)如下))"
                + "(?![^。;;\\n]{0,8}?(?:印发|出台|发布|下发|制定|联合印发))"),
        // After studying it the writer consulted them, then answers: "经认真研究并商省发展改革委、省经信厅,现答复如下";
        // not 并商…共同争取 (joint lobbying: no answer follows the list).
        Pattern.compile("并商(?![务业品标户铺贸场圈店家城量会报人议讨定])" + LIST + "[,,]?\\h{0,2}(?=现(?:答复|将|就|对)|(?:答复|回复)如下)"),
        // Bare 商 (consult) before a joint opinion: "并商市发展改革委、市经济合作局形成了回复意见", "经会商A、B研究".
        // Not 协商/磋商/招商/面商 (the verb must follow 并/经/, directly), not 商务…, not joint lobbying (…共同争取).
        Pattern.compile("(?:并|经|[,,。])(?:会商|商请|商)(?![务业品标户铺贸场圈店家城量会报人议讨定])([^。;;::,,\\n]{2,120}?)"
                + "(?:等(?:相关|有关)?(?:部门|单位))?(?:(?:共同|认真)?研究|形成|提出)(?:[^,,。;;\\n]{0,10}?意见)?(?:[,,。;;]|后|$)"),
        // No 与 at all: "经县文化旅游体育局、县交通运输局共同研究".
        Pattern.compile("经" + LIST + "(?:共同|联合)(?:研究|办理|会商)"),
        // 协同 (together with) is 会同's synonym: "市科技局高度重视,协同市发改委、市工信局认真研究".
        // The object may come between: "会同省委编办、省教育厅、武汉市政府等单位,对提案进行了认真研究和办理".
        Pattern.compile("(?:会同|协同(?=[省市县区州旗国]))" + LIST + "(?:等单位|等部门)?"
                + "(?:[,,]?\\h{0,2}对(?:该|本|此|您的|你们?的)?(?:提案|建议|议案)\\h{0,2})?"
                + "(?:进行了?|开展了?)?(?:认真|共同|深入)?的?(?:研究|办理|会商)"),
        Pattern.compile("[,,。]\\s{0,2}" + LIST + "(?:会办|协办)[,,]"),
        // "在市财政局、市人社局的积极配合下,现答复如下"
        Pattern.compile("在" + LIST + "的?(?:大力|积极|鼎力)?(?:支持|配合|协助)下"),
    };
    private static final Pattern SPLIT = Pattern.compile("[、,,]|以及|及|和");
    /** Words that name no body: "省发改委等相关部门" keeps 省发改委. */
    @Example(text = "国家金融监督管理总局浙江监管局等会办单位", read = "等会办单位")
    @Example(text = "市交通运输局等13个单位", read = "等13个单位")
    @Example(text = "市交通运输局", read = Example.NOTHING)
    private static final Pattern GENERIC = Pattern.compile(
            "(?:等(?:[0-9" + Fragments.CN_NUMERALS + "]{1,3}个)?)?(?:相关|有关|其他)?(?:会办|协办|配合|参办)?(?:部门|单位)$|等$"
                    + "|^(?:相关|有关|其他)(?:部门|单位)");
    /** A label before the first name: "经与会办单位县财政局、县自然资源局共同研究". */
    private static final Pattern LABEL = Pattern.compile("^(?:与|和)?(?:会办|协办|配合|参办)单位(?:为|是|有)?\\h{0,2}[::]?\\h{0,2}");
    private static final Pattern AGENCY_END = Pattern.compile(".*(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部|处|所|署|馆|站|队|室|海关|银行|分行|支行)");
    /** A town or subdistrict handling its part: 二圣镇, 惠民街道; not a bare or collective one (各镇, 街道). */
    @Example(text = "惠民街道", read = "惠民街道")
    @Example(text = "二圣镇", read = "二圣镇")
    @Example(text = "各乡镇", read = Example.NOTHING)
    private static final Pattern TOWN = Pattern.compile("(?![各全本该])\\p{IsHan}{2,10}(?:镇|乡|街道)");
    /**
     * A body followed by its other name in brackets: "省委金融办(省地方金融局)", a party office that is also a government
     * bureau; the name before the bracket is the item.
     */
    @Example(text = "省委金融办(省地方金融局)", read = "(省地方金融局)")
    @Example(text = "省财政厅", read = Example.NOTHING)
    private static final Pattern ALIAS = Pattern.compile("[((][^()()]{2,30}[))]$");

    /** Thanks at a letter's end: "本提案在办理过程中,得到了市发改委、市财政局的大力支持". */
    @Example(text = "本提案在办理过程中,得到了市发改委、市财政局的大力支持", read = "市发改委、市财政局")
    @Example(text = "感谢您对我市工作的大力支持", read = Example.NOTHING)
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "(?:办理|办复|答复)过程中[,,]?\\h{0,2}得到(?:了)?" + LIST + "的?(?:大力|积极|鼎力)?(?:支持|配合|协助|帮助)");

    /** The co-handlers a letter thanks for their part in handling it, anywhere in [from, to). */
    public List<Located<String>> acknowledged(String text, int from, int to) {
        Matcher m = ACKNOWLEDGED.matcher(text).region(from, to);
        return m.find() ? split(text, m.start(1), m.end(1)) : List.of();
    }

    /** How many of {@link #FORMS} name the co-handlers by their role word (主办…会办, 会办单位, 协办单位). */
    private static final int LABELLED_FORMS = 5;

    /**
     * The co-handlers a letter lists by their role word outside its answering sentence: a closing paragraph
     * ("本提案由市科技局主办,市发改委、市财政局会办。"), a note under the sign-off ("(协办单位:市财政局、市工信局)").
     */
    public List<Located<String>> labelled(String text, int from, int to) {
        return find(text, from, to, LABELLED_FORMS, true);
    }

    /** The co-handlers named in [from, to), in order of first appearance, as written. */
    public List<Located<String>> find(String text, int from, int to) {
        return find(text, from, to, FORMS.length, false);
    }

    /** The first of the first {@code forms} FORMS whose list splits into bodies; each form's first match only, or {@code every} match. */
    private static List<Located<String>> find(String text, int from, int to, int forms, boolean every) {
        for (int i = 0; i < forms; i++) {
            Matcher m = FORMS[i].matcher(text).region(from, to);
            while (m.find()) {
                List<Located<String>> items = split(text, m.start(1), m.end(1));
                if (!items.isEmpty()) return items;
                if (!every) break;
            }
        }
        return List.of();
    }

    /** Splits a list value such as a metadata cell "省发展改革委" or "区经信局、区人社局". */
    public List<Located<String>> split(Located<String> value) {
        return split(value.value(), 0, value.value().length()).stream()
                .map(l -> Located.at(l.value(), value.span().start() + l.span().start(),
                        value.span().start() + l.span().end()))
                .toList();
    }

    /** Verbs and adverbs that open a clause before a body (agency-leading-predicates.tsv): 经结合白塔镇共同研究 names no town. */
    private static final List<String> PREDICATES = WordList.words("agency-leading-predicates");

    private static boolean isBody(String item) {
        return AGENCY_END.matcher(item).matches()
                || TOWN.matcher(item).matches() && PREDICATES.stream().noneMatch(item::startsWith);
    }

    private static List<Located<String>> split(String text, int start, int end) {
        List<Located<String>> out = new ArrayList<>();
        Matcher sep = SPLIT.matcher(text).region(start, end);
        int s = start;
        while (true) {
            boolean found = sep.find();
            int e = found ? sep.start() : end;
            String item = GENERIC.matcher(LABEL.matcher(text.substring(s, e).strip()).replaceAll("")).replaceAll("");
            // "和" inside a name (人力资源和社会保障局): only split where both sides are agencies.
            if (found && sep.group().equals("和") && !isBody(item)) continue;
            Matcher alias = ALIAS.matcher(item);
            if (alias.find() && isBody(item.substring(0, alias.start()))) item = item.substring(0, alias.start());
            if (!item.isEmpty()) {
                if (!isBody(item) || item.length() > 40) return List.of();
                int at = text.indexOf(item, s);
                out.add(Located.at(item, at, at + item.length()));
            }
            if (!found) break;
            s = sep.end();
        }
        return out;
    }
}
