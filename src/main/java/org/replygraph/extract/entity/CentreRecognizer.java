package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.CentreMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;

/**
 * Finds named innovation platforms: 国家增材制造创新中心, 湖北三峡实验室, and each item of a list sharing
 * one kind (陕西省先进能源化工材料、…、陕西省镁基新材料等十个中试基地). Categories (省级制造业创新中心,
 * 全国重点实验室, 实验室5个) are not names. Names by builder (甲牵头的X、乙牵头的Y全国重点实验室) share the
 * kind and the level or province before it; a platform renamed (…更名为…) or written with and without
 * its place (佛山季华实验室, 季华实验室) is one platform.
 *
 * <pre>{@code
 * List<CentreMention> c = new CentreRecognizer().find(text, maskedTitleSpans);
 * c.get(0).name();   // 国家增材制造创新中心
 * c.get(0).level();  // national
 * }</pre>
 */
public final class CentreRecognizer {
    /** Chars that end a name's left reach outright. */
    private static final String BOUNDARY = "，。；：、！？“”\"《》()（）[]【】\n\r\t |:,;·+＋";
    /**
     * Before a kind, the tail of a list: 等十个, 等10家, 等2个省级 (the level applies to every item), or a
     * bare count after 、-separated items (株洲…、湘潭…、岳阳…3个省级中试基地).
     */
    private static final Pattern LIST_TAIL = Pattern.compile("(等)?([" + Fragments.CN_NUMERALS + "百两\\d]{1,4}[个家所批](国家级|国家|省部级|部级|省级|市级|省|市)?)?$");
    /** Before a name, who builds it: 西北有色金属研究院建设的, 兴发化工牵头组建, 中控技术牵头的. */
    private static final Pattern BUILDER = Pattern.compile("(?:牵头(?:建设|组建|共建|筹建|承建)?|建设|组建|共建|筹建|承建)的?$");
    /** Where a builder phrase hands over to the name it builds: …牵头的|, …建设的|. */
    private static final Pattern BUILT_BY = Pattern.compile("(?:牵头|建设|组建|共建|筹建|承建)的");
    /** After a name, who it relies on: 依托西安增材制造研究院有限公司. */
    private static final Pattern RELIES_ON = Pattern.compile("依托([^，。、；\\s]{2,30}?(?:有限公司|研究院|研究所|大学|学院|集团|公司))");
    /**
     * Kinds that make a platform only where the text says so (issue 9 §3, centre-conditional-kinds): a 研究院, 科学院 or
     * 孵化器 being set up (设立工业智能研究院) or becoming a platform class (贺州天润科技企业孵化器创建国家科技企业孵化器).
     */
    private static final java.util.Set<String> CONDITIONAL_KINDS = CentreName.CONDITIONAL_KINDS;
    /** A 研究院 counts as a platform only where it is being set up: 设立工业智能研究院, 建设中国(广州)…, 鼓励组建的…科学院. */
    @Example(text = "重点支持广州市建设", read = "建设")
    @Example(text = "鼓励组建的", read = "组建的")
    @Example(text = "宁夏", read = Example.NOTHING)
    private static final Pattern SET_UP = Pattern.compile("(?:设立|组建|筹建|新建|建立|成立|创建|打造|建设)[了的]?$");
    /**
     * …or where the sentence says who set it up (辽宁…研究院、沈阳…研究院由高校与企业共同组建) or lists it
     * among research bodies (A研究院、B研究院等一批新型研发机构).
     */
    private static final Pattern SET_UP_AFTER = Pattern.compile(
            "(?:、[^、。，；\\n]{2,30}?研究院){0,8}(?:(?:由|依托)[^。；，\\n]{0,20}?(?:组建|建设|共建|设立|成立)"
            + "|等[^。；，、\\n]{0,8}?(?:新型研发机构|研发机构|研究机构))");
    /**
     * …or where it becomes a platform of a class (重庆某某研究院创建市级高端新型研发机构, …研究院获批省级重点实验室,
     * …研究院认定为新型研发机构): the named body is the platform, the class its kind (issue 9 §3).
     */
    @Example(text = "支持某某研究院创建市级高端新型研发机构。", read = "新型研发机构")
    @Example(text = "某某研究院获批省级重点实验室", read = "重点实验室")
    @Example(text = "某某研究院创建了一批高水平团队", read = Example.NOTHING)
    @Example(text = "”申报认定国家级科技企业孵化器", read = "孵化器")
    private static final Pattern BECOMES = Pattern.compile("[”\"]?(?:创建|建成|(?:申报)?认定为?|获批|升级为|成为|获评为?|入选)[^。；，、\\n]{0,12}?("
            + String.join("|", CentreName.KINDS.stream().map(Pattern::quote).toList()) + ")");
    /**
     * …or where the text says it is one: 红河创新技术研究院是浙江大学科研成果在云南省的转化平台 (issue 9 §3); not
     * …研究院是我省高校 or …研究院是一家公司.
     */
    @Example(text = "是浙江大学科研成果在云南省的转化平台和产业聚集地", read = "是浙江大学科研成果在云南省的转化平台")
    @Example(text = "是一家民营企业", read = Example.NOTHING)
    private static final Pattern IS_PLATFORM = Pattern.compile("(?:是|作为)[^。；，\n]{0,30}?(?:平台|创新载体|新型研发机构)");
    /** Between two names of one platform: …国家重点实验室于2023年完成重组，更名为…全国重点实验室. */
    private static final Pattern RENAMED = Pattern.compile("[^。；\\n]{0,20}?(?:更名为|改名为)[“\"]?");
    private static final Pattern COMPANY_TAIL = Pattern.compile("(?:股份)?有限(?:责任)?公司");
    private static final Pattern COMPANY_AFTER = Pattern.compile("(?:有限|股份|集团|公司)");
    private static final Pattern UPGRADED = Pattern.compile("[^。；\\n]{0,30}?(?:升级为|获批|认定为|成为)国家级");
    private static final int REACH = 30;
    /** How far back fields quoted before 等 and a kind are read: eight fields of sixteen chars. */
    private static final int QUOTED_REACH = 160;
    /** The shortest field that names a platform in a list joined by 和 (精密制造和生物材料2个重点实验室). */
    private static final int FIELD = 4;
    /** The longest field a name quotes inside itself (“智能网联汽车”). */
    private static final int QUOTED_FIELD = 16;
    /** A province-level place standing between a name and its kind: 黑土地保护与利用|吉林省|重点实验室. */
    private static final Pattern PROVINCE_WORD = Pattern.compile(".{2,8}(?:省|自治区)");
    /** A company name cut at a bracket, as in 新疆天业(集团)|有限公司…: no name starts with its suffix. */
    private static final Pattern COMPANY_REMAINDER = Pattern.compile("^(?:有限|股份|公司|集团)");
    /** An item that is itself a platform or a body (A中心、B中心等十个创新中心) does not take the kind. */
    private static final Pattern ITEM_IS_PLATFORM = Pattern.compile("(?:中心|基地|实验室|平台|园区?|公司|集团|大学|学院|研究所)$");
    /**
     * A single name may be headed by the body that hosts it (哈尔滨工业大学概念验证中心, 中国科大先进技术研究院概念验证中心),
     * by a company only where the kind is the company's own (黔云智算科技有限公司企业技术中心).
     */
    private static final Pattern HEAD_IS_PLATFORM = Pattern.compile("(?:中心|基地|实验室|平台|园区?)$");
    private static final Pattern HEAD_IS_COMPANY = Pattern.compile("(?:公司|集团)$");
    /**
     * After a kind, words that make it a class of platforms, not one: 多层次制造业创新中心体系, 纳入国家超算中心序列,
     * 进入国家企业技术中心行列, 入选国家技术创新中心名单.
     */
    @Example(text = "纳入国家超算中心序列", read = "序列")
    @Example(text = "实验室体系", read = "体系")
    @Example(text = "国家重点实验室和粤港澳联合实验室等各类创新平台", read = "等各类")
    @Example(text = "实验室建设", read = Example.NOTHING)
    @Example(text = "实验室等10家平台", read = Example.NOTHING)
    private static final Pattern CATEGORY_AFTER = Pattern.compile("体系|序列|行列|名单|等(?:各类|各种|多种|多类|各级)");
    /**
     * A count right after the kind, ending the phrase, makes it a class being counted: 已布局建设生物医药中试平台11个.
     * A count that goes on to a kind closes a list instead (A、B2家国家级制造业创新中心).
     */
    @Example(text = "11个，2022年", read = "11个")
    @Example(text = "十家。", read = "十家")
    @Example(text = "1号楼", read = Example.NOTHING)
    @Example(text = "2家国家级制造业创新中心", read = Example.NOTHING)
    private static final Pattern COUNT_AFTER = Pattern.compile("[0-9一二三四五六七八九十两百余多]+(?:个|家|座|所)(?![\\p{IsHan}])");
    /** A count of one names the one platform it counts: 获科技部批复建设省部共建…国家重点实验室1个. */
    @Example(text = "1个、", read = "1个")
    @Example(text = "一个。", read = "一个")
    @Example(text = "12个", read = Example.NOTHING)
    private static final Pattern COUNT_ONE = Pattern.compile("[1一](?:个|家|座|所)(?![\\p{IsHan}\\d])");
    /**
     * Before a kind, fields quoted one after another and closed by 等 and a scope (issue 9 §3): in
     * 布局建设“天然药物及仿生药物”“传染病重症诊治”等大健康领域全国重点实验室15个 each field names one lab; the level
     * word (全国, 国家) just before the kind belongs to every name.
     */
    @Example(text = "“天然药物及仿生药物”“传染病重症诊治”等大健康领域全国", read = "“天然药物及仿生药物”“传染病重症诊治”等大健康领域全国", group = 0)
    @Example(text = "“智能网联汽车”、“新能源”等国家", read = "“智能网联汽车”、“新能源”等国家", group = 0)
    @Example(text = "“十四五”期间新建", read = Example.NOTHING)
    private static final Pattern QUOTED_FIELDS = Pattern.compile(
            "((?:“[^“”\\n，。；、]{2,16}”、?){1,8})等([^，。；、“”\\n]{0,12}?)(全国|国家)?$");
    private static final Pattern ONE_QUOTED = Pattern.compile("“([^“”]+)”");
    /** A place in brackets after a country or province inside a name: 中国(广州)|智能装备研究院. */
    @Example(text = "重点支持广州市建设中国(广州)", read = "中国(广州)", group = 0)
    @Example(text = "建设智能装备(智能机器人)", read = Example.NOTHING)
    private static final Pattern BRACKETED_PLACE = Pattern.compile("(中国|[\\p{IsHan}]{2,4}(?:省|自治区|市))[(（]([\\p{IsHan}]{2,4})[)）]$");
    /** A rank word opening a name: 国家级, 省级, 市级 (a class: 国家级复合材料制造业创新中心). */
    @Example(text = "国家级", read = "国家级")
    @Example(text = "国家", read = Example.NOTHING)
    private static final Pattern RANK = Pattern.compile("(?:国家|省|市|县|区)级");
    /** A national name opens with 国家 or 全国: 全国农业技术转移服务中心. */
    @Example(text = "全国农业技术转移交易服务平台", read = "全国")
    @Example(text = "国家级平台", read = Example.NOTHING)
    private static final Pattern NATIONAL_OPENING = Pattern.compile("(?:国家|全国)(?!级)");

    private final NamePhrase phrases = new NamePhrase();
    private final PlatformContext context = new PlatformContext();
    private final PlatformTable table = new PlatformTable();

    public List<CentreMention> find(String text, List<Span> masked) {
        List<CentreMention> out = new ArrayList<>();
        SpanSet maskedSet = SpanSet.of(masked);
        int lastEnd = 0;
        for (int end = 2; (end = EndScan.next(text, end, KIND_ENDS)) <= text.length(); end++) {
            String kind = CentreName.kindEndingAt(text, end);
            if (kind == null) {
                String weak = longer(CentreName.weakKindEndingAt(text, end), PlatformContext.headEndingAt(text, end));
                if (weak == null || maskedSet.covers(end - 1) || end - weak.length() < lastEnd
                        || CATEGORY_AFTER.matcher(text).region(end, text.length()).lookingAt()) continue;
                CentreMention m = byContext(text, end - weak.length(), end, weak);
                if (m != null && m.span().start() >= lastEnd) {
                    out.add(m);
                    lastEnd = end;
                }
                continue;
            }
            if (maskedSet.covers(end - 1)) continue;
            int kindStart = end - kind.length();
            if (kindStart < lastEnd) continue;
            if (COMPANY_AFTER.matcher(text).region(end, text.length()).lookingAt()) continue;
            if (CATEGORY_AFTER.matcher(text).region(end, text.length()).lookingAt()) continue;
            List<CentreMention> quoted = quotedFields(text, kindStart, end, kind, Math.max(lastEnd, kindStart - QUOTED_REACH));
            if (!quoted.isEmpty()) {
                out.addAll(quoted);
                lastEnd = end;
                continue;
            }
            if (COUNT_AFTER.matcher(text).region(end, text.length()).lookingAt()
                    && !COUNT_ONE.matcher(text).region(end, text.length()).lookingAt()) continue;
            List<CentreMention> found = atKind(text, kindStart, end, kind, Math.max(lastEnd, reachStart(text, kindStart)));
            if (!found.isEmpty()) {
                out.addAll(found);
                lastEnd = end;
            }
        }
        // Spans taken so far by start, to test a new one's overlap in log time (a letter may name thousands).
        TreeMap<Integer, Integer> taken = new TreeMap<>();
        for (CentreMention c : out) taken.merge(c.span().start(), c.span().end(), Math::max);
        for (CentreMention cell : table.find(text))
            if (!maskedSet.covers(cell.span().start()) && !overlaps(taken, cell.span().start(), cell.span().end())) {
                out.add(cell);
                taken.put(cell.span().start(), cell.span().end());
            }
        out.sort(Comparator.comparingInt(c -> c.span().start()));
        out = withSiblings(text, out, taken, maskedSet);
        return withPlacedNames(renamed(text, out));
    }

    /** The last chars of every kind, weak kind and context head: {@link #find} looks only where one ends. */
    private static final String KIND_ENDS = WordList.lastChars(java.util.stream.Stream.of(CentreName.KINDS, CentreName.WEAK_KINDS,
            PlatformContext.HEADS).flatMap(List::stream).toList());


    /**
     * Members of a list (、, 和, 及) one of whose members is a platform named whole are platforms too when they are named
     * bodies with a platform head (issue 9 §3: lists yield every member): in 建成湖北实验室、武汉产业创新发展研究院 and
     * 建成江城实验室和武汉产业创新发展研究院 the institute is listed with a lab. A member that is a class (省级工程技术研究中心), a body that is no platform (政务服务中心) or a
     * weak head without an innovation word (物流中心) is not.
     */
    private List<CentreMention> withSiblings(String text, List<CentreMention> found, NavigableMap<Integer, Integer> taken,
                                             SpanSet masked) {
        List<CentreMention> out = new ArrayList<>(found);
        for (int i = 0; i < out.size(); i++) {
            CentreMention m = out.get(i);
            if (!m.surface().endsWith(m.kind())) continue;
            for (CentreMention s : new CentreMention[] {sibling(text, m.span().end(), true, taken, masked),
                    sibling(text, m.span().start(), false, taken, masked)}) {
                if (s == null) continue;
                out.add(s);
                taken.put(s.span().start(), s.span().end());
            }
        }
        out.sort(Comparator.comparingInt(c -> c.span().start()));
        return out;
    }

    /** The list member right after {@code at} (after its 、, 和 or 及) or right before it, when it is a named platform; else null. */
    private CentreMention sibling(String text, int at, boolean after, NavigableMap<Integer, Integer> taken, SpanSet masked) {
        int start;
        int end;
        if (after) {
            if (at >= text.length() || LIST_JOINERS.indexOf(text.charAt(at)) < 0) return null;
            start = at + 1;
            end = start;
            while (end < text.length() && end - start <= REACH && SIBLING_END.indexOf(text.charAt(end)) < 0) end++;
        } else {
            if (at < 1 || LIST_JOINERS.indexOf(text.charAt(at - 1)) < 0) return null;
            end = at - 1;
            start = end;
            while (start > 0 && end - start <= REACH && SIBLING_END.indexOf(text.charAt(start - 1)) < 0) start--;
            // 建成|江城实验室: the first member may follow prose; it starts where a name can.
            start = phrases.nameStart(text, start, end);
        }
        if (end - start > REACH || end <= start || masked.covers(end - 1)) return null;
        String name = text.substring(start, end);
        String head = PlatformTable.head(name);
        if (head == null || head.length() == name.length() || name.contains("的")) return null;
        if (overlaps(taken, start, end)) return null;
        List<NamePhrase.Word> words = phrases.words(text, start, end - head.length());
        if (words.isEmpty() || !CentreName.isProperName(words) || CentreName.describesClass(words)
                || words.stream().allMatch(w -> CentreName.isGeneric(w.word())) || RANK.matcher(words.get(0).word()).lookingAt()
                || CentreName.classBefore(text, start) != null || CentreName.isNotPlatform(name)) return null;
        boolean strong = CentreName.KINDS.contains(head) || PlatformContext.HEADS.contains(head);
        if (!strong && !CentreName.namesInnovation(name.substring(0, name.length() - head.length()))) return null;
        return new CentreMention(name, name, new Span(start, end), head, CentreName.level(name), null);
    }

    /**
     * What joins two members of a list: 、, and 和 or 及 between the last two (建成江城实验室和武汉产业创新发展研究院). The member
     * across the joiner must still be a named body with a platform head (建成示例实验室和配套道路 adds nothing).
     */
    private static final String LIST_JOINERS = "、和及";
    /** Where a list member ends: a separator, a joiner or the 等 that closes the list. */
    private static final String SIBLING_END = "、，。；：！？,;:\n（(《“等和及与";

    /** Whether [start, end) overlaps a taken span (spans by start; a taken span contains no other). */
    private static boolean overlaps(NavigableMap<Integer, Integer> taken, int start, int end) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }

    /** The longer of two heads ending at one place (科创|中心 is 科创中心), either may be null. */
    private static String longer(String a, String b) {
        return a == null || b != null && b.length() > a.length() ? b : a;
    }

    /**
     * A name written once with its place or 国家 and once without (佛山季华实验室, 季华实验室; “先进操作系统创新中心”
     * (即国家先进操作系统创新中心)) is one platform: the short mentions take the full name, keeping their surface.
     * Each short name takes the first mention, in text order, whose name ends with it after places or 国家;
     * that is looked up once per distinct name among the names' own suffixes, so a letter naming
     * centres thousands of times costs linear time (comparing every pair made it quadratic).
     */
    private List<CentreMention> withPlacedNames(List<CentreMention> found) {
        Map<String, CentreMention> firstByName = new LinkedHashMap<>();
        for (CentreMention m : found) firstByName.putIfAbsent(m.name(), m);
        Map<String, CentreMention> placedFor = new HashMap<>();
        for (CentreMention placed : firstByName.values()) {
            String name = placed.name();
            for (int cut = 1; cut < name.length(); cut++) {
                String shortName = name.substring(cut);
                if (!firstByName.containsKey(shortName) || placedFor.containsKey(shortName)) continue;
                List<NamePhrase.Word> prefix = phrases.words(name, 0, cut);
                if (!prefix.isEmpty() && prefix.stream().allMatch(w -> w.isPlace() || w.word().equals("国家")))
                    placedFor.put(shortName, placed);
            }
        }
        List<CentreMention> out = new ArrayList<>(found.size());
        for (CentreMention shortName : found) {
            CentreMention placed = placedFor.get(shortName.name());
            out.add(placed == null ? shortName : new CentreMention(placed.name(), shortName.surface(), shortName.span(),
                    shortName.kind(), shortName.level() != null ? shortName.level() : placed.level(), shortName.host()));
        }
        return out;
    }

    /** A platform renamed in the text (A…更名为B) is one platform: A takes B's name, keeping its surface. */
    private static List<CentreMention> renamed(String text, List<CentreMention> found) {
        List<CentreMention> out = new ArrayList<>(found);
        for (int i = out.size() - 2; i >= 0; i--) {
            CentreMention a = out.get(i);
            CentreMention b = out.get(i + 1);
            if (b.span().start() < a.span().end()) continue;
            if (!RENAMED.matcher(text.substring(a.span().end(), b.span().start())).matches()) continue;
            out.set(i, new CentreMention(b.name(), a.surface(), a.span(), a.kind(), a.level(), a.host()));
        }
        return out;
    }

    private List<CentreMention> atKind(String text, int kindStart, int end, String kind, int from) {
        Matcher tail = LIST_TAIL.matcher(text.substring(from, kindStart));
        boolean listTail = tail.find() && tail.end() > tail.start();
        int itemEnd = listTail ? from + tail.start() : kindStart;
        // A bare count is a list tail only after 、-separated items; 建设3个省级中试基地 lists nothing.
        if (listTail && tail.group(1) == null && !afterListItem(text, itemEnd)) {
            List<CentreMention> joined = joinedByAnd(text, itemEnd, tail, kind, end);
            if (!joined.isEmpty()) return joined;
            listTail = false;
            itemEnd = kindStart;
        }
        List<CentreMention> out = new ArrayList<>();
        boolean first = true;
        boolean viaAnd = false;
        String shared = "";
        while (true) {
            int reach = Math.max(reachStart(text, itemEnd), first ? from : 0);
            boolean listItem = reach > 0 && text.charAt(reach - 1) == '、';
            // In A、B、C等十个中试基地 every item but the first is the whole stretch between separators.
            int start = listTail && listItem ? reach : phrases.nameStart(text, reach, itemEnd);
            // 、地表水环境有机污染物监测分析和湖泊污染控制等一批部级重点实验室: the last two fields of a list are joined by 和.
            int joinedAt = listTail && listItem ? joinedField(text, start, itemEnd) : -1;
            if (joinedAt >= 0) start = joinedAt + 1;
            start = Math.min(start, builtByEnd(text, reach, itemEnd));
            if (!listTail) start = Math.min(start, quotedField(text, reach, start, itemEnd));
            if (!listTail && listItem && nationalListItem(text, reach, itemEnd, end)) start = reach;
            List<NamePhrase.Word> words = phrases.words(text, start, itemEnd);
            if (viaAnd && (words.isEmpty() || itemEnd - start < FIELD || !opensField(words.get(0)))) break;
            if (!CentreName.isProperName(words) || CentreName.describesClass(words) || !headAllowed(text.substring(start, itemEnd), kind, listTail || !first)
                    || !innerKindAllowed(CentreName.kindEndingAt(text, itemEnd), kind, listTail || !first)) break;
            // 建立一批|国家临床医学研究中心: a class gathered, not a body named.
            if (first && CentreName.classBefore(text, start) != null) break;
            int named = namedStart(text, start, Math.max(0, from - REACH));
            if (CONDITIONAL_KINDS.contains(kind) && !setUp(text, named, start, words)
                    && !SET_UP_AFTER.matcher(text).region(end, text.length()).lookingAt() && becomes(text, end) == null
                    && !IS_PLATFORM.matcher(text).region(end, text.length()).lookingAt()) break;
            if (!first && !listTail && !nameLike(text, start, itemEnd)) break;
            // 建设国家级复合材料制造业创新中心: a rank before a field describes a class; names say 国家, not 国家级.
            if (RANK.matcher(words.get(0).word()).matches()) break;
            // 长沙、株洲2个市级中试基地: items that are only places say where, not which.
            if (listTail && words.size() == 1 && words.get(0).isPlace()) break;
            String becomes = CONDITIONAL_KINDS.contains(kind) ? becomes(text, end) : null;
            CentreMention m = mention(text, named, itemEnd, shared, kind, words, host(text, start, end), end);
            if (becomes != null) m = new CentreMention(m.name(), m.surface(), m.span(), becomes, m.level(), m.host());
            if (m.level() == null && listTail && tail.group(3) != null) m = withLevel(m, tail.group(3));
            out.add(m);
            // A、B全国重点实验室, A、B吉林省重点实验室: the level or province before the kind is shared too.
            if (first) shared = sharedBeforeKind(words);
            first = false;
            if (joinedAt >= 0) {
                itemEnd = joinedAt;
                continue;
            }
            // 精密制造和生物材料等一批省级重点实验室: the field before 和 is an item too.
            viaAnd = listTail && tail.group(1) != null && start > 0 && text.charAt(start - 1) == '和';
            if (viaAnd) {
                itemEnd = start - 1;
                continue;
            }
            int before = builderStart(text, start);
            if (before < 1 || text.charAt(before - 1) != '、') break;
            itemEnd = before - 1;
        }
        return out;
    }

    /**
     * A platform whose head noun (平台, 服务中心) makes one only by context: the name quoted whole
     * (“细胞智能制造技术平台”) or a national name opening with 国家/全国 and naming a field
     * (全国农业技术转移交易服务平台); null otherwise (工业互联网平台, 观景平台, 高能级创新平台).
     */
    private CentreMention byContext(String text, int kindStart, int end, String kind) {
        CentreMention named = quotedOrNational(text, kindStart, end, kind);
        return named != null ? named : context.at(text, kindStart, end, kind, reachStart(text, kindStart));
    }

    private CentreMention quotedOrNational(String text, int kindStart, int end, String kind) {
        int reach = reachStart(text, kindStart);
        boolean quoted = reach > 0 && text.charAt(reach - 1) == '“' && end < text.length() && text.charAt(end) == '”';
        // A quote holds the whole name, verbs and all (技术|转移|服务中心), so it need only open with a noun or a place.
        int start = quoted ? reach : phrases.nameStart(text, reach, kindStart);
        List<NamePhrase.Word> words = phrases.words(text, start, kindStart);
        if (words.isEmpty() || (quoted ? !NamePhrase.nounish(words.get(0)) && !words.get(0).isPlace()
                : !NATIONAL_OPENING.matcher(text).region(start, kindStart).lookingAt())) return null;
        if (!CentreName.isProperName(words) || HEAD_IS_PLATFORM.matcher(text.substring(start, kindStart)).find()
                || HEAD_IS_COMPANY.matcher(text.substring(start, kindStart)).find()) return null;
        String name = text.substring(start, end);
        // A weak head names a platform only with what makes it one (全国农业技术转移服务中心): not 生产性服务中心,
        // 国家区域性金融中心, 国际会议交流中心; nor a class gathered (建立一批|国家临床医学研究中心).
        if (CentreName.isNotPlatform(name) || !CentreName.namesInnovation(name)
                || CentreName.classBefore(text, quoted ? start - 1 : start) != null) return null;
        String level = NATIONAL_OPENING.matcher(name).lookingAt() ? "national" : CentreName.level(name);
        return new CentreMention(name, name, new Span(start, end), kind, level, null);
    }

    private CentreMention mention(String text, int start, int nameEnd, String shared, String kind,
                                  List<NamePhrase.Word> words, String host, int kindEnd) {
        String head = text.substring(start, nameEnd) + shared;
        // 长三角|国家技术创新中心 and 杭州综合性|国家科学中心 name a region; 增材制造|国家创新中心 a field; a formal
        // name with its opener or bracketed place (省部共建…国家重点实验室, 中国(广州)…) keeps 国家 where it is written.
        boolean region = start < (words.isEmpty() ? start : words.get(0).start())
                || words.stream().anyMatch(w -> w.isPlace() || w.nature().equals("nz") || w.nature().equals("j"));
        String name = CentreName.canonical(head, kind, region);
        String level = CentreName.level(name);
        if (level == null && UPGRADED.matcher(text).region(kindEnd, text.length()).lookingAt()) level = "national";
        int surfaceEnd = nameEnd == kindEnd - kind.length() ? kindEnd : nameEnd;
        return new CentreMention(name, text.substring(start, surfaceEnd), new Span(start, surfaceEnd), kind, level, host);
    }

    /**
     * Whether a conditional kind's name is being set up (设立工业智能研究院, 鼓励组建的…科学院); after the weaker 建设 only a
     * name with its place (建设中国(广州)智能装备研究院), not a field's (支持高校建设人工智能研究院).
     */
    private static boolean setUp(String text, int named, int start, List<NamePhrase.Word> words) {
        Matcher m = SET_UP.matcher(text.substring(Math.max(0, named - 5), named));
        if (!m.find()) return false;
        return !m.group().startsWith("建设") || named < start || words.stream().anyMatch(w -> w.isPlace() || w.nature().equals("nz"));
    }

    /**
     * Where a name whose words start at {@code start} really starts: before an opener that belongs to it
     * (省部共建|环境友好能源材料国家重点实验室) or a bracketed place (中国(广州)|智能装备研究院); else {@code start}.
     */
    private static int namedStart(String text, int start, int limit) {
        String opener = CentreName.openerBefore(text, start);
        if (opener != null && start - opener.length() >= limit) return start - opener.length();
        int from = Math.max(limit, start - 12);
        if (from >= start) return start;
        Matcher place = BRACKETED_PLACE.matcher(text).region(from, start);
        return place.find() ? place.start() : start;
    }

    /**
     * The platforms of fields quoted before 等 and the kind ending at {@code end}: “天然药物及仿生药物”“传染病重症诊治”等
     * 大健康领域全国重点实验室 gives 天然药物及仿生药物全国重点实验室 and 传染病重症诊治全国重点实验室; empty otherwise.
     */
    private List<CentreMention> quotedFields(String text, int kindStart, int end, String kind, int from) {
        if (CONDITIONAL_KINDS.contains(kind) || from >= kindStart) return List.of();
        Matcher list = QUOTED_FIELDS.matcher(text).region(from, kindStart);
        if (!list.find()) return List.of();
        // 等大健康领域|全国: the fields name national labs (the 2022 naming, X全国重点实验室); in “专精特新”等省级重点实验室
        // and “智能网联汽车”、“新能源”等领域重点实验室 the quotes describe a class.
        String scope = list.group(2);
        String level = list.group(3) == null ? "" : list.group(3);
        if (scope.contains("级") || level.isEmpty()) return List.of();
        List<CentreMention> out = new ArrayList<>();
        Matcher field = ONE_QUOTED.matcher(text).region(list.start(1), list.end(1));
        while (field.find()) {
            List<NamePhrase.Word> words = phrases.words(text, field.start(1), field.end(1));
            if (!CentreName.isProperName(words) || CentreName.kindEndingAt(field.group(1), field.group(1).length()) != null) return List.of();
            String name = field.group(1) + level + kind;
            out.add(new CentreMention(name, field.group(1), new Span(field.start(1), field.end(1)), kind,
                    level.isEmpty() ? CentreName.level(name) : "national", null));
        }
        return out;
    }

    /** The class a body ending at {@code end} becomes (…研究院|创建市级新型研发机构 gives 新型研发机构), or null. */
    private static String becomes(String text, int end) {
        Matcher m = BECOMES.matcher(text).region(end, text.length());
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The last word of a list's last item when it is a level or a province: 全国, 国家, 吉林省; else "". */
    private static String sharedBeforeKind(List<NamePhrase.Word> words) {
        if (words.size() < 2) return "";
        NamePhrase.Word last = words.get(words.size() - 1);
        if (last.word().equals("全国") || last.word().equals("国家")) return last.word();
        return last.isPlace() && PROVINCE_WORD.matcher(last.word()).matches() ? last.word() : "";
    }

    /** Whether the words before a kind may head its name; list items that are bodies do not take the kind. */
    private static boolean headAllowed(String head, String kind, boolean listItem) {
        if (COMPANY_REMAINDER.matcher(head).find()) return false;
        // 建设众创空间|孵化器: a head that is itself a class of platform names none.
        if (PlatformContext.HEADS.contains(head)) return false;
        if (listItem) return !ITEM_IS_PLATFORM.matcher(head).find();
        if (HEAD_IS_PLATFORM.matcher(head).find()) return false;
        return !HEAD_IS_COMPANY.matcher(head).find() || kind.endsWith("技术中心");
    }

    /** A head ending in a kind is another platform, unless an institute heads a single name. */
    private static boolean innerKindAllowed(String inner, String kind, boolean listItem) {
        return inner == null || (!listItem && (inner.endsWith("研究院") || inner.endsWith("科学院")) && !kind.endsWith("研究院"));
    }

    /**
     * Where a quoted field opens that heads the name (“智能网联汽车”|教育部工程研究中心) when the words after
     * the quote name nothing themselves; otherwise {@code start}.
     */
    private int quotedField(String text, int reach, int start, int itemEnd) {
        if (reach < 1 || text.charAt(reach - 1) != '”' || CentreName.isProperName(phrases.words(text, start, itemEnd))) return start;
        // “专精特新”等|省级重点实验室: after a list tail the quote is an example of a class, not the name's field.
        if (text.substring(reach, itemEnd).contains("等")) return start;
        int open = text.lastIndexOf('“', reach - 2);
        if (open < 0 || reach - 1 - open > QUOTED_FIELD || open + 1 >= reach - 1) return start;
        for (int i = open + 1; i < reach - 1; i++)
            if (BOUNDARY.indexOf(text.charAt(i)) >= 0) return start;
        return CentreName.isProperName(phrases.words(text, open + 1, reach - 1)) ? open : start;
    }

    /**
     * Whether a list item (、…、 or 、…等) is a formal national name, X国家工程实验室: X may open with a verb
     * (、提升政府治理能力大数据应用技术国家工程实验室等平台), so the whole item is the name.
     */
    private boolean nationalListItem(String text, int reach, int itemEnd, int kindEnd) {
        if (!text.startsWith("国家", itemEnd - 2)) return false;
        if (kindEnd >= text.length() || (text.charAt(kindEnd) != '、' && text.charAt(kindEnd) != '等')) return false;
        // One opening verb before a long descriptive name; not 支持建设|国家…, where nothing is left to name.
        int strict = phrases.nameStart(text, reach, itemEnd - 2);
        List<NamePhrase.Word> opening = phrases.words(text, reach, strict);
        return opening.size() == 1 && opening.get(0).nature().startsWith("v") && itemEnd - 2 - strict >= 4;
    }

    /**
     * Fields joined by 和 before a count that matches them, each a platform of the kind (issue 9 §3): in
     * 白云博鄂稀土资源研究与综合利用和特种车辆设计制造集成技术2家实验室 the two fields make two labs; 及 and 与 stay inside
     * a name (研究与综合利用). Nothing when the count and the items disagree (A和B3家实验室) or an item names nothing.
     */
    private List<CentreMention> joinedByAnd(String text, int itemEnd, Matcher tail, String kind, int end) {
        int count = smallCount(tail.group(2));
        int reach = reachStart(text, itemEnd);
        String[] items = text.substring(reach, itemEnd).split("和", -1);
        if (count < 2 || items.length != count) return List.of();
        List<CentreMention> out = new ArrayList<>();
        int at = reach;
        for (int i = 0; i < items.length; i++) {
            int itemStop = at + items[i].length();
            // The first item may follow prose (我县企业牵头建设的|精密制造); the others are whole.
            int start = i > 0 ? at : Math.min(phrases.nameStart(text, at, itemStop), builtByEnd(text, at, itemStop));
            List<NamePhrase.Word> words = phrases.words(text, start, itemStop);
            // 全区|白云博鄂…: a scope word before the first field is not part of it.
            if (i == 0 && words.size() > 1 && CentreName.isLevelWord(words.get(0).word())) {
                start = words.get(1).start();
                words = words.subList(1, words.size());
            }
            // A field is named at length (特种车辆设计制造集成技术); 党建和业务2个实验室 names no labs.
            if (words.isEmpty() || itemStop - start < FIELD || !opensField(words.get(0)) || !CentreName.isProperName(words)) return List.of();
            CentreMention m = mention(text, start, itemStop, "", kind, words, null, end);
            out.add(tail.group(3) == null ? m : withLevel(m, tail.group(3)));
            at = itemStop + 1;
        }
        return out;
    }

    /**
     * Where 和 joins the last two fields of a list item (地表水环境有机污染物监测分析|和|湖泊污染控制): both sides name a field
     * at length; -1 otherwise. 及 and 与 stay inside a field (包装材料及装备关键技术).
     */
    private int joinedField(String text, int start, int itemEnd) {
        int and = text.lastIndexOf('和', itemEnd - 1);
        if (and < start + FIELD || itemEnd - and - 1 < FIELD) return -1;
        List<NamePhrase.Word> left = phrases.words(text, start, and);
        List<NamePhrase.Word> right = phrases.words(text, and + 1, itemEnd);
        boolean fields = !left.isEmpty() && !right.isEmpty() && opensField(left.get(0)) && opensField(right.get(0))
                && CentreName.isProperName(left) && CentreName.isProperName(right);
        return fields ? and : -1;
    }

    /** A field opens with a noun, a place or an attribute (特种|车辆), not a verb or a level word. */
    private static boolean opensField(NamePhrase.Word w) {
        return (NamePhrase.nounish(w) || w.isPlace() || w.nature().equals("b") || w.nature().equals("a")) && !CentreName.isLevelWord(w.word());
    }

    /** The count that opens a list tail (2家, 两个, 三所), 0 when it is not a single figure. */
    private static int smallCount(String countWord) {
        if (countWord == null || countWord.isEmpty()) return 0;
        char c = countWord.charAt(0);
        if (c >= '2' && c <= '9' && !Character.isDigit(countWord.charAt(1))) return c - '0';
        if (c == '两') return 2;
        int i = "一二三四五六七八九".indexOf(c);
        return i >= 0 && "个家所批".indexOf(countWord.charAt(1)) >= 0 ? i + 1 : 0;
    }

    /** End of the last builder phrase (…牵头的) in [reach, itemEnd): the name starts there at the latest. */
    private static int builtByEnd(String text, int reach, int itemEnd) {
        Matcher m = BUILT_BY.matcher(text).region(reach, itemEnd);
        int end = itemEnd;
        while (m.find()) end = m.end();
        return end;
    }

    /** Whether the item ending at {@code itemEnd} is a whole name after a 、: the last of a list. */
    private boolean afterListItem(String text, int itemEnd) {
        int reach = reachStart(text, itemEnd);
        return reach > 0 && text.charAt(reach - 1) == '、' && reach < itemEnd && phrases.nameStart(text, reach, itemEnd) == reach;
    }

    private static CentreMention withLevel(CentreMention m, String word) {
        // 部级: a ministry's (national); 省部级 labs are built by a province with a ministry, named provincially.
        String level = word.startsWith("国家") || word.startsWith("部") ? "national" : word.startsWith("省") ? "provincial" : "municipal";
        return new CentreMention(m.name(), m.surface(), m.span(), m.kind(), level, m.host());
    }

    /** A later list item must be the whole stretch between separators (or a builder phrase). */
    private boolean nameLike(String text, int start, int end) {
        int reach = reachStart(text, end);
        return start == reach || BUILDER.matcher(text.substring(reach, start)).find();
    }

    /** Where the builder phrase before a name starts (中信科公司牵头建设的), or the name's start. */
    private int builderStart(String text, int nameStart) {
        int reach = reachStart(text, nameStart);
        Matcher b = BUILDER.matcher(text.substring(reach, nameStart));
        if (!b.find()) return nameStart;
        // 、宁波材料所牵头的…: the builder phrase is the whole list item, however its host parses; not in
        // 南宁、柳州、崇左等市建设…, where the items are the builders.
        if (reach > 0 && text.charAt(reach - 1) == '、' && b.group().endsWith("的")
                && text.substring(reach, reach + b.start()).indexOf('等') < 0) return reach;
        int hostStart = phrases.nameStart(text, reach, reach + b.start());
        return hostStart < reach + b.start() ? hostStart : nameStart;
    }

    private String host(String text, int nameStart, int kindEnd) {
        int reach = reachStart(text, nameStart);
        Matcher b = BUILDER.matcher(text.substring(reach, nameStart));
        if (b.find()) {
            int hostEnd = reach + b.start();
            int hostStart = phrases.nameStart(text, reach, hostEnd);
            // 我县企业牵头建设的: a category of builder is no host; 在珠海市建设…: a place where it is built is none either;
            // nor single chars the segmenter could not place (著|力 of the adverb 著力建设).
            List<NamePhrase.Word> hostWords = phrases.words(text, hostStart, hostEnd);
            if (hostStart < hostEnd && OrganisationRecognizer.isProperName(hostWords)
                    && Fragments.LEVELS.indexOf(text.charAt(hostEnd - 1)) < 0
                    && hostWords.stream().anyMatch(w -> w.word().length() > 1))
                return text.substring(hostStart, hostEnd);
        }
        Matcher r = RELIES_ON.matcher(text).region(kindEnd, text.length());
        if (!r.lookingAt()) return null;
        Matcher company = COMPANY_TAIL.matcher(text).region(r.end(), text.length());
        return company.lookingAt() ? r.group(1) + company.group() : r.group(1);
    }

    private static int reachStart(String text, int to) {
        int limit = Math.max(0, to - REACH);
        for (int i = to - 1; i >= limit; i--)
            if (BOUNDARY.indexOf(text.charAt(i)) >= 0) return i + 1;
        return limit;
    }
}
