package org.replygraph.extract.agency;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.Example;
import org.replygraph.lexicon.Fragments;

/**
 * The one place that decides a letter's jurisdiction, the full place its writer belongs to. From the
 * letter's structure ({@link #ofIssuer}): the issuer's own name (杭州市科学技术局 -> 杭州市), else the level
 * it writes (省工信厅, 市科技局) and the rest of the letter: a 文号 prefix (陕/渝/川 for provinces, 枣 for
 * 枣庄市 when only one city starts so), or the place the text names most often. From the text alone,
 * when the letter structure gives none ({@link #fromText}): a sign-off line that is a body's name, a
 * 发布机构 line, the first body named with its province or city, the province or city written most.
 *
 * <pre>{@code
 * JurisdictionFinder f = new JurisdictionFinder(Places.standard());
 * f.ofIssuer(text, List.of("省工信厅"), "陕工信函〔2022〕266号", (char) 0);   // Optional[陕西省]
 * f.fromText("…专此复函。\n陕西省工业和信息化厅\n2021年5月7日", List::of);   // 陕西省
 * }</pre>
 */
public final class JurisdictionFinder {
    private static final Pattern PARTY = Pattern.compile("^(?:中共|中国共产党)");
    /** A town's own body: its government, party committee or congress presidium (官屯镇人民政府, 瓦渡乡党委). */
    private static final Pattern TOWN_BODY = Pattern.compile("(\\p{IsHan}{1,5}?[镇乡])(?:人民政府|政府|党委|人大主席团|人民代表大会)");
    private static final Pattern YEAR = Pattern.compile("\\s{0,2}(?:19|20)\\d{2}");
    /** A line that is only a body's name: a place, then at most 16 chars ending like a body. */
    private static final Pattern BODY_LINE = Pattern.compile("[" + Fragments.HAN + "]{2,24}(?:厅|局|委员会|委|办公室|中心|政府)");
    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|来源|信息来源)\\s{0,3}[:：|]?\\s{0,3}\\|?\\s{0,3}([" + Fragments.HAN + "]{3,24})");
    /** How many last lines may hold the sign-off. */
    private static final int SIGN_OFF_LINES = 12;

    private final Places places;

    public JurisdictionFinder(Places places) {
        this.places = places;
    }

    /** The writer calling itself by its level: 我市, 我省, 我县, 我区. */
    @Example(text = "面对重大历史机遇,我市立足特殊区位优势", read = "市")
    @Example(text = "我局高度重视", read = Example.NOTHING)
    private static final Pattern SELF_LEVEL = Pattern.compile("我([省市县区])");
    /** How often a level must be the writer's own before it counts. */
    private static final int SELF_LEVEL_MIN = 2;
    /** A writer calling itself a province's, city's or county's body: 我厅, 我局, 我县. */
    @Example(text = "我厅高度重视", read = "我厅", group = 0)
    @Example(text = "我部高度重视", read = Example.NOTHING, group = 0)
    private static final Pattern LOCAL_SELF = Pattern.compile("我(?:厅|局|办|县|区|市|省)");

    /**
     * The one decision of a letter's jurisdiction from its structure: the writer's names ({@link #ofIssuer}), its 文号, and
     * the writer's level. With no name for the writer, its level is the one it calls itself (我市 twice: {@link #selfLevel}),
     * not the level of the session it answers (a city government answering a provincial deputy writes the city's letter);
     * with a name, the session's bare level (市人大) stands in when the name gives none. Unsigned, answering a national
     * deputy or member, and not calling itself a province's or a county's body (我厅, 我局): a ministry's reply summary,
     * national, whatever province its subject names.
     *
     * @param issuerNames  the writer as written, best first; empty when none
     * @param docNumber    the letter's own 文号, or null
     * @param sessionPlace the place of the session answered as written (省, 杭州市, 中国 for 全国), or null
     */
    public Optional<String> ofLetter(String text, List<String> issuerNames, String docNumber, String sessionPlace) {
        char level = sessionPlace != null && sessionPlace.length() == 1 ? sessionPlace.charAt(0) : 0;
        if (issuerNames.isEmpty()) {
            if (AgencyResolver.NATIONAL.equals(sessionPlace) && !LOCAL_SELF.matcher(text).find())
                return Optional.of(AgencyResolver.NATIONAL);
            char self = selfLevel(text);
            if (self != 0) level = self;
        }
        return ofIssuer(text, issuerNames, docNumber, level);
    }

    /**
     * The level the writer gives itself most (我市 three times, 我省 once: 市), when at least {@link #SELF_LEVEL_MIN} times and
     * more than any other; else 0.
     */
    static char selfLevel(String text) {
        Map<Character, Integer> counts = new LinkedHashMap<>();
        Matcher m = SELF_LEVEL.matcher(text);
        while (m.find()) counts.merge(m.group(1).charAt(0), 1, Integer::sum);
        char best = 0;
        int max = 0;
        boolean tie = false;
        for (Map.Entry<Character, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
                tie = false;
            } else if (e.getValue() == max) {
                tie = true;
            }
        }
        return tie || max < SELF_LEVEL_MIN ? 0 : best;
    }

    /**
     * The place of the letter's issuer, from every name the letter gives it, best first: the first that
     * names a place wins (区科技局 signs, 发布机构 says 杭州市萧山区科学技术局).
     *
     * @param issuerNames the issuer as written, best first; empty when none
     * @param docNumber   the letter's own 文号, or null
     * @param level       a level the letter writes for itself (省, 市, 区, 县), when the issuer gives none; or 0
     */
    public Optional<String> ofIssuer(String text, List<String> issuerNames, String docNumber, char level) {
        Optional<String> town = town(text, issuerNames);
        if (town.isPresent()) return town;
        for (String name : issuerNames) {
            // A party department names its place after 中共: "中共长兴县委组织部" is in 长兴县.
            String place = placeWritten(PARTY.matcher(name).replaceFirst(""));
            if (!place.isEmpty()) return Optional.of(places.fullPlaceIn(place, text));
        }
        // A development zone writes its city short: "成都高新技术产业开发区管理委员会" is in 成都市.
        for (String name : issuerNames) {
            Optional<String> city = places.cityByShortPrefix(name);
            if (city.isPresent()) return city;
        }
        String issuer = issuerNames.isEmpty() ? null : issuerNames.get(0);
        if (issuer != null) {
            String place = placeWritten(issuer);
            if (!place.isEmpty()) return Optional.of(places.fullPlaceIn(place, text));
            char first = issuer.charAt(0);
            if (Fragments.LEVELS.indexOf(first) >= 0 && !issuer.startsWith("市场")) level = first;
            // 自治区林业和草原局: an autonomous region's body is provincial, never a place called 自治区.
            else if (issuer.endsWith("厅") || issuer.startsWith("自治区")) level = '省';
        }
        return switch (level) {
            case '省' -> province(text, docNumber);
            case '市' -> city(text, docNumber);
            case '区', '县' -> Optional.empty();
            default -> mostNamedProvince(text);
        };
    }

    /**
     * A town government's letter is the town's, not its county's: "官屯镇人民政府" with "姚安县官屯镇人民政府" on the source
     * line is in 姚安县官屯镇; a town the letter never places in a county stays the town alone (官屯镇). Only when the
     * first name (the best) is a town's body.
     */
    private Optional<String> town(String text, List<String> issuerNames) {
        if (issuerNames.isEmpty()) return Optional.empty();
        String first = PARTY.matcher(issuerNames.get(0)).replaceFirst("");
        String firstPlace = places.leadingPlace(first);
        Matcher t = TOWN_BODY.matcher(first).region(firstPlace.length(), first.length());
        if (!t.lookingAt()) return Optional.empty();
        String town = t.group(1);
        if (!firstPlace.isEmpty()) return Optional.of(places.fullPlaceIn(firstPlace, text) + town);
        for (String name : issuerNames) {
            String bare = PARTY.matcher(name).replaceFirst("");
            String place = places.leadingPlace(bare);
            if (!place.isEmpty() && bare.startsWith(town, place.length())) return Optional.of(places.fullPlaceIn(place, text) + town);
        }
        return Optional.of(town);
    }

    private Optional<String> province(String text, String docNumber) {
        if (docNumber != null && !docNumber.isEmpty()) {
            Optional<String> p = places.provinceByAbbreviation(docNumber.charAt(0));
            if (p.isPresent() && !places.isMunicipality(p.get())) return p;
        }
        // Cited 文号 of the same province's bodies: 川科计〔2017〕7号 in a Sichuan letter.
        Map<String, Integer> votes = new HashMap<>();
        for (int at = nextBracket(text, 0); at >= 0; at = nextBracket(text, at + 1)) {
            // Anchored on the bracket: a 文号's prefix is the short run of Han characters before it.
            int start = at;
            while (start > 0 && at - start < 9 && isHan(text.charAt(start - 1))) start--;
            boolean isDocNumber = start < at && (start == 0 || !isHan(text.charAt(start - 1)))
                    && YEAR.matcher(text).region(at + 1, Math.min(text.length(), at + 8)).lookingAt();
            if (isDocNumber)
                places.provinceByAbbreviation(text.charAt(start))
                        .filter(p -> !places.isMunicipality(p))
                        .ifPresent(p -> votes.merge(p, 1, Integer::sum));
        }
        Optional<String> voted = best(votes);
        return voted.isPresent() ? voted : mostNamedProvince(text);
    }

    private Optional<String> city(String text, String docNumber) {
        if (docNumber != null && !docNumber.isEmpty()) {
            char c = docNumber.charAt(0);
            Optional<String> p = places.provinceByAbbreviation(c);
            if (p.isPresent() && places.isMunicipality(p.get())) return p;
            if (p.isEmpty() && places.citiesStartingWith(c).size() == 1) return Optional.of(places.citiesStartingWith(c).get(0));
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int at = text.indexOf('市'); at >= 0; at = text.indexOf('市', at + 1)) {
            String s = text.substring(Math.max(0, at - 4), at + 1);
            for (int i = 0; i + 2 < s.length(); i++) {
                String suffix = s.substring(i);
                if (places.isCity(suffix) || places.isMunicipality(suffix)) {
                    votes.merge(suffix, 1, Integer::sum);
                    break;
                }
            }
        }
        return best(votes);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int nextBracket(String text, int from) {
        int best = -1;
        for (char c : new char[] {'〔', '[', '【'}) {
            int i = text.indexOf(c, from);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }
        return best;
    }

    /**
     * The place of a text whose letter structure names none: the sign-off (陕西省工业和信息化厅 gives
     * 陕西省, 城口县发展和改革委员会 城口县), a 发布机构 line, the first of {@code bodies} (the surfaces of the
     * bodies the text names, asked for only when needed) written with a known province or city
     * (重庆市科学技术局 gives 重庆市), else the province or city the text writes most often in full; null
     * when none.
     */
    public String fromText(String text, Supplier<List<String>> bodies) {
        String place = fromSignOff(text);
        return place != null ? place : fromBodies(text, bodies.get());
    }

    /** The place of the sign-off's body line or of a 发布机构 line, or null. */
    String fromSignOff(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGN_OFF_LINES); i--) {
            String place = placeOf(lines.get(i));
            if (place != null && BODY_LINE.matcher(lines.get(i)).matches()) return place;
        }
        Matcher m = PUBLISHER.matcher(text);
        while (m.find()) {
            String place = placeOf(m.group(1));
            if (place != null) return place;
        }
        return null;
    }

    /**
     * The place a name opens with, "" when none or when it is only the level of an autonomous region (自治区林业和草原局: the
     * region's body, its region unnamed; the county rule reads 自治|区 as a place).
     */
    private String placeWritten(String name) {
        String place = places.leadingPlace(name);
        return place.equals(AUTONOMOUS_REGION) ? "" : place;
    }

    private static final String AUTONOMOUS_REGION = "自治区";

    private String placeOf(String name) {
        String place = placeWritten(name);
        if (place.isEmpty()) return null;
        return places.fullPlaceIn(place, "");
    }

    /** The place of the first body written with a known province or city, or the most written province or city. */
    String fromBodies(String text, List<String> bodies) {
        for (String surface : bodies) {
            String place = places.leadingPlace(surface);
            if (!place.isEmpty() && (places.isProvince(places.leadingPlaceComponent(place))
                    || places.isCity(places.leadingPlaceComponent(place)))) return place;
        }
        String best = null;
        int bestCount = 0;
        for (String p : places.provinces()) {
            int n = count(text, p);
            if (n > bestCount) {
                best = p;
                bestCount = n;
            }
        }
        // Each city is counted once, however often it is written (counting at every 市 was quadratic).
        Map<String, Integer> counted = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '市') continue;
            for (int len = 2; len <= 4 && i - len >= 0; len++) {
                String city = text.substring(i - len, i + 1);
                if (!places.isCity(city)) continue;
                int n = counted.computeIfAbsent(city, c -> count(text, c));
                if (n > bestCount) {
                    best = city;
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) n++;
        return n;
    }

    private Optional<String> mostNamedProvince(String text) {
        Map<String, Integer> votes = new HashMap<>();
        for (String p : places.provinces()) {
            int n = 0;
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) n++;
            if (n > 0) votes.put(p, n);
        }
        return best(votes);
    }

    /** The single most voted place; empty on a tie, so that nothing is guessed. */
    private static Optional<String> best(Map<String, Integer> votes) {
        String top = null;
        int max = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > max) {
                top = e.getKey();
                max = e.getValue();
                tie = false;
            } else if (e.getValue() == max) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(top);
    }
}
