package org.replygraph.extract.entity;

import java.util.ArrayList;
import java.util.List;
import org.replygraph.extract.fact.AgencyRef;
import org.replygraph.extract.fact.Span;
import org.replygraph.extract.fact.SpanSet;
import org.replygraph.lexicon.WordList;

/**
 * Local bodies named by their own name and no place, where the body tables find nothing (issue 9 §3):
 * <ul>
 * <li>a brigade or detachment of the police under its own name, or right after the bureau written short:
 * {@code ,示例台交警大队高度重视}, {@code 责成科技管理大队负责}, {@code 和市局交警支队沟通}, {@code 我局交警大队将…} (the unit
 * alone: 我局 is the writer); a class stays out ({@code 辖区交警大队}, {@code 属地派出所}, a bare {@code 大队});</li>
 * <li>a sub-district (街道) acting as a body: in a list of bodies ({@code 区农业农村委、示例街道、某某镇}), as the addressee
 * of a line ({@code 示例街道:}); a street as a place stays out ({@code 于某某街道,}, {@code 示例街道境内}, {@code 示例街道的},
 * {@code 部分街道和}).</li>
 * </ul>
 * Each name is kept as written (no place resolves it).
 *
 * <pre>{@code
 * LocalUnits.find("一是和市局交警支队沟通", SpanSet.of(List.of()));  // [市局交警支队]
 * LocalUnits.find("示例街道、某某街道及区级平台公司", SpanSet.of(List.of()));  // [示例街道, 某某街道]
 * }</pre>
 */
final class LocalUnits {
    /** Heads of a police unit named by its own name: 交警大队, 大队, 支队. */
    private static final List<String> UNIT_HEADS = List.of("大队", "支队");
    /** Police words between a unit's own name and its head: 示例台|交警|大队. */
    private static final List<String> POLICE = List.of("交巡警", "交警", "交管", "消防", "刑警", "治安", "特警");
    private static final String STREET = "街道";
    /** Words that make a unit's or street's own name a class, not a name: 辖区交警大队, 部分街道 (a data list). */
    private static final List<String> CLASS_WORDS = WordList.words("agency-local-class-words");
    /** The writer's own bureau before its unit: 我局|交警大队 names the unit alone. */
    private static final List<String> OWN_BUREAU = List.of("我局", "本局");
    private static final int MAX_UNIT_NAME = 6;
    private static final int MAX_STREET_NAME = 4;
    /** After a street, these make it one of a list of bodies or an addressee: 示例街道、, 示例街道及, 示例街道:(line end). */
    private static final String STREET_LIST = "、和及";

    private LocalUnits() {
    }

    /** The units and streets of {@code text} that no body in {@code taken} already covers, in text order. */
    static List<AgencyRef> find(String text, SpanSet taken) {
        List<AgencyRef> out = new ArrayList<>();
        for (String head : UNIT_HEADS)
            for (int h = text.indexOf(head); h >= 0; h = text.indexOf(head, h + 1)) unit(text, h, h + head.length(), taken, out);
        for (int h = text.indexOf(STREET); h >= 0; h = text.indexOf(STREET, h + 1)) street(text, h, taken, out);
        out.sort(java.util.Comparator.comparingInt(a -> a.span().start()));
        return out;
    }

    private static void unit(String text, int h, int end, SpanSet taken, List<AgencyRef> out) {
        if (end < text.length() && text.charAt(end) == '长') return;
        int s = ownStart(text, h, MAX_UNIT_NAME);
        if (s < 0) return;
        String core = text.substring(s, h);
        for (String p : POLICE)
            if (core.endsWith(p)) {
                core = core.substring(0, core.length() - p.length());
                break;
            }
        if (OWN_BUREAU.contains(core) && s + core.length() < h) s += core.length();
        else if (core.length() < 2 || classWord(core)) return;
        add(text, s, end, taken, out);
    }

    private static void street(String text, int h, SpanSet taken, List<AgencyRef> out) {
        int end = h + STREET.length();
        boolean listed = end < text.length() && STREET_LIST.indexOf(text.charAt(end)) >= 0;
        boolean addressee = end < text.length() && text.charAt(end) == ':' && (end + 1 == text.length() || text.charAt(end + 1) == '\n');
        if (!listed && !addressee) return;
        int s = ownStart(text, h, MAX_STREET_NAME);
        if (s < 0 || h - s < 2 || classWord(text.substring(s, h))) return;
        // 于某某街道、…: a place after a locative, not a body.
        if (s > 0 && "于在".indexOf(text.charAt(s - 1)) >= 0) return;
        add(text, s, end, taken, out);
    }

    private static void add(String text, int s, int end, SpanSet taken, List<AgencyRef> out) {
        Span span = new Span(s, end);
        if (taken.overlaps(span)) return;
        String surface = text.substring(s, end);
        out.add(new AgencyRef(surface, surface, span));
    }

    /** The own name ending at {@code h} ({@link OwnName#start}); -1 when the limit cut a longer word, so no name. */
    private static int ownStart(String text, int h, int max) {
        int s = OwnName.start(text, h, max);
        return OwnName.cutShort(text, s, h, max) ? -1 : s;
    }

    private static boolean classWord(String name) {
        for (String w : CLASS_WORDS) if (name.startsWith(w)) return true;
        return false;
    }
}
