package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.ReferenceTable;
import org.replygraph.lexicon.WordList;
import org.replygraph.ingest.DocumentTimeLimit;

/**
 * Finds government bodies a text names, with their place or level: 省工信厅, 湖北省科技厅, 宜宾科技局,
 * 工信部, 市规划和自然资源局, and resolves each to its full name in the letter's jurisdiction
 * (省工信厅 in a Shaanxi letter is 陕西省工业和信息化厅), and party committees ({@link PartyCommittees}: 省委, 市委办).
 * 我局 and 我厅 are not bodies here.
 *
 * <pre>{@code
 * List<AgencyRef> a = new AgencyRecognizer(AgencyResolver.standard()).find(text, "陕西省");
 * a.get(0).surface();  // 省工信厅
 * a.get(0).name();     // 陕西省工业和信息化厅
 * }</pre>
 */
public final class AgencyRecognizer {
    private static final String LEVELS = Fragments.LEVELS + "州";
    private static final String AUTONOMOUS_REGION = "自治区";
    /** A bare body after these is a category (各区、县(市)科技局), not one body. */
    private static final String NOT_BEFORE_BARE = "各)）我本该";
    private static final String TOWN_LEVELS = "乡镇";
    /** A level after these is part of a common word (辖区, 全市, 本县), not a place. */
    private static final String NOT_BEFORE_LEVEL = "辖全本该我";

    /** 原 (former) before a body's own name: 原内蒙古准格尔经济开发区管理委员会. */
    private static final char FORMER = '原';

    private final AgencyResolver resolver;
    private final Places places;
    private final List<String> bodies = new ArrayList<>();
    /** Bodies by first char, longest first: the scan tries only those that can start here. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();
    /** The first two chars of every body, hashed ({@link #pairKey}): where {@link #bodyAt} may find one. */
    private final java.util.BitSet heads = new java.util.BitSet(1 << 16);
    private final Set<String> needPrefix = new HashSet<>();
    /** Bodies whose own name stands before them: 柳林洲|街道办事处, 工业园区|管委会. */
    private final Set<String> named = new HashSet<>();
    /** Bodies named here only through a sub-unit after them: 区人大常委会|人代工委. */
    private final Set<String> parentOnly = new HashSet<>();

    public AgencyRecognizer(AgencyResolver resolver) {
        this.resolver = resolver;
        this.places = resolver.places();
        for (String[] row : ReferenceTable.load("ontology/reference/entity-agency-bodies.tsv", 2)) {
            bodies.add(row[0]);
            if (row[1].equals("required")) needPrefix.add(row[0]);
            else if (row[1].equals("named")) named.add(row[0]);
            else if (row[1].equals("parent")) {
                needPrefix.add(row[0]);
                parentOnly.add(row[0]);
            }
            else if (!row[1].equals("optional"))
                throw new IllegalStateException("Illegal prefix=" + row[1] + " for body " + row[0] + " : must be optional, required, named or parent");
        }
        // Central bodies stand alone wherever a letter names them: 外交部, 水利部, 国务院, 国家中医药管理局.
        for (String[] row : ReferenceTable.load("ontology/reference/national-agencies.tsv", 2))
            if (!bodies.contains(row[0])) bodies.add(row[0]);
        bodies.sort(Comparator.comparingInt(String::length).reversed());
        for (String b : bodies) {
            if (b.length() < 2) throw new IllegalStateException("Illegal body=" + b + " : a body has two chars or more");
            byFirst.computeIfAbsent(b.charAt(0), k -> new ArrayList<>()).add(b);
            heads.set(pairKey(b.charAt(0), b.charAt(1)));
        }
    }

    public List<AgencyRef> find(String text, String jurisdiction) {
        List<AgencyRef> out = new ArrayList<>();
        int i = 0;
        while ((i = nextBodyStart(text, i)) < text.length()) {
            String body = bodyAt(text, i);
            if (body == null) {
                i++;
                continue;
            }
            if (SHORT_OFFICES.containsKey(body)) {
                // 中办、国办印发, 中办国办印发: the central offices written short stand alone; 集中办理, 国办发〔2017〕 are no body.
                int end = i + body.length();
                if (shortOfficeAlone(text, i, end))
                    out.add(new AgencyRef(SHORT_OFFICES.get(body), body, new Span(i, end)));
                i = end;
                continue;
            }
            int end = i + body.length();
            int start = prefixStart(text, i);
            // 盘锦市人民政府 alone on the page's first line: the site's header, not a body the letter names.
            if (siteHeader(text, start, i + body.length())) {
                i += body.length();
                continue;
            }
            if (start == i) {
                // 国家新闻出版|广电总局, 中国银|保监会: a national body's short name inside a longer national name.
                int longer = NationalName.start(text, i);
                if (longer < i) {
                    int unitEnd = SubUnit.end(text, i + body.length());
                    String surface = text.substring(longer, unitEnd);
                    out.add(new AgencyRef(surface, surface, new Span(longer, unitEnd)));
                    i = unitEnd;
                    continue;
                }
            }
            if (named.contains(body)) {
                // 重庆綦江高新技术产业开发区|管理委员会: the body's own name, kept as written (no place resolves it).
                int own = OwnName.start(text, i, OwnName.MAX_NAME);
                // 将原内蒙古准格尔经济开发区管理委员会…合并: 原 (former) before a place is no part of the name; 原平市 is a place.
                if (text.charAt(own) == FORMER && i - own > 3 && !opensWithKnownPlace(text.substring(own, i))
                        && opensWithKnownPlace(text.substring(own + 1, i))) own++;
                if (i - own >= 2 && !genericPlural(text, own, i) && !onPageLabelLine(text, own, end)) {
                    String surface = text.substring(own, end);
                    out.add(new AgencyRef(surface, surface, new Span(own, end)));
                }
                i = end;
                continue;
            } else if (start == i && i > 0 && TOWN_LEVELS.indexOf(text.charAt(i - 1)) >= 0) {
                // 骑马坝乡|政府, 邱村镇|人民政府: a town names itself before its level; 乡镇政府 is a class.
                int town = OwnName.start(text, i - 1, OwnName.MAX_TOWN);
                if (i - 1 - town >= 2) start = town;
            }
            boolean bare = start == i;
            if (continues(text, end) || finances(body, text, end) || ranksPlatform(text, end) || DOC_NUMBER_AFTER.matcher(text).region(end, text.length()).lookingAt()
                    || UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
                i = end;
                continue;
            }
            if (!(bare && (needPrefix.contains(body) || (i > 0 && NOT_BEFORE_BARE.indexOf(text.charAt(i - 1)) >= 0)))
                    && !genericPlural(text, start, i) && !onPageLabelLine(text, start, end)) {
                String surface = text.substring(start, end);
                // 宜宾科技局: a short place is written out before resolving (宜宾市科学技术局).
                String prefix = text.substring(start, i);
                String written = prefix.equals(AUTONOMOUS_REGION) ? regionWritten(body, jurisdiction, surface)
                        : places.fullName(prefix).map(full -> full + body).orElse(surface);
                boolean town = !bare && TOWN_LEVELS.indexOf(text.charAt(i - 1)) >= 0 && places.fullName(prefix).isEmpty();
                String name = town ? resolver.townBody(prefix, body, jurisdiction) : resolver.resolve(written, jurisdiction);
                // 省科技厅农村处: the sub-unit is the body named, under its parent's full name.
                int unitEnd = SubUnit.end(text, end);
                if (unitEnd == end && parentOnly.contains(body)) {
                    i = end;
                    continue;
                }
                String party = jointParty(text, start, end, bare ? null : prefix, jurisdiction);
                if (party != null) {
                    int ps = text.lastIndexOf(party.substring(2), start);
                    out.add(new AgencyRef(party, text.substring(ps, start - 1), new Span(ps, start - 1)));
                }
                // The bare level is the prefix (市|政府) or the body's own first char (县政府 in the table).
                boolean levelOnly = start >= i - 1 && LEVELS.indexOf(text.charAt(start)) >= 0 && end - start <= body.length() + 1;
                if (levelOnly && SHORT_LEVEL_AFTER_PARTY.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                    // 梅州市委、|市政府: the bare level is the place just named with its party committee.
                    java.util.regex.Matcher m = SHORT_LEVEL_AFTER_PARTY.matcher(text.substring(Math.max(0, start - 12), start));
                    m.find();
                    // 在永仁县委…: the place starts after the last function word the match swept in.
                    String place = afterFunctionWords(m.group(1));
                    // 永仁县委县政府: the committee glued to its government names the county even where no table knows it.
                    // A province is never guessed (为落实省委、省人民政府 names no province 落实省): only a known one counts.
                    if (place.charAt(place.length() - 1) == text.charAt(start) && (isPlace(place, 0, place.length())
                            || place.length() >= 3 && text.charAt(start) != '省'
                            && place.chars().noneMatch(ch -> NOT_IN_COUNTY.indexOf(ch) >= 0) && !opensWithPredicate(place)))
                        name = resolver.resolve(places.fullName(place).orElse(place) + text.substring(start + 1, end), jurisdiction);
                }
                if (unitEnd > end) {
                    name = name + text.substring(end, unitEnd);
                    end = unitEnd;
                    // 市委市政府|督查局: the unit serves the party committee and the government together; it is named as
                    // written, and no 市政府 is cut out of it (issue 9 §3: exact edges).
                    if (levelOnly && start >= 2 && text.charAt(start - 1) == '委' && text.charAt(start - 2) == text.charAt(start)) {
                        start -= 2;
                        name = text.substring(start, end);
                    }
                    surface = text.substring(start, end);
                }
                out.add(new AgencyRef(name, surface, new Span(start, end)));
            }
            i = end;
        }
        // 省委、省政府, 市委办: party committees and their units, where no body above covers them.
        List<AgencyRef> party = PartyCommittees.find(text, jurisdiction, resolver, this::prefixStart,
                SpanSet.of(out.stream().map(AgencyRef::span).toList()));
        if (!party.isEmpty()) out.addAll(party);
        // 示例台交警大队, 市局交警支队, 示例街道、: police units and sub-districts by their own name.
        List<AgencyRef> local = LocalUnits.find(text, SpanSet.of(out.stream().map(AgencyRef::span).toList()));
        out.addAll(local);
        if (!party.isEmpty() || !local.isEmpty()) out.sort(Comparator.comparingInt(a -> a.span().start()));
        return sameBodyNames(outermost(out));
    }

    /**
     * Drops a body found at the start of a longer body found too: 示例市示例区人民政府 inside the writer's
     * 示例市示例区人民政府某某镇街道办事处 (issue 9 §3: a name cut out of a longer name is no mention).
     */
    private static List<AgencyRef> outermost(List<AgencyRef> found) {
        if (found.size() < 2) return found;
        Map<Integer, Integer> longestEnd = new HashMap<>();
        for (AgencyRef a : found) longestEnd.merge(a.span().start(), a.span().end(), Math::max);
        List<AgencyRef> out = new ArrayList<>(found.size());
        for (AgencyRef a : found) if (longestEnd.get(a.span().start()) == a.span().end()) out.add(a);
        return out;
    }

    /**
     * A unit named after its parent with no break, an institute or hospital: 中科院|苏州纳米所, 中科院|武汉分院,
     * 中国科学院|昆明植物研究所合作 (研究所, 分院 and 医院 end a name whatever follows; a bare 所 only before a break). The name
     * is the unit's; its parent cut out of it is no mention (issue 9 §3: a name inside a longer name).
     */
    private static final java.util.regex.Pattern UNIT_AFTER = java.util.regex.Pattern.compile(
            "[\\p{IsHan}&&[^是到并与和的在由向对等及了为将把从已也都又还就其局厅委部府会、]]{1,8}?"
            + "(?:研究所|分院|医院|所(?:[^\\p{IsHan}]|[等和及与的在]|$))");

    /** Whether a name opens with a province or city the tables know, written short or full: 内蒙古|准格尔…, 原平市 (a city). */
    private boolean opensWithKnownPlace(String name) {
        for (int k = Math.min(name.length(), 8); k >= 2; k--)
            if (places.fullName(name.substring(0, k)).isPresent()) return true;
        return false;
    }

    /** A document number's issuer code, not a body: 嘉国资委|提案会[2021]2号, 渝科局|函〔2023〕302号. */
    private static final java.util.regex.Pattern DOC_NUMBER_AFTER =
            java.util.regex.Pattern.compile("[\\p{IsHan}]{0,4}[〔\\[［﹝(（]\\d{4}[〕\\]］﹞)）]\\d");

    /**
     * One node per body: a short form no jurisdiction resolves (县交安委) takes the full name of the same body named
     * with its place in the same text (临沭县交安委), when exactly one such name ends with it. The names are indexed
     * by their suffixes that open with a level, so a text naming bodies thousands of times stays linear.
     */
    private static List<AgencyRef> sameBodyNames(List<AgencyRef> found) {
        Map<String, Set<String>> fullerBySuffix = new HashMap<>();
        for (String name : new java.util.LinkedHashSet<>(found.stream().map(AgencyRef::name).toList()))
            for (int k = 1; k < name.length() - 2; k++)
                if (Fragments.LEVELS.indexOf(name.charAt(k)) >= 0)
                    fullerBySuffix.computeIfAbsent(name.substring(k), x -> new HashSet<>()).add(name);
        List<AgencyRef> out = new ArrayList<>(found.size());
        for (AgencyRef a : found) {
            String s = a.surface();
            Set<String> fuller = a.name().equals(s) ? fullerBySuffix.getOrDefault(s, Set.of()) : Set.of();
            out.add(fuller.size() == 1 ? new AgencyRef(fuller.iterator().next(), s, a.span()) : a);
        }
        return writtenNames(out);
    }

    /**
     * One node for a writer already found (issue 9 §3): a short form expanded one way (盐池县教体局 → 盐池县教育和体育局) or
     * left bare (教体局) is the body the same text writes out in full (盐池县教育体育局, 舞钢市教育体育局), when exactly one
     * written name has the same expansion, ignoring 和, or ends with it.
     */
    private static List<AgencyRef> writtenNames(List<AgencyRef> found) {
        Map<String, Set<String>> writtenByKey = new HashMap<>();
        for (AgencyRef a : found)
            if (a.name().equals(a.surface()) && a.name().length() > 4) writtenByKey.computeIfAbsent(bodyKey(a.name()), x -> new HashSet<>()).add(a.name());
        if (writtenByKey.isEmpty()) return found;
        List<AgencyRef> out = new ArrayList<>(found.size());
        for (AgencyRef a : found) {
            String key = bodyKey(a.name());
            Set<String> same = writtenByKey.getOrDefault(key, Set.of());
            if (same.isEmpty() && a.name().equals(a.surface()) && key.length() >= 3 && Fragments.LEVELS.indexOf(key.charAt(0)) < 0) {
                Set<String> ending = new HashSet<>();
                for (Map.Entry<String, Set<String>> e : writtenByKey.entrySet())
                    if (e.getKey().endsWith(key) && e.getKey().length() > key.length()) ending.addAll(e.getValue());
                same = ending;
            }
            out.add(same.size() == 1 && !same.contains(a.name()) ? new AgencyRef(same.iterator().next(), a.surface(), a.span()) : a);
        }
        return out;
    }

    /** A name with its short body written out and 和 dropped: 教体局 and 教育和体育局 both key 教育体育局. */
    private static String bodyKey(String name) {
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet())
            if (name.endsWith(e.getKey())) {
                name = name.substring(0, name.length() - e.getKey().length()) + e.getValue();
                break;
            }
        return name.replace("和", "");
    }

    private static final Map<String, String> ABBREVIATIONS = new java.util.LinkedHashMap<>();
    static {
        List<String[]> rows = new ArrayList<>(ReferenceTable.load("ontology/reference/agency-abbreviations.tsv", 2));
        rows.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        for (String[] r : rows) ABBREVIATIONS.putIfAbsent(r[0], r[1]);
    }

    /** 梅州市委、|市政府, 济南市委、|济南市人民政府: a place's party committee just before its government. */
    private static final java.util.regex.Pattern SHORT_LEVEL_AFTER_PARTY =
            java.util.regex.Pattern.compile("(?:^|[^\\p{IsHan}]|[与和及在由的])([\\p{IsHan}]{2,8}?)委[、和]?$");
    /** What follows joint issuers: 《 or an issuing verb (济南市委、济南市人民政府《关于…》, …联合印发). */
    private static final java.util.regex.Pattern ISSUING_AFTER = java.util.regex.Pattern.compile("^(?:联合|共同)?(?:《|印发|出台|制定|下发)");

    /**
     * The party committee issuing jointly with a government (济南市委、济南市人民政府《关于…》): 中共 plus its name,
     * when a named place stands before 委 and the pair issues a document; else null. 市委、市政府高度重视 is no issuer.
     */
    private String jointParty(String text, int start, int end, String prefix, String jurisdiction) {
        if (!text.startsWith("政府", end - 2) || !ISSUING_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 6))).find())
            return null;
        java.util.regex.Matcher m = SHORT_LEVEL_AFTER_PARTY.matcher(text.substring(Math.max(0, start - 12), start));
        if (!m.find()) return null;
        String place = m.group(1);
        if (Fragments.LEVELS.indexOf(place.charAt(place.length() - 1)) < 0 || place.length() < 2 || !isPlace(place, 0, place.length()))
            return null;
        return "中共" + place + "委";
    }

    /** Words opening a class of bodies by level: 有关|市、县政府和县科技局. */
    private static final List<String> GENERIC_OPENERS = WordList.words("agency-generic-openers");
    /** Labels of page lines naming the site's publisher or the page's source: 主办单位:, 信息来源, 发布机构. */
    private static final List<String> PAGE_LABELS = WordList.words("agency-page-labels");
    /** Words after a body that make its line a site footer: …人民政府版权所有, …办公室主办. */
    private static final List<String> PAGE_TRAILERS = WordList.words("agency-page-trailers");
    /** Kinds of place, never one place: 省、自治区、直辖市|人民政府 is a class of governments. */
    private static final List<String> LEVEL_CLASSES = WordList.words("agency-level-classes");
    /** How far back a generic opener may stand before a body of its list (有关市、县政府和|县科技局). */
    private static final int GENERIC_REACH = 12;
    /** What may stand between a page label and its value: 发布机构: | 区国资委, 来源:(new line)湘阴县人民政府. */
    private static final String LABEL_GAP = ":：| \u3000\t\n";
    private static final String CLAUSE_ENDS = "，。；：,;:！？!?\n";

    /**
     * Whether the body at [start, bodyStart) stands for a class of bodies, not one: an opener (有关, 相关, 各)
     * with a level right after it earlier in the clause (有关市、县政府和县科技局), or a bare level after another
     * level (盟市政府, 市、县政府).
     */
    static boolean genericPlural(String text, int start, int bodyStart) {
        // 直辖市|人民政府, 计划单列|市财政局: the place read before the body is, or ends, a kind of place.
        for (String c : LEVEL_CLASSES)
            if (start >= bodyStart - c.length() && text.startsWith(c, bodyStart - c.length())) return true;
        if (bodyStart - start == 1 && start > 0) {
            char before = text.charAt(start - 1);
            if (Fragments.ALL_LEVELS.indexOf(before) >= 0) return true;
            if ((before == '、' || before == '和') && start > 1 && Fragments.ALL_LEVELS.indexOf(text.charAt(start - 2)) >= 0
                    && (start < 3 || !Character.isLetter(text.charAt(start - 3)) || GENERIC_OPENERS.stream()
                    .anyMatch(o -> text.startsWith(o, start - 2 - o.length())))) return true;
        }
        int from = Math.max(0, start - GENERIC_REACH);
        for (int k = start - 1; k >= from; k--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(k)) >= 0) break;
            for (String o : GENERIC_OPENERS)
                if (text.startsWith(o, k) && k + o.length() < start
                        && Fragments.ALL_LEVELS.indexOf(text.charAt(k + o.length())) >= 0) return true;
        }
        return false;
    }

    private static boolean labelBefore(String text, int start, List<String> labels) {
        int k0 = start;
        while (k0 > 0 && LABEL_GAP.indexOf(text.charAt(k0 - 1)) >= 0) k0--;
        if (k0 < start && text.substring(k0, start).chars().anyMatch(ch -> ch == ':' || ch == '：' || ch == '|'))
            for (String label : labels) if (text.startsWith(label, k0 - label.length())) return true;
        return false;
    }

    /**
     * Whether the body is the whole first line of a longer text: a portal's header (盘锦市人民政府, then the breadcrumb
     * and the metadata). The letter's own writer named there still counts: EntityExtractor adds the issuer.
     */
    static boolean siteHeader(String text, int start, int end) {
        for (int k = 0; k < start; k++) if (!Character.isWhitespace(text.charAt(k))) return false;
        int eol = text.indexOf('\n', end);
        return eol >= 0 && text.substring(end, eol).isBlank() && !text.substring(eol).isBlank();
    }

    /** Whether the body sits on a page line of the site's publisher or source (主办单位:…, …人民政府版权所有). */
    static boolean onPageLabelLine(String text, int start, int end) {
        if (labelBefore(text, start, PAGE_LABELS)) return true;
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\u3000')) k++;
        for (String t : PAGE_TRAILERS) if (text.startsWith(t, k)) return true;
        return false;
    }

    /** 自治区科技厅 in a Xinjiang letter: the autonomous region is the letter's province. */
    private String regionWritten(String body, String jurisdiction, String surface) {
        if (jurisdiction == null) return surface;
        return places.provinceOf(jurisdiction).filter(p -> p.endsWith(AUTONOMOUS_REGION)).map(p -> p + body).orElse(surface);
    }

    /**
     * The next position from {@code i} where the first two chars of some body stand, or the text's length: a letter
     * has a few dozen, so the loop of {@link #find} runs a few dozen times instead of once per char, and stays cheap
     * to interpret and to compile.
     */
    private int nextBodyStart(String text, int i) {
        for (int n = text.length() - 1; i < n; i++) {
            DocumentTimeLimit.tick(i);
            if (heads.get(pairKey(text.charAt(i), text.charAt(i + 1)))) return i;
        }
        return text.length();
    }

    /** A hash of two chars into {@link #heads}; collisions only cost a needless look in {@link #bodyAt}. */
    private static int pairKey(char a, char b) {
        return (a * 31 + b) & 0xffff;
    }

    /** The central offices' two-char short names and their full names: the rows of national-agencies.tsv like 中办, 国办. */
    private static final Map<String, String> SHORT_OFFICES = shortOffices();

    private static Map<String, String> shortOffices() {
        Map<String, String> out = new HashMap<>();
        for (String[] row : ReferenceTable.load("ontology/reference/national-agencies.tsv", 2))
            if (row[0].length() == 2 && row[0].endsWith("办")) out.put(row[0], row[1]);
        return Map.copyOf(out);
    }

    /** 中办|、, 。|国办, 中办|国办: a short office between breaks or another short office; not inside a word or before 发. */
    private static boolean shortOfficeAlone(String text, int start, int end) {
        boolean before = start == 0 || !Character.isLetter(text.charAt(start - 1))
                || (start >= 2 && SHORT_OFFICES.containsKey(text.substring(start - 2, start)));
        boolean after = end == text.length() || !Character.isLetter(text.charAt(end)) || "印联".indexOf(text.charAt(end)) >= 0
                || (end + 2 <= text.length() && SHORT_OFFICES.containsKey(text.substring(end, end + 2)));
        return before && after;
    }

    private String bodyAt(String text, int i) {
        for (String b : byFirst.getOrDefault(text.charAt(i), List.of()))
            if (text.startsWith(b, i)) return b;
        return null;
    }

    /** Start of the place or level written before a body: 湖北省|科技厅, 省|工信厅, 宜宾|科技局, 国家|科技部. */
    private int prefixStart(String text, int bodyStart) {
        if (bodyStart == 0) return 0;
        if (text.startsWith("国家", Math.max(0, bodyStart - 2)) && bodyStart >= 2) return bodyStart - 2;
        // 自治区|科技厅: the level of an autonomous region, not a district (区).
        if (bodyStart >= 3 && text.startsWith(AUTONOMOUS_REGION, bodyStart - 3)) return bodyStart - 3;
        for (int s = Math.max(0, bodyStart - 10); s < bodyStart - 1; s++)
            if (isPlace(text, s, bodyStart)) return s;
        char c = text.charAt(bodyStart - 1);
        // 辖区|交警大队, 全市|财政: the level ends a common word, not a place.
        if (LEVELS.indexOf(c) >= 0 && !(bodyStart >= 2 && NOT_BEFORE_LEVEL.indexOf(text.charAt(bodyStart - 2)) >= 0))
            return bodyStart - 1;
        return bodyStart;
    }

    /**
     * Whether text[s, e) is a place: a known province or city first (湖北省, 宜宾, 杭州市萧山区), or a
     * county standing alone after a boundary (城口县), not words that merely end in 市 (二是市, 并到市).
     */
    private boolean isPlace(String text, int s, int e) {
        String before = text.substring(s, e);
        if (places.fullName(before).isPresent()) return true;
        // 发布机构县|自然资源局: a page label glued to a level is no county.
        for (String label : PAGE_LABELS) if (before.startsWith(label)) return false;
        if (!places.leadingPlace(before).equals(before)) return false;
        String first = places.leadingPlaceComponent(before);
        if (places.isProvince(first) || places.isCity(first)) return true;
        // 指导|梁平区应急管理局, 会同|碑林区人民政府: a verb glued before a county ends where the county begins.
        boolean atBoundary = s == 0 || !Character.isLetter(text.charAt(s - 1)) || afterPredicate(text, s);
        // 2017年8月4|日县人民政府: the end of a date, not a county.
        if (s > 0 && Character.isDigit(text.charAt(s - 1)) && "年月日号".indexOf(text.charAt(s)) >= 0) return false;
        return atBoundary && before.chars().noneMatch(ch -> NOT_IN_COUNTY.indexOf(ch) >= 0) && !opensWithPredicate(before);
    }

    /** Function words, numerals and the pronoun 我 (加之|我区财政局: the writer's own region) that never stand in a county's name. */
    private static final String NOT_IN_COUNTY = "是到并与和的在由向对等及了为将把从已我" + Fragments.CN_NUMERALS;
    /**
     * Verbs and adverbs that open a clause before a body and never a county's name: 强化|市科技局, 结合|区发改局,
     * 积极组织|区卫生健康局, 目前|区财政局, 已报送|市交通局 (issue 9 §3: names have exact edges).
     */
    private static final List<String> LEADING_PREDICATES = WordList.words("agency-leading-predicates");

    /**
     * Whether a would-be county holds a predicate: 积极|组织… at its start, or a two-char one anywhere (同时根据|县政府,
     * 近日|区政府): no county's name holds 根据 or 近日, but single chars do (将乐县), so those count only at the start.
     */
    private static String afterFunctionWords(String run) {
        int k = run.length();
        while (k > 0 && NOT_IN_COUNTY.indexOf(run.charAt(k - 1)) < 0) k--;
        return run.length() - k >= 2 ? run.substring(k) : run;
    }

    /**
     * Whether a verb of two chars or more that takes a body as object (指导, 会同) ends just before {@code s}; single
     * function chars do not count (及时反馈区…, 经综合肇庆市…: the county would swallow the verb's own chars).
     */
    private static boolean afterPredicate(String text, int s) {
        for (String w : LEADING_PREDICATES) if (w.length() > 1 && text.startsWith(w, s - w.length())) return true;
        return false;
    }

    private static boolean opensWithPredicate(String place) {
        for (String w : LEADING_PREDICATES) if (place.startsWith(w) || (w.length() > 1 && place.contains(w))) return true;
        return false;
    }

    /** The body awards a platform's rank, as part of its name or category: 教育部|重点实验室, 教育部|工程研究中心. */
    static boolean ranksPlatform(String text, int end) {
        for (String kind : CentreName.KINDS)
            if (text.startsWith(kind, end)) return true;
        return false;
    }

    /** A bare 财政 is the finances before these nouns: 县财政|困难, 区财政|状况 (not the bureau). */
    private static final List<String> FINANCE_NOUNS = WordList.words("agency-finance-nouns");
    private static final String FINANCE = "财政";

    /** Whether the body is the word 财政 meaning a level's finances (县财政困难), not its finance bureau (县财政将会同…). */
    static boolean finances(String body, String text, int end) {
        if (!body.equals(FINANCE)) return false;
        for (String n : FINANCE_NOUNS) if (text.startsWith(n, end)) return true;
        return false;
    }

    /** The body is part of a longer word: 科技部门, 科技局长. */
    static boolean continues(String text, int end) {
        return end < text.length() && "门长".indexOf(text.charAt(end)) >= 0;
    }
}
