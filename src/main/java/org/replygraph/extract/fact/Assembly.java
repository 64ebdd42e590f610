package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A CPPCC committee or people's congress, identified by kind and place: {@code Assembly(CPPCC, "陕西省")}
 * is 政协陕西省委员会; {@code Assembly(PEOPLES_CONGRESS, "杭州市萧山区")} is 杭州市萧山区人民代表大会.
 * The place is the full place name in simplified characters (province, city, district or county, each
 * level with its suffix); {@code "中国"} stands for the national bodies. A session that names only its level
 * (市十四届人大二次会议) in a letter that never says which city keeps the level alone ({@code "市"}): such an
 * assembly has no known place ({@link #placeKnown}), and the graph writes no assembly node for it.
 */
public record Assembly(AssemblyKind kind, String place) {
    public Assembly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) throw new IllegalArgumentException("Illegal place='' : an assembly needs its place");
    }

    /** Places that are only a level word: 市 of 市人大 with the city unknown. */
    private static final java.util.Set<String> BARE_LEVELS = java.util.Set.of(
            "省", "市", "县", "区", "州", "旗", "盟", "自治区", "自治州", "自治县", "乡", "镇");

    /** Whether the place is a place, not a level word alone: 陕西省 yes, 市 (市人大, city unknown) no. */
    public boolean placeKnown() {
        return !BARE_LEVELS.contains(place);
    }

    /** The formal name, e.g. 政协陕西省委员会 or 杭州市人民代表大会. */
    public String fullName() {
        if (place.equals("中国"))
            return kind == AssemblyKind.CPPCC ? "中国人民政治协商会议全国委员会" : "全国人民代表大会";
        return kind == AssemblyKind.CPPCC ? "政协" + place + "委员会" : place + "人民代表大会";
    }

    /**
     * Short names as letters write them: 陕西省政协, 中国人民政治协商会议陕西省委员会; for a district whose
     * place includes its city (杭州市萧山区) also the district alone (萧山区人大).
     */
    public List<String> altNames() {
        String lastLevel = lastLevel(place);
        if (kind == AssemblyKind.CPPCC) {
            return distinct(place + "政协", "中国人民政治协商会议" + place + "委员会",
                    lastLevel + "政协", "政协" + lastLevel + "委员会");
        }
        return distinct(place + "人大", lastLevel + "人大", lastLevel + "人民代表大会");
    }

    /** 杭州市萧山区 gives 萧山区; a single-level place (杭州市, whose 州 is part of the name) gives itself. */
    static String lastLevel(String place) {
        for (int i = place.length() - 2; i > 0; i--) {
            char c = place.charAt(i);
            // The rest must be a name plus its suffix (萧山区), not a bare suffix (杭州|市).
            if ((c == '省' || c == '市' || c == '州' || c == '盟') && place.length() - i - 1 >= 2) return place.substring(i + 1);
        }
        return place;
    }

    private static List<String> distinct(String... names) {
        return Stream.of(names).distinct().toList();
    }
}
