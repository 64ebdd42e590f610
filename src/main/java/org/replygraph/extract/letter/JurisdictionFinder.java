package org.replygraph.extract.letter;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.agency.Places;

/**
 * Finds the full place a letter's issuer belongs to: from the issuer's own name (杭州市科学技术局 ->
 * 杭州市), else from the level it writes (省工信厅, 市科技局) and the rest of the letter: a 文号
 * prefix (陕/渝/川 for provinces, 枣 for 枣庄市 when only one city starts so), or the place the text
 * names most often.
 */
public final class JurisdictionFinder {
    private static final Pattern DOC_PREFIX = Pattern.compile("(\\p{IsHan})\\p{IsHan}{0,8}[〔\\[【]\\s{0,2}(?:19|20)\\d{2}");

    private static final Pattern CITY_NAME = Pattern.compile("\\p{IsHan}{2,4}市");

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
        Matcher m = DOC_PREFIX.matcher(text);
        while (m.find())
            places.provinceByAbbreviation(m.group(1).charAt(0))
                    .filter(p -> !places.isMunicipality(p))
                    .ifPresent(p -> votes.merge(p, 1, Integer::sum));
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
        Matcher m = CITY_NAME.matcher(text);
        while (m.find()) {
            String s = m.group();
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
