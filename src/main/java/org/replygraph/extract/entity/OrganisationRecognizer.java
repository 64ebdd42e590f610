package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.OrganisationMention;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.WordList;
import org.replygraph.text.OpeningChars;

/**
 * Finds companies, universities and institutes: by their suffix (西北有色金属研究院, 华中科技大学,
 * 西安增材制造研究院有限公司) and as items of a list of firms (如长飞光纤、烽火通信、东风汽车等牵头成立;
 * 华工科技、华中数控、锐科激光3家链主企业). Categories (省企业研究院, 高校院所) are not organisations.
 *
 * <pre>{@code
 * List<OrganisationMention> o = new OrganisationRecognizer().find(text, excluded);
 * o.get(0).name();   // 西北有色金属研究院
 * }</pre>
 */
public final class OrganisationRecognizer {
    private static final List<String> SUFFIXES = WordList.words("organisation-suffixes");
    /** The chars suffixes end with: a cheap test before trying each suffix. */
    private static final String SUFFIX_LAST_CHARS = WordList.lastChars(SUFFIXES);
    /**
     * After a suffix, words that make it part of something else: 公司化运作, 大学生, 集团化; and a unit affiliated to it
     * (湖南中医药大学|第一附属医院, 华中科技大学|同济医学院附属…): the parent cut out of its unit is no mention; and a zone
     * whose name holds it (碑林环大学|创新产业带: organisation-zone-heads).
     */
    private static final Pattern NOT_AFTER = Pattern.compile("[化制生]|有限|股份|\\p{IsHan}{0,8}?附属|\\p{IsHan}{0,4}?(?:"
            + String.join("|", WordList.words("organisation-zone-heads")) + ")");
    private static final Set<String> GENERIC = WordList.set("organisation-generic-words");
    /** Ends a list of firms: 等单位, 等行业领军企业, 3家链主企业. */
    private static final OpeningChars LIST_TAIL = new OpeningChars(Pattern.compile(
            "(?:等|\\d{1,3}家|[" + Fragments.CN_NUMERALS + "]{1,3}家)(?:[" + Fragments.CN_NUMERALS + "\\d]{1,3}家)?(?:行业|科技)?(?:领军|龙头|链主|骨干|重点)?(?:企业|单位|公司)"),
            "等0123456789" + Fragments.CN_NUMERALS);
    /** Opens a list of firms: 企业如, 企业包括. */
    private static final Pattern LIST_CUE = Pattern.compile("(?:企业|单位|公司)(?:如|包括|有)");
    /** Words after which the first item of a list starts. */
    private static final Pattern ITEM_START = Pattern.compile(".*(?:如|包括|推动|依托|向|由|是|有|了|的|对|与)");
    private static final Pattern ITEM = Pattern.compile("[" + Fragments.HAN + "A-Za-z]{2,10}");
    private static final String BOUNDARY = "，。；：！？“”\"《》()（）\n\r\t |:,;";

    private final NamePhrase phrases = new NamePhrase();

    public List<OrganisationMention> find(String text, List<Span> excluded) {
        List<OrganisationMention> found = new ArrayList<>(bySuffix(text));
        found.addAll(byList(text));
        SpanSet excludedSet = SpanSet.of(excluded);
        found.removeIf(o -> excludedSet.overlaps(o.span()));
        found.sort(Comparator.comparingInt((OrganisationMention o) -> o.span().start()).thenComparingInt(o -> -o.span().end()));
        List<OrganisationMention> out = new ArrayList<>();
        int lastEnd = -1;
        for (OrganisationMention o : found)
            if (o.span().start() >= lastEnd) {
                out.add(o);
                lastEnd = o.span().end();
            }
        return out;
    }

    private List<OrganisationMention> bySuffix(String text) {
        List<OrganisationMention> out = new ArrayList<>();
        for (int end = 2; (end = EndScan.next(text, end, SUFFIX_LAST_CHARS)) <= text.length(); end++) {
            String suffix = suffixEndingAt(text, end);
            if (suffix == null || NOT_AFTER.matcher(text).region(end, text.length()).lookingAt()) continue;
            int suffixStart = end - suffix.length();
            int start = afterLeadingWords(text, phrases.nameStart(text, reach(text, suffixStart), suffixStart), suffixStart);
            List<NamePhrase.Word> words = phrases.words(text, start, suffixStart);
            // 中国(广州)|智能装备研究院: the bracketed place opens the name, so the words after it need not name it alone.
            int opened = bracketedPlaceStart(text, start);
            if (opened == start && !isProperName(words)) continue;
            if (suffix.endsWith("公司") && !namedCompany(text, start, words)) continue;
            if (requested(text, start, end)) continue;
            start = opened;
            int named = end + placeInBrackets(text, end);
            out.add(new OrganisationMention(text.substring(start, named), new Span(start, named)));
        }
        return out;
    }

    /**
     * Whether a company is named, not described: 开发公司 (an activity only) and a company being set up without a
     * place or brand in its name (共同建立|开发区资产经营公司, 拟成立|旅游规划公司) are common nouns (issue 9 §3);
     * 拟成立|西安增材制造研究院有限公司 and 组建|长飞光纤公司 stay named.
     */
    private static boolean namedCompany(String text, int start, List<NamePhrase.Word> words) {
        if (words.stream().allMatch(w -> w.nature().startsWith("v"))) return false;
        if (!SET_UP_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find()) return true;
        return words.stream().anyMatch(w -> w.isPlace() && !ZONES.contains(w.word()) || w.nature().equals("nz") || w.nature().startsWith("nr")
                || w.nature().startsWith("nt") || w.nature().equals("nx"));
    }

    /**
     * A body the text asks to create, quoted in a list after a set-up verb (建设“…博物馆”“中国张仲景国医大学”): a proposal's
     * wish, not an organisation that exists (issue 9 §3).
     */
    static boolean requested(String text, int start, int end) {
        if (start == 0 || end >= text.length() || !OPEN_QUOTES.contains(text.charAt(start - 1))
                || !CLOSE_QUOTES.contains(text.charAt(end))) return false;
        int from = start - 1;
        // Back over the quoted items before it: “A” “B”“C”.
        while (from > 0) {
            int k = from - 1;
            while (k >= 0 && text.charAt(k) == ' ') k--;
            if (k < 0 || !CLOSE_QUOTES.contains(text.charAt(k))) break;
            int open = k - 1;
            while (open >= 0 && open > k - 40 && !OPEN_QUOTES.contains(text.charAt(open))) open--;
            if (open < 0 || !OPEN_QUOTES.contains(text.charAt(open))) break;
            from = open;
        }
        return SET_UP_BEFORE.matcher(text.substring(Math.max(0, from - 8), from)).find()
                || REQUEST_BEFORE.matcher(text.substring(Math.max(0, from - 8), from)).find();
    }

    private static final Set<Character> OPEN_QUOTES = Set.of('“', '"', '「');
    private static final Set<Character> CLOSE_QUOTES = Set.of('”', '"', '」');
    /** Verbs that ask for a body to be made: 建设“…”, 创建“…”, 申请设立“…”. */
    private static final Pattern REQUEST_BEFORE = Pattern.compile("(?:建设|创建|创办|申建|申办|打造)$");

    /**
     * Where a name with a bracketed place inside it starts: 中国(广州)|智能装备研究院 is one name (the bracket holds the city
     * the national body sits in); the start found after the bracket otherwise.
     */
    static int bracketedPlaceStart(String text, int start) {
        Matcher m = BRACKETED_PLACE.matcher(text).region(Math.max(0, start - 12), start);
        return m.find() ? m.start() : start;
    }

    /** 中国(广州), 国家(深圳): a national opener with a city in brackets, right before the rest of the name. */
    private static final Pattern BRACKETED_PLACE = Pattern.compile("(?:中国|国家)[((]\\p{IsHan}{2,4}[))]$");

    /** Verbs and time words that open a clause before a name (委托|辽宁省公路勘测设计公司): no part of it. */
    private static final List<String> LEADING = WordList.words("organisation-leading-words");
    /** Pronouns before a level that name the addressee's own place (就你镇|林源苗木有限公司): 你镇 is no part of the name. */
    private static final String OWN_PLACE_PRONOUNS = "你我贵该本";
    private static final String OWN_PLACE_LEVELS = "省市区县旗镇乡村";
    private static final Places PLACES = Places.standard();

    /** The name's start past a leading verb (委托…) and past the level of 你镇/我县 before it. */
    static int afterLeadingWords(String text, int start, int limit) {
        for (String w : LEADING)
            if (text.startsWith(w, start) && start + w.length() < limit - 1) {
                start += w.length();
                break;
            }
        if (gluedPreposition(text, start, limit)) start++;
        if (start > 0 && start < limit - 2 && OWN_PLACE_LEVELS.indexOf(text.charAt(start)) >= 0
                && OWN_PLACE_PRONOUNS.indexOf(text.charAt(start - 1)) >= 0) start++;
        return start;
    }

    /** Prepositions a clause puts right before the body it names: 已向|示例大学研究, 并与|某某公司合作. */
    private static final String PREPOSITIONS = "向对与同经跟";
    /** Adverbs that make the char after them a preposition of the verb phrase, not a name's first char: 已|向, 并|与. */
    private static final String ADVERBS = "已并也还又再均都将要正曾拟需亦即先后分";

    /**
     * Whether a preposition is glued before a name (已向|示例大学, 。与|某某公司): after an adverb, or after a break when the
     * name without it stands elsewhere in the text; the rest keeps two chars or more before its suffix, so 同济大学 and
     * 对外…大学 after a break stay whole.
     */
    static boolean gluedPreposition(String text, int start, int limit) {
        if (start <= 0 || PREPOSITIONS.indexOf(text.charAt(start)) < 0 || limit - (start + 1) < 2) return false;
        char before = text.charAt(start - 1);
        if (ADVERBS.indexOf(before) >= 0) return true;
        if (Character.isLetterOrDigit(before)) return false;
        String rest = text.substring(start + 1, limit);
        for (int k = text.indexOf(rest); k >= 0; k = text.indexOf(rest, k + 1))
            if (k != start + 1 && (k == 0 || PREPOSITIONS.indexOf(text.charAt(k - 1)) < 0)) return true;
        return false;
    }

    /**
     * The length of a bracketed place right after a name (哈尔滨工业大学|(深圳): the campus is part of the name, and the
     * university cut out of it is no mention), or 0.
     */
    static int placeInBrackets(String text, int end) {
        Matcher m = PLACE_IN_BRACKETS.matcher(text).region(end, text.length());
        return m.lookingAt() && PLACES.fullName(m.group(1)).isPresent() ? m.end() - end : 0;
    }

    private static final Pattern PLACE_IN_BRACKETS = Pattern.compile("[((](\\p{IsHan}{2,4})[))]");

    /** Zone words the segmenter tags as places though they name no place: 开发区|资产经营公司. */
    private static final Set<String> ZONES = Set.of("开发区", "新区", "园区", "高新区", "经开区", "工业园区", "产业园区");
    /** A company being set up: 拟成立, 共同建立, 组建. */
    private static final Pattern SET_UP_BEFORE = Pattern.compile("(?:成立|建立|组建|设立|筹建|新建|注册)$");

    private List<OrganisationMention> byList(String text) {
        List<OrganisationMention> out = new ArrayList<>();
        OpeningChars.Scan tails = LIST_TAIL.scan(text);
        while (tails.find()) {
            Matcher tail = tails.matcher();
            int from = listReach(text, tail.start());
            Matcher cue = LIST_CUE.matcher(text).region(from, tail.start());
            boolean cued = false;
            while (cue.find()) {
                from = cue.end();
                cued = true;
            }
            items(text, from, tail.start(), cued, out);
        }
        Matcher cue = LIST_CUE.matcher(text);
        while (cue.find()) {
            int end = cue.end();
            while (end < Math.min(text.length(), cue.end() + 80) && text.charAt(end) != '等'
                    && BOUNDARY.indexOf(text.charAt(end)) < 0) end++;
            if (end < text.length() && text.charAt(end) == '等') items(text, cue.end(), end, true, out);
        }
        return out;
    }

    /** The 、-separated items of text[from, to); the first starts after a verb unless a cue opened the list. */
    private static void items(String text, int from, int to, boolean cued, List<OrganisationMention> out) {
        String region = text.substring(from, to);
        String[] items = region.split("、", -1);
        if (items.length < 2) return;
        Matcher first = ITEM_START.matcher(items[0]);
        int offset = !cued && first.lookingAt() ? first.end() : 0;
        int at = from;
        for (int k = 0; k < items.length; k++) {
            String item = k == 0 ? items[0].substring(offset) : items[k];
            int start = at + (k == 0 ? offset : 0);
            if (ITEM.matcher(item).matches() && !endsLikePlace(item) && !GENERIC.contains(item))
                out.add(new OrganisationMention(item, new Span(start, start + item.length())));
            at += items[k].length() + 1;
        }
    }

    private static int listReach(String text, int to) {
        int limit = Math.max(0, to - 80);
        for (int i = to - 1; i >= limit; i--)
            if (BOUNDARY.indexOf(text.charAt(i)) >= 0) return i + 1;
        return limit;
    }

    /**
     * Whether the words before a suffix name one body: two chars beyond generic words, places
     * included (西南|大学), and no category word last (省重点企业|研究院).
     */
    static boolean isProperName(List<NamePhrase.Word> words) {
        if (words.isEmpty() || LAST_GENERIC.contains(words.get(words.size() - 1).word())) return false;
        if (words.stream().anyMatch(w -> GENERIC.contains(w.word()))) return false;
        // Only common words (投资|集团, 植物|药业|公司, 旅游|规划|公司, 公交|公司, 主要 as a host): a class, not a name. A
        // place, person, brand or abbreviation, or a char the segmenter could not join (市|公交, 陕|煤化工), names one.
        if (words.stream().allMatch(OrganisationRecognizer::commonWord)) return false;
        int chars = 0;
        for (NamePhrase.Word w : words)
            if (!CentreName.isGeneric(w.word())) chars += w.word().length();
        return chars >= 2;
    }

    private static final Set<String> LAST_GENERIC = WordList.set("organisation-last-generic-words");

    /** Natures of words that are never a proper name alone: nouns, verbal nouns, verbs, attributes, adverbs. */
    private static final Set<String> COMMON_NATURES = Set.of("n", "vn", "v", "vi", "b", "a", "ad", "an", "d", "nis", "nnd", "nnt");

    private static boolean commonWord(NamePhrase.Word w) {
        return w.word().length() > 1 && COMMON_NATURES.contains(w.nature());
    }

    private static boolean endsLikePlace(String item) {
        return Fragments.LEVELS.indexOf(item.charAt(item.length() - 1)) >= 0;
    }


    private static String suffixEndingAt(String text, int end) {
        if (SUFFIX_LAST_CHARS.indexOf(text.charAt(end - 1)) < 0) return null;
        for (String s : SUFFIXES)
            if (end >= s.length() && text.startsWith(s, end - s.length())) return s;
        return null;
    }

    private static int reach(String text, int to) {
        int limit = Math.max(0, to - 30);
        for (int i = to - 1; i >= limit; i--)
            if (BOUNDARY.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '、') return i + 1;
        return limit;
    }
}
