package org.replygraph.extract.letter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.extract.fact.Located;
import org.replygraph.lexicon.Example;

/**
 * Reads a 文号 as written, spaces dropped: "陕工信函〔2021〕154号", also garbled ones such as
 * "枣财办函〔202126号" (kept as written: the text is the evidence).
 */
public final class DocNumberParser {
    private static final Pattern SPACES = Pattern.compile("\\s");
    /** Anchored on the bracket before the year: 〔2021〕, [2017], (2021), 【2021】. */
    @Example(text = "陕工信函〔2021〕154号", read = "陕工信函")
    @Example(text = "某建复[2017]3号", read = "某建复")
    @Example(text = "2021年第154号", read = Example.NOTHING)
    @Example(text = "岳县教体字﹝2022﹞12号 A类", read = "岳县教体字")
    @Example(text = "建议字:〔2023〕8号", read = "建议字")
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,10})\\h{0,2}[::]?\\h{0,2}[〔\\[【(（［﹝]\\s{0,2}((?:19|20)\\d{2})[^号\\n]{0,8}?号");
    /** A colon between the number's word and its bracket (建议字:〔2023〕8号) is no part of the number. */
    private static final Pattern COLON = Pattern.compile("\\h{0,2}[::]\\h{0,2}(?=[〔\\[【(（［﹝])");
    private static final Pattern WHOLE = Pattern.compile("[\\p{IsHan}]{1,10}\\s{0,2}[〔\\[【(（［﹝]\\s{0,2}(?:19|20)\\d{2}.{0,8}号");

    /**
     * A 文号 that lost its year brackets and perhaps its 号 (琼工信信通函2023149): flagged, never read, since the year and the
     * serial cannot be told apart for sure.
     */
    @Example(text = "琼工信信通函2023149", read = "琼工信信通函2023149", group = 0)
    @Example(text = "工信部函2023 149号", read = "工信部函2023 149号", group = 0)
    @Example(text = "截至2023年底", read = Example.NOTHING)
    @Example(text = "琼工信信通函〔2023〕149号", read = Example.NOTHING)
    @Example(text = "共安排资金2023万元", read = Example.NOTHING)
    private static final Pattern DAMAGED = Pattern.compile(
            "\\p{IsHan}{1,10}(?:函|字|发|复|提|办)\\h{0,2}(?:19|20)\\d{2}\\h{0,2}\\d{1,4}(?:\\h{0,2}号)?(?![\\d年月日万亿元个项家号%.\\-/])");

    /** A damaged 文号 in [from, to) ({@link #DAMAGED}), as written, for a diagnostic; empty when none. */
    public Optional<Located<String>> damaged(String text, int from, int to) {
        Matcher m = DAMAGED.matcher(text).region(from, to);
        return m.find() ? Optional.of(Located.at(m.group(), m.start(), m.end())) : Optional.empty();
    }

    /** The first 文号 in [from, to). */
    public Optional<Located<String>> find(String text, int from, int to) {
        Matcher m = NUMBER.matcher(text).region(from, to);
        while (m.find()) {
            String prefix = m.group(1);
            // A label ending right before the number (文号, 发文字号) is not part of it, nor a label whose chars are
            // spaced (文    号:), which leaves its 号 alone here: a number's own word never ends in 号.
            int cut = Math.max(prefix.lastIndexOf("文号"), prefix.lastIndexOf("字号"));
            int start = m.start(1) + (cut >= 0 ? cut + 2 : prefix.endsWith("号") ? prefix.length() : 0);
            if (start >= m.start(2) - 1) continue;
            String raw = COLON.matcher(text.substring(start, m.end())).replaceFirst("");
            return Optional.of(Located.at(SPACES.matcher(raw).replaceAll(""), start, m.end()));
        }
        return Optional.empty();
    }

    /** A metadata value that is a 文号, e.g. 渝科局函〔2022〕242号; empty when it is not one. */
    public Optional<Located<String>> parse(Located<String> value) {
        String v = value.value().strip();
        if (!WHOLE.matcher(v).matches()) return Optional.empty();
        return Optional.of(Located.at(SPACES.matcher(v).replaceAll(""), value.span().start(), value.span().end()));
    }
}
