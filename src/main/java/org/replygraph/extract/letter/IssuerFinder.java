package org.replygraph.extract.letter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Finds the body that wrote a document, as written: the sign-off line (陕西省工业和信息化厅), else the
 * heading "重庆市科学技术局 关于…的答复函", else metadata 发布机构 / 来源 / 主办单位; for a news
 * report, the body that "出台/印发" what it reports (省经信委出台了《…》).
 */
public final class IssuerFinder {
    /**
     * "重庆市科学技术局 关于…的答复函", and "工业和信息化部对十三届全国人大五次会议第3836号建议的答复" (对 only when the line
     * goes on to the proposal it answers).
     */
    @Example(text = "陕西省工业和信息化厅关于省十三届人大五次会议第281号建议的答复", read = "陕西省工业和信息化厅")
    @Example(text = "市科委关于对市政协十三届五次会议第0057号提案的答复", read = "市科委")
    @Example(text = "关于省十三届人大五次会议第281号建议的答复", read = Example.NOTHING)
    @Example(text = "市科委关于对市政协十三届五次会议第0057号提案的答复", read = "市科委")
    @Example(text = "我局关于第3号提案的答复", read = Example.NOTHING)
    @Example(text = "教育部对十二届全国人大五次会议\n第7508号建议的答复", read = "教育部")
    @Example(text = "市科技局对企业\n开展调研\n了解建议", read = Example.NOTHING)
    private static final Pattern HEADING = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{2,30}?(?:局|厅|部|委|委员会|办|办公室|中心|政府|分行|支行|海关))\\h{0,3}"
                    + "(?:关于|对(?=[^\\n]{0,60}?(?:\\n\\h{0,8}[^\\n]{0,40}?)?(?:提案|建议|议案)))");
    /** What a cited document's heading goes on with after 关于: 印发, 转发, 下达, 公布 (省财政厅关于印发《…》的通知). */
    @Example(text = "印发《专项资金管理办法》的通知", read = "印发", group = 0)
    @Example(text = "省十三届人大五次会议第281号建议的答复", read = Example.NOTHING)
    private static final Pattern CITED = Pattern.compile("印发|转发|下达|公布");
    /**
     * The issuer alone on the line above its heading: "贵阳市科学技术局\\n对市十五届人大三次会议第0188号建议的答复", also
     * when the heading wraps before the proposal ("唐山市丰南区农业农村局\\n对丰南区第七届人民代表大会\\n第三次会议第20号建议的答复").
     */
    @Example(text = "贵阳市科学技术局\n对市十五届人大三次会议第0188号建议的答复", read = "贵阳市科学技术局")
    @Example(text = "贵阳市科学技术局\n2024年6月5日", read = Example.NOTHING)
    private static final Pattern HEADING_ABOVE = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{3,30}?(?:局|厅|委|委员会|办|办公室|中心|政府|分行|支行|海关))\\h*\\n\\h{0,8}(?:关于|对)[^\\n]{0,60}?(?:\\n\\h{0,8}[^\\n]{0,60}?)?(?:提案|建议|议案)");
    /**
     * The writer in parentheses at the end of the heading, as a county site lists the replies of its bodies:
     * "对县十六届人大一次会议第3号建议的答复(水利局)". Only after a reply's own word (答复, 复函, 回复, 办理情况).
     */
    @Example(text = "对县十六届人大一次会议第3号建议的答复(水利局)", read = "水利局")
    @Example(text = "关于第3号提案的复函（县住房和城乡建设局）\n", read = "县住房和城乡建设局")
    @Example(text = "对第3号建议的答复(B类)", read = Example.NOTHING)
    @Example(text = "关于召开会议的通知(县水利局)", read = Example.NOTHING)
    private static final Pattern HEADING_PARENS = Pattern.compile(
            "(?m)^[^\\n]{2,100}?(?:答复|复函|回复|答复函|办理情况)\\h{0,2}[(（]\\h{0,2}([\\p{IsHan}]{2,30}?(?:局|厅|委|委员会|办|办公室|中心|政府))\\h{0,2}[)）]\\h*$");
    /**
     * The contact unit below a letter is its writer: "联系单位:新密市住房和城乡建设局", "联系单位及电话:郑州市上街区城市管理局 68118611",
     * "联系单位和联系人及电话:县林业和草原局 黑绍刚 3123363".
     */
    private static final Pattern CONTACT_UNIT = Pattern.compile(
            "(?m)^\\h{0,8}联系单位(?:及电话|和联系人及电话|及联系人)?\\h{0,2}[::]\\h{0,2}([\\p{IsHan}()()]{2,40}?(?:局|厅|部|委|委员会|办|办公室|中心|政府|分行|支行|海关|大队|支队))(?=[\\h\\d,,;;]|$)");
    /**
     * The writer naming itself in the body by its functions, then 我局/我委/我厅 of the same kind: "结合区发改局主要职能,我局将…".
     */
    private static final Pattern SELF_BY_FUNCTION = Pattern.compile(
            "(?:结合|根据|按照|立足|依据)\\h{0,2}([" + Fragments.LEVELS + "]?[\\p{IsHan}]{1,20}?(局|委|厅|办))的?(?:主要|工作)?职能(?:职责)?[,,]?\\h{0,2}我\\2");
    /**
     * The writer describing itself in the third person at the head of a paragraph or sentence of the body, by the role it
     * plays: "天桥区工信局作为行业管理部门,推动…" (the 我局作为… pattern with the name). A body said to co-handle or take part
     * (作为协办单位, 作为成员单位) is not the writer.
     */
    @Example(text = "收悉,现答复如下:\n天桥区工信局作为行业管理部门,推动我区", read = "天桥区工信局")
    @Example(text = "。市发展改革委作为牵头部门,", read = "市发展改革委")
    @Example(text = "\n市财政局作为协办单位,", read = Example.NOTHING)
    @Example(text = "\n把乡村旅游作为我县旅游产业的抓手", read = Example.NOTHING)
    @Example(text = "\n省发改委印发的《方案》作为指导文件", read = Example.NOTHING)
    private static final Pattern SELF_DESCRIBED = Pattern.compile(
            "(?:^|\\n|。)\\h{0,4}([\\p{IsHan}()()]{2,24}?(?:局|厅|委|委员会|办|办公室|中心))\\h{0,2}作为(?![^,,。\\n]{0,20}?(?:协办|会办|配合|参与|成员))"
                    + "[^,,。\\n]{0,20}?(?:部门|单位|机构)");
    /**
     * The writer as the subject of the answer's first sentence, named in the third person where others write 我局: right after
     * the answering cue ("现答复如下: 财政局对青云工业园区…高度重视") or opening the next paragraph ("教体局始终把它作为…").
     */
    @Example(text = "已收悉,现答复如下: 财政局对青云工业园区基础配套设施建设发展高度重视", read = "财政局")
    @Example(text = "现答复如下:\n\n教育基础设施建设是重要的民生工程,教体局始终把它作为重中之重的工作来抓", read = "教体局")
    @Example(text = "现答复如下:\n市财政局作为协办单位,", read = Example.NOTHING)
    @Example(text = "现答复如下:\n根据市政府办公室印发的《方案》", read = Example.NOTHING)
    private static final Pattern SELF_SUBJECT = Pattern.compile(
            "(?:^|\\n|。|[::,,])\\h{0,4}([\\p{IsHan}]{2,20}?(?:局|厅|委))\\h{0,2}(?:始终|一直|历来|高度重视|对[^,,。\\n]{2,40}?高度重视)");
    /** How far after the answering cue the writer is looked for as the subject of the answer's first sentence. */
    private static final int SUBJECT_WINDOW = 200;
    /**
     * The acknowledgement saying which body leads the handling, in a letter that body writes: "…的建议》,已交省工业和信息化厅牵头办理,
     * 结合…的意见,现答复如下". Not when the letter goes on as a co-handler (协办, 会办).
     */
    @Example(text = "提出的关于将陇川工业园区纳入省级重点工业园区的建议》,已交省工业和信息化厅牵头办理,结合省开发区工作领导小组办公室的意见", read = "省工业和信息化厅")
    @Example(text = "您提出的建议由市发改委牵头办理,我局作为协办单位", read = Example.NOTHING)
    @Example(text = "您提出的建议已交我局办理", read = Example.NOTHING)
    private static final Pattern LEAD_HANDLER = Pattern.compile(
            "(?:交由?|由)\\h{0,2}([\\p{IsHan}]{2,30}?(?:局|厅|委|委员会|办公室))\\h{0,2}(?:牵头|主办)(?:办理|答复)?(?![^。\\n]{0,40}?(?:协办|会办))");
    /** The motion itself said to be led by a body, anywhere in the body: "按照…工作部署,提案由省农业农村厅主办". */
    @Example(text = "提案由省农业农村厅主办", read = "省农业农村厅")
    @Example(text = "龙岩高新区由省人社厅牵头挂钩", read = Example.NOTHING)
    private static final Pattern MOTION_LEAD = Pattern.compile(
            "(?:提案|建议|议案)\\h{0,2}(?:交由?|由)\\h{0,2}([\\p{IsHan}]{2,30}?(?:局|厅|委|委员会|办公室))\\h{0,2}(?:牵头|主办)(?:办理|答复)?(?![^。\\n]{0,40}?(?:协办|会办))");
    /** How far past the acknowledgement the lead body is looked for. */
    private static final int LEAD_WINDOW = 40;
    /** The writer promising the next steps in the third person, where others write 我局将: "下一步,市市场监管局将认真履行职责". */
    @Example(text = "下一步,市市场监管局将认真履行职责", read = "市市场监管局")
    @Example(text = "下一步,省开发区工作领导小组办公室将研究制定考核办法", read = Example.NOTHING)
    @Example(text = "下一步,我局将继续", read = Example.NOTHING)
    private static final Pattern NEXT_STEP = Pattern.compile("下一步[,,]?\\h{0,2}((?!我)[\\p{IsHan}]{2,20}?(?:局|厅|委|部))将");
    /** A party committee (中共某县委, 镇党委): it leads, it does not answer motions. */
    @Example(text = "中共某某县委", read = "县委", group = 0)
    @Example(text = "市发改委", read = Example.NOTHING)
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?:党|[省市县区州旗镇乡])委$");
    /** A government's general office (区政府办, 县人民政府办公室): it publishes and forwards bureaus' replies. */
    @Example(text = "区政府办", read = "政府办", group = 0)
    @Example(text = "区工信局", read = Example.NOTHING)
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile("政府办(?:公室)?$");
    /**
     * A body the letter names in the third person as the one acting, at the head of a clause: "市科委积极推进功能型平台建设",
     * "二道区工信局将在…下,开展多方面工作", "省体育局将冬奥场馆赛后利用作为重要政治任务" (verbs: issuer-actor-verbs.tsv). The
     * name opens with its level or
     * its place and level (市科委, 二道区工信局), so a clause's leading words (近年来, 同时) are never part of it.
     */
    @Example(text = "。围绕科技服务业发展需求,市科委积极推进功能型平台建设", read = "市科委")
    @Example(text = "\n进一步加强与区内国资国企合作,二道区工信局将在二道区委、区政府的高位统筹下", read = "二道区工信局")
    @Example(text = "全面落实省委、省政府安排部署,省体育局将冬奥场馆赛后利用作为重要政治任务", read = "省体育局")
    @Example(text = "。科技局积极推进", read = Example.NOTHING)
    @Example(text = "。市科委的支持下", read = Example.NOTHING)
    private static final Pattern ACTOR = Pattern.compile(
            "(?:^|\\n|。|[,,;;::])\\h{0,4}((?:\\p{IsHan}{2,4}?[" + Fragments.ALL_LEVELS + "]|[" + Fragments.LEVELS + "])\\p{IsHan}{1,10}?(?:局|厅|委))"
                    + "\\h{0,2}(?:" + String.join("|", WordList.words("issuer-actor-verbs")) + ")");
    /** The actor taking up the proposal itself in the acknowledgement, where others write 我局: "市科技局非常重视您提出的提案". */
    @Example(text = "非常重视您提出的提案,现答复如下", read = "非常重视您提出的提案", group = 0)
    @Example(text = "非常重视重点实验室建设", read = Example.NOTHING, group = 0)
    private static final Pattern TAKES_UP = Pattern.compile(
            "^\\h{0,2}(?:高度|非常|十分|极为)?重视(?:您|你|贵|该|此|这)[^。\\n]{0,12}?(?:提案|建议|议案)");
    /**
     * The writer named as the subject right after the motion it answers, a sub-unit too (a brigade, a centre, a station):
     * "关于增设路灯的建议,某某交警大队高度重视,…", "…的提案收悉,某某区某某局十分重视,…"; never 我局.
     */
    @Example(text = "关于增设路灯的建议,某某交警大队高度重视,已与规划部门研究", read = "某某交警大队")
    @Example(text = "您提出的关于加强管理的提案收悉,某某县水利局十分重视", read = "某某县水利局")
    @Example(text = "关于增设路灯的建议,我局高度重视", read = Example.NOTHING)
    @Example(text = "关于增设路灯的建议,区政府高度重视", read = Example.NOTHING)
    private static final Pattern MOTION_THEN_WRITER = Pattern.compile(
            "(?:提案|建议|议案)[》”\"]?\\h{0,2}(?:已?收悉)?[,,]\\h{0,2}((?!我|贵)[\\p{IsHan}]{2,20}?(?:局|厅|委|大队|支队|中队|中心|所|站))"
                    + "\\h{0,2}(?:高度|非常|十分|极为)重视");
    /** How far into the body the motion and its writer are looked for. */
    private static final int MOTION_WRITER_WINDOW = 300;
    /** How many chars past the acknowledgement the proposal is taken up. */
    private static final int TAKES_UP_WINDOW = 160;
    /**
     * A news item naming the body that published the letter it reprints: "应急管理部发布《关于…第01234号…提案答复的函》".
     */
    @Example(text = "示例部网站3月2日消息,示例部发布《关于政协第十三届全国委员会第五次会议第01234号(工交邮电类123号)提案答复的函》", read = "示例部")
    @Example(text = "市科技局发布《关于开展2024年度申报工作的通知》", read = Example.NOTHING)
    private static final Pattern PUBLISHED_REPLY = Pattern.compile(
            "(?:^|[,,。\\n])\\h{0,4}([\\p{IsHan}]{2,20}?(?:部|局|厅|委|委员会|署|总局))(?:公开)?发布(?:了)?《[^》\\n]{0,120}?(?:答复|复函|答复的函)》");
    /** How far into a text a news item names the publisher of the reply it reprints. */
    private static final int PUBLISHED_REPLY_WINDOW = 400;
    /** A name written whole on a line of its own, whose head a page cut off elsewhere (陕西省发展和改革委 of 陕西省发展和改革委员会). */
    private static final String NAME_END = "(?:委员会|局|厅|委|办公室|中心|政府)";
    /** How far after the acknowledgement a writer's self-description is looked for: its opening paragraphs. */
    private static final int SELF_WINDOW = 800;
    /** A body issuing what the text reports, never one a clause cites: "省财政厅印发的《…》" names another document's issuer. */
    @Example(text = "市科技局印发《方案》", read = "市科技局")
    @Example(text = "科技局印发《方案》", read = Example.NOTHING)
    @Example(text = "根据省财政厅印发的《专项资金管理办法》", read = Example.NOTHING)
    private static final Pattern ISSUING = Pattern.compile(
            "([" + Fragments.LEVELS + "][\\p{IsHan}]{1,10}?(?:厅|局|委|办))(?:联合)?(?:出台|印发|发布|制定|下发)(?!的)");
    /** A date written whole on its line: 2023年4月14日, 二〇二三年四月十四日, 2023-04-14. */
    private static final String WHOLE_DATE = "(?:(?:19|20)\\d{2}\\h{0,2}年\\h{0,2}\\d{1,2}\\h{0,2}月\\h{0,2}\\d{1,2}\\h{0,2}日"
            + "|[" + Fragments.CN_ZEROS + Fragments.CN_DIGITS + "]{4}年[" + Fragments.CN_NUMERALS + "]{1,3}月[" + Fragments.CN_NUMERALS + "]{1,3}日"
            + "|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2})";
    /**
     * The sign-off ending a notice: a body's name alone on its line right above its date, the last lines of the text
     * ("…\n示例市科学技术局\n2023年4月14日"). A person signing (李小明) has no body's head and is none.
     */
    @Example(text = "特此通知。\n示例市科学技术局\n2023年4月14日\n", read = "示例市科学技术局")
    @Example(text = "特此通知。\n示例县人民政府办公室\n二〇二三年四月十四日", read = "示例县人民政府办公室")
    @Example(text = "特此通知。\n李小明\n2023年4月14日", read = Example.NOTHING)
    @Example(text = "示例市科学技术局\n2023年4月14日\n相关链接:示例市人民政府", read = Example.NOTHING)
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?m)^\\h{0,8}([\\p{IsHan}()()]{2,30}?(?:局|厅|部|委|委员会|办|办公室|中心|政府|院|署))\\h*\\n\\h{0,8}" + WHOLE_DATE + "\\s*\\z");
    /** How many chars at the end of a notice its sign-off is looked for in. */
    private static final int SIGN_OFF_WINDOW = 120;
    /** A body's name, with a second name in brackets after it: "宁国市文旅局(市广电新闻出版局)". */
    private static final Pattern AGENCY = Pattern.compile(
            "[\\p{IsHan}()()]{2,40}(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部|司|处|所|署|馆|站|队|室|分行|支行|海关)"
                    + "(?:[((][\\p{IsHan}]{2,20}(?:局|厅|委|委员会|办|办公室|中心|院|会|政府|部)[))])?");

    /** The issuer of a letter, as written: the first of {@link #candidates}. */
    public Optional<Located<String>> ofLetter(String text, LetterLayout layout, SignOff signOff, Metadata meta) {
        return candidates(text, layout, signOff, meta).stream().findFirst();
    }

    /**
     * Every place a letter names its issuer, best first: sign-off, heading, the heading's bracketed body (…的答复(水利局)), the contact unit (联系单位), 发布机构, 来源, 主办单位,
     * the body naming itself by its functions (结合区发改局主要职能,我局…), the body describing itself by its role
     * (天桥区工信局作为行业管理部门). The
     * later ones may say where an abbreviated sign-off (区科技局) belongs.
     */
    public List<Located<String>> candidates(String text, LetterLayout layout, SignOff signOff, Metadata meta) {
        List<Located<String>> out = new ArrayList<>();
        if (signOff.agency() != null) out.add(signOff.agency());
        Matcher h = HEADING.matcher(text).region(0, layout.headerEnd());
        // In a letter, a body issuing or forwarding a document (省财政厅关于印发《…》的通知) heads a document the letter cites.
        while (h.find())
            if (!CITED.matcher(text).region(h.end(), layout.headerEnd()).lookingAt()) {
                out.add(Located.at(h.group(1), h.start(1), h.end(1)));
                break;
            }
        Matcher parens = HEADING_PARENS.matcher(text).region(0, layout.headerEnd());
        if (parens.find()) out.add(Located.at(parens.group(1), parens.start(1), parens.end(1)));
        Matcher above = HEADING_ABOVE.matcher(text).region(0, layout.headerEnd());
        if (above.find()) out.add(Located.at(above.group(1), above.start(1), above.end(1)));
        Matcher unit = CONTACT_UNIT.matcher(text).region(layout.ackStart(), text.length());
        if (unit.find()) out.add(Located.at(unit.group(1), unit.start(1), unit.end(1)));
        // The letter taking up the proposal in its own words (市科技局非常重视您提出的提案) beats a portal's label.
        takesUp(text, layout).ifPresent(out::add);
        Matcher named = MOTION_THEN_WRITER.matcher(text).region(layout.ackStart(), Math.min(text.length(), layout.ackStart() + MOTION_WRITER_WINDOW));
        if (named.find() && !GOVERNMENT_OFFICE.matcher(named.group(1)).find() && !PARTY_COMMITTEE.matcher(named.group(1)).find())
            out.add(Located.at(named.group(1), named.start(1), named.end(1)));
        List<Located<String>> forwarding = new ArrayList<>();
        for (String label : new String[] {"发布机构", "来源", "主办单位"})
            meta.get(label).filter(x -> AGENCY.matcher(x.value()).matches())
                    .ifPresent(x -> (GOVERNMENT_OFFICE.matcher(x.value()).find() ? forwarding : out).add(x));
        Matcher self = SELF_BY_FUNCTION.matcher(text).region(layout.ackStart(), text.length());
        if (self.find()) out.add(Located.at(self.group(1), self.start(1), self.end(1)));
        Matcher described = SELF_DESCRIBED.matcher(text).region(layout.ackStart(), Math.min(text.length(), layout.ackStart() + SELF_WINDOW));
        if (described.find()) out.add(Located.at(described.group(1), described.start(1), described.end(1)));
        Matcher lead = LEAD_HANDLER.matcher(text).region(layout.ackStart(), Math.min(text.length(), layout.ackEnd() + LEAD_WINDOW));
        if (lead.find()) out.add(Located.at(lead.group(1), lead.start(1), lead.end(1)));
        Matcher subject = SELF_SUBJECT.matcher(text).region(layout.ackEnd(), firstSentenceEnd(text, layout.ackEnd()));
        while (subject.find())
            if (!GOVERNMENT_OFFICE.matcher(subject.group(1)).find() && !PARTY_COMMITTEE.matcher(subject.group(1)).find()) {
                out.add(Located.at(subject.group(1), subject.start(1), subject.end(1)));
                break;
            }
        Matcher next = NEXT_STEP.matcher(text).region(layout.ackEnd(), text.length());
        while (next.find())
            if (!GOVERNMENT_OFFICE.matcher(next.group(1)).find() && !PARTY_COMMITTEE.matcher(next.group(1)).find()) {
                out.add(Located.at(next.group(1), next.start(1), next.end(1)));
                break;
            }
        // Nothing above: the body the letter names acting most often in the third person (市科委积极推进…, 二道区工信局将…),
        // then the body a news item says published the reply.
        if (out.isEmpty()) {
            // The lead handler named further down, where a long reply tells how it handled the proposal ("提案由省农业农村厅主办").
            Matcher leadBelow = MOTION_LEAD.matcher(text).region(layout.ackStart(), text.length());
            if (leadBelow.find()) out.add(Located.at(leadBelow.group(1), leadBelow.start(1), leadBelow.end(1)));
        }
        if (out.isEmpty()) actor(text, layout).ifPresent(out::add);
        if (out.isEmpty()) {
            Matcher published = PUBLISHED_REPLY.matcher(text).region(0, Math.min(text.length(), PUBLISHED_REPLY_WINDOW));
            if (published.find()) out.add(Located.at(published.group(1), published.start(1), published.end(1)));
        }
        // A government's general office that published the page (来源:区政府办) forwards a bureau's reply: the writer only
        // when nothing else names one.
        out.addAll(forwarding);
        return out.isEmpty() ? out : completed(text, out);
    }

    /** The body the acknowledgement says takes up the proposal: "…收悉,…市科技局非常重视您提出的提案,现答复如下". */
    private static Optional<Located<String>> takesUp(String text, LetterLayout layout) {
        if (layout.ackEnd() <= layout.ackStart()) return Optional.empty();
        Matcher a = ACTOR_NAME.matcher(text).region(layout.ackStart(), Math.min(text.length(), layout.ackEnd() + TAKES_UP_WINDOW));
        while (a.find()) {
            String name = a.group(1);
            if (GOVERNMENT_OFFICE.matcher(name).find() || PARTY_COMMITTEE.matcher(name).find()) continue;
            if (TAKES_UP.matcher(text).region(a.end(1), text.length()).lookingAt()) return Optional.of(Located.at(name, a.start(1), a.end(1)));
        }
        return Optional.empty();
    }

    /** Whether a list (、) of the text holds the name. */
    private static boolean listed(String text, String name) {
        return name.length() >= 2 && (text.contains(name + "、") || text.contains("、" + name));
    }

    /** A body's name after its place and level: 科技厅 of 自治区科技厅, 工信局 of 二道区工信局. */
    private static String bare(String name) {
        int cut = 0;
        for (int i = 0; i < name.length() - 2; i++) if (Fragments.ALL_LEVELS.indexOf(name.charAt(i)) >= 0) cut = i + 1;
        return name.substring(cut);
    }

    /** Chars of a clause, never of a body's name: 市属道路建设施工时我局. */
    @Example(text = "市属道路建设施工时我局", read = "时", group = 0)
    @Example(text = "二道区工信局", read = Example.NOTHING, group = 0)
    private static final Pattern NOT_IN_NAME = Pattern.compile("[我的时在和与及对为将由是了把被从向给等]");
    /** How far into the body the co-handlers' list is looked for. */
    private static final int LISTED_WINDOW = 400;

    /** A body's name opening a clause, as {@link #ACTOR} reads it, with whatever follows. */
    private static final Pattern ACTOR_NAME = Pattern.compile(
            "(?:^|\\n|。|[,,;;::])\\h{0,4}((?:\\p{IsHan}{2,4}?[" + Fragments.ALL_LEVELS + "]|[" + Fragments.LEVELS + "])\\p{IsHan}{1,10}?(?:局|厅|委))");

    /**
     * The body named acting most often in the body ({@link #ACTOR}), the first of equals; not a party committee nor a government
     * office, no name holding a clause's words (市属道路建设施工时我局), and none the opening paragraphs list among others
     * (经商市商务局、市工信局、市城管委: the co-handlers, who act in the third person in a lead body's letter).
     */
    private static Optional<Located<String>> actor(String text, LetterLayout layout) {
        Matcher m = ACTOR.matcher(text).region(layout.ackStart(), text.length());
        String opening = text.substring(layout.ackStart(), Math.min(text.length(), layout.ackStart() + LISTED_WINDOW));
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Located<String>> first = new HashMap<>();
        while (m.find()) {
            String name = m.group(1);
            if (GOVERNMENT_OFFICE.matcher(name).find() || PARTY_COMMITTEE.matcher(name).find() || NOT_IN_NAME.matcher(name).find()
                    || listed(opening, name) || listed(opening, bare(name))) continue;
            counts.merge(name, 1, Integer::sum);
            first.putIfAbsent(name, Located.at(name, m.start(1), m.end(1)));
        }
        String best = null;
        for (var e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best == null ? Optional.empty() : Optional.of(first.get(best));
    }

    /**
     * The first candidate written whole elsewhere: a page cut off inside its sign-off (陕西省发展和改革委) whose first line
     * names the writer in full (陕西省发展和改革委员会). Only a name standing alone on its line completes it; never guessed.
     */
    private static List<Located<String>> completed(String text, List<Located<String>> out) {
        Located<String> first = out.get(0);
        Matcher whole = Pattern.compile("(?m)^\\h{0,8}(" + Pattern.quote(first.value()) + "\\p{IsHan}{1,3}(?<=" + NAME_END + "))\\h*$")
                .matcher(text);
        if (!whole.find() || whole.group(1).equals(first.value())) return out;
        List<Located<String>> fixed = new ArrayList<>(out);
        fixed.set(0, Located.at(whole.group(1), whole.start(1), whole.end(1)));
        return fixed;
    }

    /** The end of the answer's first sentence: the first 。 past the answering cue's colon, within {@link #SUBJECT_WINDOW}. */
    private static int firstSentenceEnd(String text, int ackEnd) {
        int limit = Math.min(text.length(), ackEnd + SUBJECT_WINDOW);
        int cue = ackEnd;
        while (cue < limit && "::。".indexOf(text.charAt(cue)) < 0) cue++;
        int end = text.indexOf('。', Math.min(limit, cue + 1));
        return end < 0 || end > limit ? limit : end;
    }

    /**
     * The issuer of a text that is no letter: the body its page names as 发布机构 or 来源
     * ("来源:绍兴市政协办公室"), else its heading ("江西省科学技术厅关于…的公示"), else its sign-off (a body's name
     * alone above the closing date: "示例市科学技术局\n2023年4月14日"), else the first "X出台/印发" in its opening (never
     * "X印发的《…》", a document it cites).
     */
    public Optional<Located<String>> ofReport(String text, int to, Metadata meta) {
        for (String label : new String[] {"发布机构", "来源"}) {
            Optional<Located<String>> v = meta.get(label).filter(x -> AGENCY.matcher(x.value()).matches());
            if (v.isPresent()) return v;
        }
        Matcher h = HEADING.matcher(text).region(0, to);
        if (h.find()) return Optional.of(Located.at(h.group(1), h.start(1), h.end(1)));
        // A notice signed by its body: the sign-off outranks a body its opening says issued something, which may be cited.
        Matcher signed = SIGN_OFF.matcher(text).region(Math.max(0, text.length() - SIGN_OFF_WINDOW), text.length());
        if (signed.find()) return Optional.of(Located.at(signed.group(1), signed.start(1), signed.end(1)));
        Matcher m = ISSUING.matcher(text).region(0, to);
        return m.find() ? Optional.of(Located.at(m.group(1), m.start(1), m.end(1))) : Optional.empty();
    }
}
