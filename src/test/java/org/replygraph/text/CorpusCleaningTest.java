package org.replygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.hankcs.hanlp.HanLP;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.replygraph.ingest.TestCorpus;

/** Properties every seed and dev letter must have once cleaned. */
class CorpusCleaningTest {
    /** Strings no cleaned letter may hold: site chrome, pinyin readings and transcoding damage. */
    private static final List<String> FORBIDDEN = List.of("已阅 0", "工作后台", "扫一扫", "Copyright", "(yè)", "(zhuǎn)",
            "(jīng)", "(chuàng)", "?!", "\ufffd", "打印 关闭", "当前位置", "您当前的位置", "访问次数", "字体:", "![](", "邮编:451100");
    /** Seeds written in traditional characters (002 also carries pinyin damage). */
    private static final List<String> TRADITIONAL = List.of("002_1d1a2c9262ce10cc.txt", "003_3669a09881a7b6b9.txt");

    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> letters() {
        return TestCorpus.letters().stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void everyCleanedCharMapsBackToWhatItCameFrom(String name, Path file) {
        String original = TestCorpus.read(file);
        CleanText ct = cleaner.clean(original);
        String text = ct.text();
        int[] s = ct.starts();
        int[] e = ct.ends();
        for (int i = 0; i < text.length(); i++) {
            if (s[i] < 0 || e[i] > original.length() || s[i] >= e[i])
                fail(name + ": char " + i + " maps to bad range [" + s[i] + "," + e[i] + ")");
            if (i > 0 && (s[i] < s[i - 1] || e[i] < e[i - 1]))
                fail(name + ": map goes backwards at char " + i);
            String slice = original.substring(s[i], e[i]);
            char c = text.charAt(i);
            boolean ok = Character.isWhitespace(c)
                    ? slice.chars().allMatch(ch -> Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\ufeff')
                    : HanLP.convertToSimplifiedChinese(Normalizer.normalize(slice, Normalizer.Form.NFKC)).indexOf(c) >= 0;
            if (!ok) fail(name + ": cleaned char '" + c + "' at " + i + " maps to '" + slice + "'");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void noChromePinyinOrDamageIsLeft(String name, Path file) {
        String text = cleaner.clean(TestCorpus.read(file)).text();
        for (String bad : FORBIDDEN) assertFalse(text.contains(bad), name + " still holds '" + bad + "'");
    }

    /**
     * HanLP's conversion leaves simplified letters alone: every Han char of a simplified letter is
     * the very char it maps to in the original.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void simplifiedLettersKeepTheirCharsAndTraditionalOnesAreFlagged(String name, Path file) {
        String original = TestCorpus.read(file);
        CleanText ct = cleaner.clean(original);
        boolean traditional = TRADITIONAL.contains(name);
        assertEquals(traditional, ct.traditional(), name);
        if (traditional) return;
        for (int i = 0; i < ct.text().length(); i++) {
            char c = ct.text().charAt(i);
            if (Chars.isHan(c)) assertEquals(String.valueOf(c), ct.originalSlice(i, i + 1), name + " at " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void metadataLinesSurvive(String name, Path file) {
        String original = TestCorpus.read(file);
        String text = cleaner.clean(original).text();
        for (String label : List.of("索引号", "索 引 号", "发布机构", "发布日期", "发文日期", "文号", "签发人", "联系人", "联系电话")) {
            String simplifiedOriginal = HanLP.convertToSimplifiedChinese(original);
            if (simplifiedOriginal.contains(label)) assertTrue(text.contains(label), name + " lost " + label);
        }
    }
}
