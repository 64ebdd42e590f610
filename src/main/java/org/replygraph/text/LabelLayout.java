package org.replygraph.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.replygraph.lexicon.WordList;

/**
 * Lays a field label out one way, whatever way the page chose: a label's chars written with spaces between them or a
 * space before its colon join ({@code 联 系 人 :张三} becomes {@code 联系人:张三}), and a line that is only a label and
 * its colon takes the next line as its value ({@code 联系电话:\n0371-6xxxxxxx} becomes {@code 联系电话:0371-6xxxxxxx}),
 * unless that line is a label too or prose (longer than {@link #MAX_VALUE} chars, a sentence's
 * mark: a label with no value above the letter's first paragraph stays alone). Runs on tidied, folded text (colons are ASCII, spaces single). Labels are the
 * words of layout-labels.tsv and metadata-labels.tsv (and, for spaced chars only, metadata-stop-labels.tsv); a spaced
 * run is joined only where a label starts (line start, after a space or a bracket), so a spaced name before it stays
 * as it is. Dropped chars leave the map of the kept ones untouched.
 */
final class LabelLayout {
    /** The longest line taken as a label's value; a longer one, or one with a sentence's mark, is prose. */
    static final int MAX_VALUE = 40;
    private static final Pattern SENTENCE = Pattern.compile("[。!?;]|收悉|如下");
    private final Pattern spaced;
    private final Pattern labelLine;
    private final Pattern labelStart;

    LabelLayout() {
        Set<String> joinable = new LinkedHashSet<>(WordList.words("layout-labels"));
        joinable.addAll(WordList.words("metadata-labels"));
        Set<String> all = new LinkedHashSet<>(joinable);
        all.addAll(WordList.words("metadata-stop-labels"));
        spaced = Pattern.compile("(?m)(?:^|(?<=[ (\\[【|]))(?:" + alternation(all, " ?") + ") ?(?=[:：])");
        labelLine = Pattern.compile("(?m)^(?:" + alternation(joinable, " ?") + ") ?[:：]$");
        labelStart = Pattern.compile("(?:" + alternation(all, " ?") + ") ?[:：]");
    }

    /** The words longest first, each char of a word followed by {@code gap} but the last, as one alternation. */
    private static String alternation(Set<String> words, String gap) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String w : sorted) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                if (i > 0) b.append(gap);
                b.append(Pattern.quote(String.valueOf(w.charAt(i))));
            }
            out.add(b.toString());
        }
        return String.join("|", out);
    }

    MappedText apply(MappedText in) {
        MappedText joined = joinSpaced(in);
        return joinValueLines(joined);
    }

    private MappedText joinSpaced(MappedText in) {
        String t = in.text();
        Matcher m = spaced.matcher(t);
        MappedText.Builder out = null;
        int copied = 0;
        while (m.find()) {
            if (m.group().indexOf(' ') < 0) continue;
            if (out == null) out = new MappedText.Builder(t.length());
            out.copy(in, copied, m.start());
            for (int i = m.start(); i < m.end(); i++) if (t.charAt(i) != ' ') out.copy(in, i);
            copied = m.end();
        }
        if (out == null) return in;
        out.copy(in, copied, t.length());
        return out.build();
    }

    private MappedText joinValueLines(MappedText in) {
        String t = in.text();
        Matcher m = labelLine.matcher(t);
        MappedText.Builder out = null;
        int copied = 0;
        while (m.find()) {
            int nl = m.end();
            if (nl >= t.length() || t.charAt(nl) != '\n' || nl + 1 >= t.length()) continue;
            int next = t.indexOf('\n', nl + 1);
            String nextLine = t.substring(nl + 1, next < 0 ? t.length() : next);
            if (nextLine.length() > MAX_VALUE || SENTENCE.matcher(nextLine).find() || labelStart.matcher(nextLine).lookingAt())
                continue;
            if (out == null) out = new MappedText.Builder(t.length());
            out.copy(in, copied, nl);
            copied = nl + 1;
        }
        if (out == null) return in;
        out.copy(in, copied, t.length());
        return out.build();
    }
}
