package org.replygraph.index;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.replygraph.text.HanLpAdapter;

/**
 * The forms a label is found by: folded ("Guójiā Zēngcái" → {@code guojiazengcai}), simplified,
 * traditional and toneless pinyin, so {@code 國家增材}, {@code 国家增材} and {@code zengcai} all find
 * 国家增材制造创新中心 although only its simplified label was written.
 * <pre>{@code
 * SearchForms.of("增材中心");   // [增材中心, 增材中心 (traditional: 增材中心), zengcaizhongxin]
 * SearchForms.fold("Shǎnxī Shěng");  // shanxisheng
 * }</pre>
 */
public final class SearchForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s'’·\\-]");

    private SearchForms() { }

    /** Every folded form of one label: itself, simplified, traditional and (for Chinese) pinyin. */
    public static Set<String> of(String label) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(fold(label));
        if (hasHan(label)) {
            String simplified = HanLpAdapter.simplified(label);
            forms.add(fold(simplified));
            forms.add(fold(HanLpAdapter.traditional(simplified)));
            String pinyin = fold(pinyin(simplified));
            forms.add(pinyin);
            // HanLP writes ü as v (绿 → lv); a typed "lu" (the folded ü) must find it too.
            forms.add(pinyin.replace('v', 'u'));
        }
        forms.remove("");
        return forms;
    }

    /** The forms a query is looked up by: folded, and folded after traditional → simplified. */
    public static Set<String> ofQuery(String query) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(fold(query));
        if (hasHan(query)) {
            forms.add(fold(HanLpAdapter.simplified(query)));
        }
        forms.remove("");
        return forms;
    }

    /** Lower case, tone marks and separators removed: "Guójiā Zēngcái" → "guojiazengcai". */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
    }

    /** Toneless pinyin of the Han characters, everything else kept: 第2研究院 → di2yanjiuyuan. */
    static String pinyin(String text) {
        List<HanLpAdapter.Syllable> syllables = HanLpAdapter.pinyin(text);
        StringBuilder sb = new StringBuilder(text.length() * 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c) && i < syllables.size() && syllables.get(i) != null) {
                sb.append(syllables.get(i).toneless());
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the label reads the same in simplified script (any non-Chinese label does). */
    static boolean isSimplified(String label) {
        return !hasHan(label) || HanLpAdapter.simplified(label).equals(label);
    }

    static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
