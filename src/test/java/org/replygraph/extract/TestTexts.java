package org.replygraph.extract;

import com.hankcs.hanlp.HanLP;
import java.util.regex.Pattern;
import org.replygraph.text.CleanText;
import org.replygraph.text.TextCleaner;

/**
 * Cleaned text for tests: the real TextCleaner, and while it still changes nothing (identity), a
 * stand-in that drops pinyin annotations (業(yè) -> 業) and converts to simplified characters,
 * with identity offsets. Test scope only: production extraction relies on the cleaner.
 */
final class TestTexts {
    private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\\)");

    private TestTexts() { }

    static CleanText clean(String raw) {
        CleanText real = new TextCleaner().clean(raw);
        if (!real.text().equals(raw)) return real;
        return CleanText.identity(HanLP.convertToSimplifiedChinese(PINYIN.matcher(raw).replaceAll("")));
    }
}
