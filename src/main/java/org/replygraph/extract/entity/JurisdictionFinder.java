package org.replygraph.extract.entity;

import java.util.List;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.Places;

/**
 * Reads the place a letter's issuer belongs to from its text when the letter structure does not give
 * it: the sign-off 陕西省工业和信息化厅 gives 陕西省, 湖北省科技厅 湖北省, 城口县发展和改革委员会 城口县;
 * failing that, a 发布机构 line of the page header.
 */
public final class JurisdictionFinder {
    /** A line that is only a body's name: a place, then at most 16 chars ending like a body. */
    private static final Pattern BODY_LINE = Pattern.compile("[\\u4e00-\\u9fff]{2,24}(?:厅|局|委员会|委|办公室|中心|政府)");
    private static final Pattern PUBLISHER = Pattern.compile("(?:发布机构|来源|信息来源)\\s{0,3}[:：|]?\\s{0,3}\\|?\\s{0,3}([\\u4e00-\\u9fff]{3,24})");
    private static final int SIGN_OFF_LINES = 12;

    private final Places places;

    public JurisdictionFinder(Places places) {
        this.places = places;
    }

    /** The place, e.g. 陕西省 or 杭州市, or null when the text names none. */
    public String find(String text) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - SIGN_OFF_LINES); i--) {
            String place = placeOf(lines.get(i));
            if (place != null && BODY_LINE.matcher(lines.get(i)).matches()) return place;
        }
        var m = PUBLISHER.matcher(text);
        while (m.find()) {
            String place = placeOf(m.group(1));
            if (place != null) return place;
        }
        return null;
    }

    private String placeOf(String name) {
        String place = places.leadingPlace(name);
        if (place.isEmpty()) return null;
        return places.fullPlaceIn(place, "");
    }
}
