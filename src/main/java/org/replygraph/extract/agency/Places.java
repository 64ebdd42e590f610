package org.replygraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.replygraph.lexicon.Fragments;
import org.replygraph.lexicon.ReferenceTable;

/**
 * Provincial and prefecture-level places from {@code ontology/reference/provinces.tsv} and
 * {@code cities.tsv}, and how to read the place at the front of a name.
 *
 * <pre>{@code
 * Places p = Places.standard();
 * p.provinceByAbbreviation('陕');            // Optional[陕西省]  (from 陕工信函〔2021〕154号)
 * p.leadingPlace("杭州市萧山区科学技术局");     // "杭州市萧山区"
 * p.provinceOf("杭州市萧山区");                // Optional[浙江省]
 * }</pre>
 */
public final class Places {
    /** Level characters a place name ends with; 省 is handled with the province table. */
    static final String LEVEL_CHARS = Fragments.ALL_LEVELS;
    /** Characters that never occur in the name part of a county or district, only in agency names. */
    private static final String NOT_ONE_CHAR_COUNTY = "我本该全各此每一某郊外邻";
    private static final String NOT_IN_PLACE = "和的局厅委部办会中心省院所司处科政府";

    private final Map<String, String> provinceByShort = new LinkedHashMap<>();
    private final Map<Character, String> provinceByAbbr = new HashMap<>();
    private final Map<String, String> levelOfProvince = new HashMap<>();
    private final Map<String, String> cityProvince = new LinkedHashMap<>();
    private final Map<String, String> cityByShort = new HashMap<>();
    /** Autonomous prefectures by the short form letters use: 恩施州 -> 恩施土家族苗族自治州. */
    private final Map<String, String> prefectureByZhou = new LinkedHashMap<>();
    /** Provinces, cities and 恩施州-style prefectures by full (or 州) name, read at any position in one walk. */
    private final NameTrie placeNames;
    /** Cities by their short names of two chars or more (青岛, 苏州), for 青岛西海岸新区. */
    private final NameTrie cityShorts;

    private Places(List<String[]> provinces, List<String[]> cities) {
        for (String[] p : provinces) {
            provinceByShort.put(p[1], p[0]);
            levelOfProvince.put(p[0], p[3]);
            for (String a : p[2].split(","))
                provinceByAbbr.putIfAbsent(a.charAt(0), p[0]);
        }
        for (String[] c : cities) {
            cityProvince.put(c[0], c[2]);
            cityByShort.putIfAbsent(c[1], c[0]);
            if (c[0].endsWith("自治州")) prefectureByZhou.putIfAbsent(c[1] + "州", c[0]);
        }
        List<String> names = new ArrayList<>(levelOfProvince.keySet());
        names.addAll(cityProvince.keySet());
        names.addAll(prefectureByZhou.keySet());
        placeNames = NameTrie.of(names);
        cityShorts = NameTrie.of(cityByShort.keySet().stream().filter(s -> s.length() >= 2).toList());
    }

    /** Loads the reference tables shipped in the jar. */
    public static Places standard() {
        return new Places(ReferenceTable.load("ontology/reference/provinces.tsv", 4),
                ReferenceTable.load("ontology/reference/cities.tsv", 3));
    }

    /** All provincial-level divisions by full name, in table order. */
    public List<String> provinces() {
        return List.copyOf(provinceByShort.values());
    }

    /** 陕 gives 陕西省, 渝 重庆市: the province a 文号 prefix stands for. */
    public Optional<String> provinceByAbbreviation(char abbr) {
        return Optional.ofNullable(provinceByAbbr.get(abbr));
    }

    /** Whether the place is a provincial-level division (陕西省, 重庆市). */
    public boolean isProvince(String place) {
        return levelOfProvince.containsKey(place);
    }

    /** Whether the place is a municipality directly under the central government (重庆市). */
    public boolean isMunicipality(String place) {
        return "municipality".equals(levelOfProvince.get(place));
    }

    /** Whether the place is a prefecture-level city in the table (杭州市). */
    public boolean isCity(String place) {
        return cityProvince.containsKey(place);
    }

    /** Prefecture-level cities whose name starts with the given character (枣 gives [枣庄市]). */
    public List<String> citiesStartingWith(char c) {
        List<String> out = new ArrayList<>();
        for (String city : cityProvince.keySet())
            if (city.charAt(0) == c) out.add(city);
        return out;
    }

    /** The full name for a province or city written short or full: 湖北 -> 湖北省, 宜宾 -> 宜宾市. */
    public Optional<String> fullName(String name) {
        if (levelOfProvince.containsKey(name) || cityProvince.containsKey(name)) return Optional.of(name);
        if (provinceByShort.containsKey(name)) return Optional.of(provinceByShort.get(name));
        return Optional.ofNullable(cityByShort.get(name));
    }

    /** The province a place lies in: 杭州市萧山区 -> 浙江省; unknown counties give empty. */
    public Optional<String> provinceOf(String place) {
        if (place == null || place.isEmpty()) return Optional.empty();
        for (String province : levelOfProvince.keySet())
            if (place.startsWith(province)) return Optional.of(province);
        for (Map.Entry<String, String> e : cityProvince.entrySet())
            if (place.startsWith(e.getKey())) return Optional.of(e.getValue());
        return Optional.empty();
    }

    /**
     * The place a name starts with, as written: 陕西省工业和信息化厅 -> 陕西省, 杭州市萧山区科学技术局 ->
     * 杭州市萧山区, 城口县发展和改革委员会 -> 城口县; "" when the name starts with no place (市科技局, 科技厅).
     */
    public String leadingPlace(String name) {
        int pos = 0;
        while (pos < name.length()) {
            int len = placeComponentAt(name, pos);
            if (len == 0) break;
            pos += len;
        }
        return name.substring(0, pos);
    }

    /** The first place component of a name: 杭州市萧山区 -> 杭州市; "" when none. */
    public String leadingPlaceComponent(String name) {
        return name.substring(0, placeComponentAt(name, 0));
    }

    private int placeComponentAt(String name, int pos) {
        int best = placeNames.longestAt(name, pos);
        if (best > 0) return best;
        int autonomous = autonomousCountyAt(name, pos);
        if (autonomous > 0) return autonomous;
        // A city written short before its district or new area: 青岛西海岸新区, 苏州工业园区.
        int shortName = cityShorts.longestAt(name, pos, n -> pos + n < name.length() && countyAt(name, pos + n) > 0);
        if (shortName > 0) return shortName;
        return countyAt(name, pos);
    }

    private static int countyAt(String name, int pos) {
        // A county, district or county-level city: 2-4 name characters and its level character.
        // 和 joins words (工业和信息化) but may open a place's name (和平区, 和田县, 和龙市).
        if (!isPlaceNameChar(name.charAt(pos)) && name.charAt(pos) != '和' && !placeZhong(name, pos)) return 0;
        // A few counties have one-character names (祁县, 沛县); 我县, 全县 and the like are no names.
        if (pos + 1 < name.length() && name.charAt(pos + 1) == '县' && NOT_ONE_CHAR_COUNTY.indexOf(name.charAt(pos)) < 0)
            return 2;
        for (int n = 2; n <= 4 && pos + n < name.length(); n++) {
            char c = name.charAt(pos + n - 1);
            if (!isPlaceNameChar(c) && !placeZhong(name, pos + n - 1)) return 0;
            char level = name.charAt(pos + n);
            if ("县区市旗".indexOf(level) >= 0 && !name.startsWith("市场", pos + n)) return n + 1;
        }
        return 0;
    }

    /** 中 inside a place's name (吴中区, 中牟县), not in 中心, 中共, 中国, 中央 or 中华. */
    private static boolean placeZhong(String name, int i) {
        return name.charAt(i) == '中' && (i + 1 >= name.length() || "心共国央华".indexOf(name.charAt(i + 1)) < 0);
    }

    /**
     * The city whose short name a name opens with, not followed by a level character: "成都高新技术产业开发区
     * 管理委员会" -> 成都市; empty otherwise (成都市… has its full name read as a place instead).
     */
    public Optional<String> cityByShortPrefix(String name) {
        String best = null;
        for (Map.Entry<String, String> e : cityByShort.entrySet()) {
            String shortName = e.getKey();
            if (shortName.length() < 2 || !name.startsWith(shortName) || name.length() == shortName.length()) continue;
            if (LEVEL_CHARS.indexOf(name.charAt(shortName.length())) >= 0) continue;
            if (best == null || shortName.length() > cityShortOf(best).length()) best = e.getValue();
        }
        return Optional.ofNullable(best);
    }

    private String cityShortOf(String city) {
        for (Map.Entry<String, String> e : cityByShort.entrySet()) if (e.getValue().equals(city)) return e.getKey();
        return "";
    }

    /** An autonomous county or banner: "长阳土家族自治县", "鄂伦春自治旗"; its length, or 0. */
    private static int autonomousCountyAt(String name, int pos) {
        int at = name.indexOf("自治", pos);
        if (at < pos + 2 || at - pos > 12 || at + 2 >= name.length() || "县旗".indexOf(name.charAt(at + 2)) < 0) return 0;
        for (int i = pos; i < at; i++)
            if (Character.UnicodeScript.of(name.charAt(i)) != Character.UnicodeScript.HAN || LEVEL_CHARS.indexOf(name.charAt(i)) >= 0) return 0;
        return at + 3 - pos;
    }

    private static boolean isPlaceNameChar(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                && NOT_IN_PLACE.indexOf(c) < 0 && LEVEL_CHARS.indexOf(c) < 0;
    }

    /**
     * The longest form of a place the text writes: 萧山区 -> 杭州市萧山区 when the text says
     * 杭州市萧山区; an autonomous prefecture's short form by its full name (恩施州 -> 恩施土家族苗族自治州);
     * otherwise the place itself.
     */
    public String fullPlaceIn(String place, String text) {
        if (place == null || isProvince(place) || isCity(place)) return place;
        if (prefectureByZhou.containsKey(place)) return prefectureByZhou.get(place);
        int at = text.indexOf(place);
        while (at >= 0) {
            String before = text.substring(Math.max(0, at - 6), at);
            for (String city : cityProvince.keySet())
                if (before.endsWith(city)) return city + place;
            at = text.indexOf(place, at + 1);
        }
        return place;
    }
}
