package org.replygraph.extract.agency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.lexicon.ReferenceTable;

/**
 * Expands agency names as letters write them to full names, driven by the reference tables
 * {@code ontology/reference/agency-abbreviations.tsv} and {@code national-agencies.tsv}.
 *
 * <pre>{@code
 * AgencyResolver r = AgencyResolver.standard();
 * r.resolve("省工信厅", "陕西省");        // "陕西省工业和信息化厅"
 * r.resolve("市经信局", "杭州市萧山区");  // "杭州市经济和信息化局"
 * r.resolve("工信部", null);              // "工业和信息化部"
 * r.shortForms("陕西省工业和信息化厅");   // [省工业和信息化厅, 陕西省工信厅, 省工信厅, …]
 * }</pre>
 */
public final class AgencyResolver {
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]");
    /**
     * The jurisdiction of a letter written by a national body (工业和信息化部): the country, as
     * {@link org.replygraph.extract.fact.Assembly} writes the national assemblies' place.
     */
    public static final String NATIONAL = "中国";
    /** What a national letter leaves unsaid before a body's name: 发展改革委 is 国家发展改革委, 国资委 is 国务院国资委. */
    private static final List<String> NATIONAL_OMITTED = List.of("国家", "国务院");
    /** Bodies that are never local: left as written. */
    private static final List<String> NATIONAL_PREFIXES = List.of("国家", "中国", "中共中央", "国务院", "全国", "中央", "中华人民共和国");
    private static final String STATE = "中华人民共和国";

    private final Places places;
    private final Map<String, String> local = new HashMap<>();
    private final Map<String, List<String>> localShort = new HashMap<>();
    private final Map<String, String> national = new HashMap<>();
    private final Set<String> nationalNames = new HashSet<>();

    AgencyResolver(Places places, List<String[]> localRows, List<String[]> nationalRows) {
        this.places = places;
        for (String[] r : localRows) {
            String before = local.put(r[0], r[1]);
            if (before != null && !before.equals(r[1]))
                throw new IllegalStateException("Illegal abbreviation " + r[0] + "=" + r[1] + " : already stands for " + before);
            if (!r[0].equals(r[1])) localShort.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r[0]);
        }
        for (String[] r : nationalRows) {
            String before = national.put(r[0], r[1]);
            if (before != null && !before.equals(r[1]))
                throw new IllegalStateException("Illegal national body " + r[0] + "=" + r[1] + " : already stands for " + before);
            nationalNames.add(r[1]);
        }
    }

    /** Loads the reference tables shipped in the jar. */
    public static AgencyResolver standard() {
        return new AgencyResolver(Places.standard(),
                ReferenceTable.load("ontology/reference/agency-abbreviations.tsv", 2),
                ReferenceTable.load("ontology/reference/national-agencies.tsv", 2));
    }

    public Places places() {
        return places;
    }

    /**
     * The full name of an agency written {@code surface} in a letter of the given jurisdiction (陕西省,
     * 杭州市萧山区, or null when unknown). When the place cannot be determined the surface is returned
     * as written: 区科技局 with no known district stays 区科技局.
     */
    public String resolve(String surface, String jurisdiction) {
        String s = SPACES.matcher(surface).replaceAll("");
        if (s.isEmpty()) return s;
        if (national.containsKey(s)) return national.get(s);
        // 中华人民共和国农业农村部 is 农业农村部 wherever the letter is about.
        if (s.startsWith(STATE) && national.containsKey(s.substring(STATE.length()))) return national.get(s.substring(STATE.length()));
        for (String p : NATIONAL_PREFIXES)
            if (s.startsWith(p)) return s;
        // A town's body in the town's own letter: 官屯镇人民政府 in 姚安县官屯镇 is 姚安县官屯镇人民政府.
        if (jurisdiction != null && (jurisdiction.endsWith("镇") || jurisdiction.endsWith("乡"))) {
            for (int k = 2; k <= Math.min(6, s.length() - 1); k++) {
                String town = s.substring(0, k);
                if ((town.endsWith("镇") || town.endsWith("乡")) && jurisdiction.endsWith(town))
                    return jurisdiction + s.substring(k);
            }
        }
        String place = places.leadingPlace(s);
        if (!place.isEmpty()) {
            String body = s.substring(place.length());
            if (jurisdiction != null && jurisdiction.endsWith(place)) place = jurisdiction;
            return place + expandBody(body);
        }
        char first = s.charAt(0);
        if (Places.LEVEL_CHARS.indexOf(first) >= 0 && !s.startsWith("市场")) {
            String levelPlace = placeAtLevel(first, jurisdiction);
            return levelPlace == null ? s : levelPlace + expandBody(s.substring(1));
        }
        if (jurisdiction == null) return s;
        // A national letter's bare body is the national one: 发展改革委 in a letter of 工业和信息化部 is
        // 国家发展和改革委员会, however often the letter names a province.
        if (jurisdiction.equals(NATIONAL)) return nationalBody(s).orElse(s);
        // No place written: a 厅 is provincial (科技厅 in a Sichuan letter), anything else the letter's own level.
        if (s.endsWith("厅")) {
            String province = places.provinceOf(jurisdiction).orElse(null);
            return province == null ? s : province + expandBody(s);
        }
        return jurisdiction + expandBody(s);
    }

    /** Whether a full name is a national (central) body of the reference table: 工业和信息化部, not 中国人民银行宁波市分行. */
    public boolean isNational(String fullName) {
        return nationalNames.contains(fullName);
    }

    private Optional<String> nationalBody(String s) {
        for (String omitted : NATIONAL_OMITTED) {
            String full = national.get(omitted + s);
            if (full != null) return Optional.of(full);
        }
        return Optional.empty();
    }

    /** The part of the jurisdiction at the level a bare 省/市/区/县 refers to, or null when unknown. */
    public String placeAtLevel(char level, String jurisdiction) {
        if (jurisdiction == null) return null;
        if (level == '省') {
            String province = places.provinceOf(jurisdiction).orElse(null);
            return province != null && !places.isMunicipality(province) ? province : null;
        }
        for (int i = jurisdiction.length() - 1; i > 0; i--)
            if (jurisdiction.charAt(i) == level) {
                String prefix = jurisdiction.substring(0, i + 1);
                // 市 of 陕西省: no city known.
                return places.isProvince(prefix) && !places.isMunicipality(prefix) ? null : prefix;
            }
        // 青岛西海岸新区 lies in 青岛市, though it writes the city short.
        return level == '市' ? places.cityByShortPrefix(jurisdiction).orElse(null) : null;
    }

    /**
     * The full name of a town's body, the town named without its county (骑马坝乡 + 政府 in a 绿春县 letter is
     * 绿春县骑马坝乡人民政府); the town alone when the county is unknown.
     */
    public String townBody(String town, String body, String jurisdiction) {
        if (jurisdiction == null) return town + expandBody(body);
        if (jurisdiction.endsWith(town)) return jurisdiction + expandBody(body);
        boolean county = jurisdiction.endsWith("县") || jurisdiction.endsWith("区") || jurisdiction.endsWith("市")
                || jurisdiction.endsWith("旗");
        return (county ? jurisdiction : "") + town + expandBody(body);
    }

    private String expandBody(String body) {
        return local.getOrDefault(body, body);
    }

    /**
     * Forms a letter may write for a full name: 陕西省工业和信息化厅 gives 省工业和信息化厅, 陕西省工信厅,
     * 省工信厅, 工信厅; 杭州市萧山区科学技术局 also gives 萧山区科技局 and 区科技局. The full name is not included.
     */
    public List<String> shortForms(String fullName) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String n = national.getOrDefault(fullName, fullName);
        national.forEach((k, v) -> {
            if (v.equals(n) && !k.equals(n)) out.add(k);
        });
        String place = places.leadingPlace(n);
        String body = n.substring(place.length());
        List<String> bodies = new ArrayList<>();
        bodies.add(body);
        bodies.addAll(localShort.getOrDefault(body, List.of()));
        if (!place.isEmpty()) {
            char level = place.charAt(place.length() - 1);
            String last = lastComponent(place);
            for (String b : bodies) {
                out.add(place + b);
                out.add(last + b);
                out.add(level + b);
            }
        }
        out.addAll(bodies);
        out.remove(n);
        return List.copyOf(out);
    }

    private String lastComponent(String place) {
        String first = places.leadingPlaceComponent(place);
        return first.length() < place.length() ? place.substring(first.length()) : place;
    }
}
