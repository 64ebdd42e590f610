package org.replygraph.extract.fact;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A CPPCC committee or people's congress, identified by kind and place: {@code Assembly(CPPCC, "陕西省")}
 * is 政协陕西省委员会; {@code Assembly(PEOPLES_CONGRESS, "杭州市萧山区")} is 杭州市萧山区人民代表大会.
 * The place is the full place name in simplified characters (province, city, district or county, each
 * level with its suffix); {@code "中国"} stands for the national bodies.
 */
public record Assembly(AssemblyKind kind, String place) {
    public Assembly {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) throw new IllegalArgumentException("Illegal place='' : an assembly needs its place");
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
