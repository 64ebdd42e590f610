package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.agency.AgencyResolver;
import org.replygraph.extract.agency.Places;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.lexicon.WordList;

/**
 * A place's party committee and its units as letters name them (issue 9 §3: an agency is a government or party body):
 * 省委、省政府高度重视, 按照陜西省委, 区委, 市委办, 市委人才工作领导小组, 自治区党委. The name is 中共 plus the place in full
 * when the letter's jurisdiction gives it (省委 in a Guangdong letter is 中共广东省委). Not a committee: a post (市委书记,
 * 市委常委), 委员会 and 委托, and another party's committee (九三学社南京市委, 民进綦江区委). A committee glued to its
 * government names both bodies (gold convention of 2026-12-07): 县委县政府 is 中共X县委 and X县人民政府, as 县委、县政府 is.
 *
 * <pre>{@code
 * // in a letter of 岳阳市, with the recognizer's place reader
 * PartyCommittees.find("在市委、市委人才工作领导小组的领导下", "岳阳市", resolver, placeStart, SpanSet.of(List.of()));
 * // [中共岳阳市委 (市委), 中共岳阳市委人才工作领导小组 (市委人才工作领导小组)]
 * }</pre>
 */
final class PartyCommittees {
    /** Where the place written before a body starts (AgencyRecognizer's reader): 梁平|区委, 省|委. */
    interface PlaceStart {
        int at(String text, int bodyStart);
    }

    private static final String LEVELS = "省市区县州旗";
    private static final String PARTY = "党";
    private static final String CPC = "中共";
    /** 自治|区党委, 自治|州委, 自治|县委: the region's own short name, never cut to its level. */
    private static final String AUTONOMOUS = "自治";
    private static final List<String> OTHERS = WordList.words("agency-party-others");
    private static final List<String> NOT_AFTER = WordList.words("agency-party-not-after");
    private static final List<String> UNITS = WordList.words("agency-party-units");
    /** Chars never inside a unit's own name: function words, other bodies' heads, punctuation (市委|市政府部署). */
    private static final String NOT_INSIDE = "是到并与和的在由向对等及了为将把从已也都又还就所其局厅委部府"
            + "、，。；：,;:()（）《》“”\" \n";
    /** Chars after a head that make it part of a longer word: 办理, 办好, 部署, 部门, 部分. */
    private static final String CONTINUES = "理好署门分长";
    private static final int MAX_UNIT = 6;

    private PartyCommittees() {
    }

    /** The party committees in {@code text} that no body in {@code taken} already covers, in text order. */
    static List<AgencyRef> find(String text, String jurisdiction, AgencyResolver resolver, PlaceStart placeStart,
                                SpanSet taken) {
        List<AgencyRef> out = new ArrayList<>();
        Places places = resolver.places();
        for (int k = text.indexOf('委', 1); k >= 0; k = text.indexOf('委', k + 1)) {
            int bodyStart = text.startsWith(PARTY, k - 1) ? k - 1 : k;
            if (bodyStart < 1 || LEVELS.indexOf(text.charAt(bodyStart - 1)) < 0) continue;
            char level = text.charAt(bodyStart - 1);
            if (notAfter(text, k + 1)) continue;
            int start = placeStart.at(text, bodyStart);
            // 委托|旗委、旗政府: a banner or league is a level the recognizer's place reader does not know.
            if (start == bodyStart && OWN_LEVELS.indexOf(level) >= 0 && level != '州') start = bodyStart - 1;
            if (start == bodyStart || otherParty(text.substring(start, bodyStart))) continue;
            // 定期召集|市委办: a place no table knows and not the letter's own is no place; the level alone names it.
            if (bodyStart - start > 1 && !knownPlace(text.substring(start, bodyStart), places, jurisdiction)) start = bodyStart - 1;
            boolean selfNamed = start == bodyStart - 1 && text.startsWith(AUTONOMOUS, start - AUTONOMOUS.length());
            if (selfNamed) start -= AUTONOMOUS.length();
            // 示例州委, 示例旗委, 示例县委县政府: a place no table knows, named by its shape (issue 9 §3).
            else if (start == bodyStart - 1 && (OWN_LEVELS.indexOf(level) >= 0 || gluedGovernment(text, level, unitEnd(text, k + 1))))
                start = ownPlace(text, start);
            if (AgencyRecognizer.genericPlural(text, start, bodyStart) || AgencyRecognizer.onPageLabelLine(text, start, k + 1)
                    || otherParty(text, start)) continue;
            if (text.startsWith(CPC, start - CPC.length())) start -= CPC.length();
            int end = unitEnd(text, k + 1);
            Span span = new Span(start, end);
            if (taken.overlaps(span) || bracketedAlias(text, start, taken)) continue;
            String surface = text.substring(start, end);
            String written = text.substring(start, bodyStart);
            if (written.startsWith(CPC)) written = written.substring(CPC.length());
            String place = written.length() == 1 ? resolver.placeAtLevel(level, jurisdiction)
                    : places.fullName(written).orElse(written);
            if (place != null && written.length() > 1 && jurisdiction != null && jurisdiction.endsWith(place)) place = jurisdiction;
            // 自治区党委 in a letter whose region is not known: the name is as written, no 中共自治区党委.
            if (selfNamed && (jurisdiction == null || !jurisdiction.endsWith(written))) place = null;
            String name = place == null ? surface : CPC + place + text.substring(bodyStart, end);
            out.add(new AgencyRef(name, surface, span));
            k = end - 1;
        }
        return out;
    }

    /** Levels whose committee may follow a place no table knows, by shape alone: 示例州委, 示例旗委, 示例盟委. */
    private static final String OWN_LEVELS = "州旗盟";
    /** Chars never in a place's own name read back before its level: function words, numerals, punctuation. */
    private static final String NOT_IN_PLACE = "是到并与和的在由向对等及了为将把从已也都又还就所其经按照据近年来全本该各此我每";
    private static final List<String> PREDICATES = WordList.words("agency-leading-predicates");
    private static final int MAX_OWN_PLACE = 4;

    /** 示例县委|县政府, 示例县委、县人民政府: the committee glued to its own government, as AgencyRecognizer reads it. */
    private static boolean gluedGovernment(String text, char level, int end) {
        int at = end < text.length() && text.charAt(end) == '、' ? end + 1 : end;
        return text.startsWith(level + "政府", at) || text.startsWith(level + "人民政府", at);
    }

    /**
     * The start of a place's own name before its level at {@code level}: one to four Han chars after a break or a function
     * word (近年来,|示例|州委; 三是|博|州党委), none a predicate (按照|州委); else {@code level} (the level alone).
     */
    private static int ownPlace(String text, int level) {
        int s = level;
        while (s > 0 && level - s < MAX_OWN_PLACE && Character.isLetter(text.charAt(s - 1)) && !Character.isDigit(text.charAt(s - 1))
                && NOT_IN_PLACE.indexOf(text.charAt(s - 1)) < 0) s--;
        if (s == level) return level;
        // The limit cut a longer run: no break before it, so no own name.
        if (s > 0 && Character.isLetter(text.charAt(s - 1)) && NOT_IN_PLACE.indexOf(text.charAt(s - 1)) < 0) return level;
        String run = text.substring(s, level);
        for (String p : PREDICATES) if (run.contains(p)) return level;
        return otherParty(run) ? level : s;
    }

    private static boolean notAfter(String text, int at) {
        for (String w : NOT_AFTER) if (text.startsWith(w, at)) return true;
        return false;
    }

    /** 九三学社|南京市委 before the place, or 民进綦江区 read as the place: another party's committee. */
    private static boolean otherParty(String written) {
        for (String w : OTHERS) if (written.startsWith(w)) return true;
        return false;
    }

    /** A province or city the tables know (陕西省, 梅州市), or the letter's own place (梁平区 in 重庆市梁平区). */
    private static boolean knownPlace(String written, Places places, String jurisdiction) {
        if (places.fullName(written).isPresent()) return true;
        String first = places.leadingPlaceComponent(written);
        if (!first.isEmpty() && (places.isProvince(first) || places.isCity(first))) return true;
        return jurisdiction != null && jurisdiction.endsWith(written);
    }

    /** 市科技局(市委科技办): the committee's unit in brackets after a body is that body's second name, no other body. */
    private static boolean bracketedAlias(String text, int start, SpanSet taken) {
        return start >= 2 && (text.charAt(start - 1) == '(' || text.charAt(start - 1) == '（') && taken.covers(start - 2);
    }

    private static boolean otherParty(String text, int start) {
        for (String w : OTHERS) if (text.startsWith(w, start - w.length())) return true;
        return false;
    }

    /** The office a unit keeps right after it (领导小组|办公室): the office is the body named, not cut to its group. */
    private static final List<String> OFFICES = List.of("办公室");

    private static int officeAfter(String text, int e) {
        for (String o : OFFICES) if (text.startsWith(o, e)) return e + o.length();
        return e;
    }

    /** The end of a unit written right after the committee (市委|办公室, 省委|科技办), or {@code at} when there is none. */
    static int unitEnd(String text, int at) {
        for (int core = 0; core <= MAX_UNIT && at + core < text.length(); core++) {
            if (core > 0 && NOT_INSIDE.indexOf(text.charAt(at + core - 1)) >= 0) return at;
            char c = text.charAt(at + core);
            if (!Character.isLetter(c)) return at;
            for (String h : UNITS) {
                if (!text.startsWith(h, at + core)) continue;
                // 市委|办 stands alone only before a break (市委办、宣传); 部 needs a name (统战部).
                int e = at + core + h.length();
                if (h.length() == 1 && core < (h.equals("部") ? 2 : 0)) continue;
                if (e < text.length() && CONTINUES.indexOf(text.charAt(e)) >= 0) continue;
                if (core == 0 && h.equals("办") && e < text.length() && Character.isLetter(text.charAt(e))) continue;
                return officeAfter(text, e);
            }
        }
        return at;
    }
}
