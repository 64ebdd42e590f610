package org.replygraph.extract.letter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.Places;

/**
 * Finds the full place a letter's issuer belongs to: from the issuer's own name (杭州市科学技术局 ->
 * 杭州市), else from the level it writes (省工信厅, 市科技局) and the rest of the letter: a 文号
 * prefix (陕/渝/川 for provinces, 枣 for 枣庄市 when only one city starts so), or the place the text
 * names most often.
 */
public final class JurisdictionFinder {
    private static final Pattern PARTY = Pattern.compile("^(?:中共|中国共产党)");
    private static final Pattern YEAR = Pattern.compile("\\s{0,2}(?:19|20)\\d{2}");

    private final Places places;

    public JurisdictionFinder(Places places) {
        this.places = places;
    }

    /**
     * @param issuer    the issuer as written, or null
     * @param docNumber the letter's own 文号, or null
     * @param level     a level the letter writes for itself (省, 市, 区, 县), when the issuer gives none; or 0
     */
    public Optional<String> find(String text, String issuer, String docNumber, char level) {
        return findByNames(text, issuer == null ? List.of() : List.of(issuer), docNumber, level);
    }

    /**
     * As {@link #find(String, String, String, char)} with every name the letter gives its issuer, best
     * first: the first that names a place wins (区科技局 signs, 发布机构 says 杭州市萧山区科学技术局).
     */
    public Optional<String> findByNames(String text, List<String> issuerNames, String docNumber, char level) {
        for (String name : issuerNames) {
            // A party department names its place after 中共: "中共长兴县委组织部" is in 长兴县.
            String place = places.leadingPlace(PARTY.matcher(name).replaceFirst(""));
            if (!place.isEmpty()) return Optional.of(places.fullPlaceIn(place, text));
        }
        // A development zone writes its city short: "成都高新技术产业开发区管理委员会" is in 成都市.
        for (String name : issuerNames) {
            Optional<String> city = places.cityByShortPrefix(name);
            if (city.isPresent()) return city;
        }
        String issuer = issuerNames.isEmpty() ? null : issuerNames.get(0);
        if (issuer != null) {
            String place = places.leadingPlace(issuer);
            if (!place.isEmpty()) return Optional.of(places.fullPlaceIn(place, text));
            char first = issuer.charAt(0);
            if ("省市区县".indexOf(first) >= 0 && !issuer.startsWith("市场")) level = first;
            else if (issuer.endsWith("厅")) level = '省';
        }
        return switch (level) {
            case '省' -> province(text, docNumber);
            case '市' -> city(text, docNumber);
            case '区', '县' -> Optional.empty();
            default -> mostNamedProvince(text);
        };
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
